import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-args";

describe("parseCliArgs", () => {
  it.each([
    [[], { kind: "help" }],
    [["--help"], { kind: "help" }],
    [["list"], { kind: "list", json: false, limit: 20 }],
    [
      ["list", "--json", "--source", "synthetic", "--limit", "5"],
      { kind: "list", json: true, source: "synthetic", limit: 5 },
    ],
    [["show", "c1"], { kind: "show", id: "c1", json: false }],
    [["show", "c1", "--json"], { kind: "show", id: "c1", json: true }],
    [["show", "--json", "c1"], { kind: "show", id: "c1", json: true }],
    [["export", "--format", "csv"], { kind: "export", format: "csv", dataset: "bikeshop-traces" }],
    [
      ["export", "--format", "jsonl", "--out", "x.jsonl", "--source", "ui"],
      { kind: "export", format: "jsonl", out: "x.jsonl", source: "ui", dataset: "bikeshop-traces" },
    ],
  ])("%j → %j", (argv, command) => {
    expect(parseCliArgs(argv)).toEqual({ ok: true, command });
  });

  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["list", "--verbose"], /verbose/],
    [["list", "--source", "fax"], /invalid source/],
    [["list", "--limit", "0"], /invalid limit/],
    [["list", "--limit", "ten"], /invalid limit/],
    [["list", "extra"], /unexpected argument "extra"/],
    [["show"], /invalid id/],
    [["show", "a", "b"], /unexpected argument "b"/],
    [["export"], /invalid format/],
    [["export", "--format", "xml"], /invalid format/],
  ])("%j is refused (%s)", (argv, message) => {
    const result = parseCliArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
