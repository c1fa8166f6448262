import { describe, expect, it } from "vitest";
import { parseEvalArgs } from "./cli-args";

describe("parseEvalArgs", () => {
  it("defaults to the run command", () => {
    expect(parseEvalArgs([])).toMatchObject({
      command: "run",
      json: false,
      dataset: "default",
      draws: 20_000,
      reportsDir: "reports",
    });
    expect(parseEvalArgs(["--json", "--limit", "5"])).toMatchObject({ command: "run", json: true, limit: 5 });
  });
  it("parses score and align", () => {
    expect(parseEvalArgs(["score", "--input", "x.jsonl", "--json"])).toEqual({
      command: "score",
      json: true,
      input: "x.jsonl",
    });
    expect(parseEvalArgs(["align", "--split", "test"])).toMatchObject({ command: "align", split: "test", json: false });
  });
  it("rejects bad input with a readable message", () => {
    expect(() => parseEvalArgs(["score"])).toThrow(/input/);
    expect(() => parseEvalArgs(["align", "--split", "train"])).toThrow(/split/);
    expect(() => parseEvalArgs(["frobnicate"])).toThrow(/unknown command/);
    expect(() => parseEvalArgs(["--limit", "zero"])).toThrow(/limit/);
    expect(() => parseEvalArgs(["--nope"])).toThrow();
  });
});
