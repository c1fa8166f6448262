import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readHeldout } from "./heldout-cli";

const line = (id: string, label: object) =>
  JSON.stringify({
    id,
    now: "2026-05-02T10:00:00-07:00",
    messages: [
      { role: "user", content: "open today?" },
      { role: "assistant", content: "Yes, 9am to 3pm." },
    ],
    label,
  });

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "heldout-")), "set.jsonl");
  writeFileSync(path, text);
  return path;
}

describe("readHeldout", () => {
  it("reads a passing label whose firstFailTurn is written as null", () => {
    const items = readHeldout(file(`${line("a", { pass: true, modes: [], firstFailTurn: null, note: "ok" })}\n`));
    expect(items[0]?.label.firstFailTurn).toBeUndefined();
  });

  it("names each bad line with its number and what is wrong", () => {
    const text = [
      line("a", { pass: true, modes: [] }),
      line("b", { pass: false, modes: ["made_up"], firstFailTurn: 1 }),
      "{not json",
    ].join("\n");
    expect(() => readHeldout(file(text))).toThrow(
      /2 line\(s\)[\s\S]*line 2: label\.modes\.0[\s\S]*line 3: invalid JSON/,
    );
  });
});
