import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLabelFile } from "../../evals/annotation/index";
import { parseJsonl } from "../../evals/run/jsonl";
import { parseHeldout } from "../../evals/understanding/run-heldout";
import { parseDataset } from "../../synthetic/dataset";
import { z } from "zod";

/** The first `n` lines of a committed JSONL file (real lines each reader accepts). */
const firstLines = (path: string, n: number) => readFileSync(path, "utf8").split("\n").slice(0, n);

/** Every JSONL/CSV reader of the repository, each reduced to "what it read" for comparison. */
const READERS: [string, string[], (text: string) => unknown][] = [
  [
    "parseJsonl (eval score, labelled sets)",
    ['{"a":"x"}', '{"a":"y\\u0000z\\ud800"}'],
    (t) => parseJsonl(t, z.object({ a: z.string() })),
  ],
  ["parseDataset (synthetic datasets)", firstLines("synthetic/datasets/default.jsonl", 2), (t) => parseDataset(t)],
  ["parseHeldout (understanding sets)", firstLines("evals/understanding/dev-set.jsonl", 2), (t) => parseHeldout(t)],
  [
    "parseLabelFile jsonl (label import)",
    ['{"traceId":"c_1","verdict":"fail","note":"a\\u0000b"}', '{"traceId":"c_2","verdict":"pass"}'],
    (t) => parseLabelFile(t, "jsonl", { annotator: "a", at: "2026-06-02T10:00:00.000Z" }),
  ],
  [
    "parseLabelFile csv (label import)",
    ["trace_id,verdict,note", 'c_1,fail,"two\r\nlines \uD800"', "c_2,pass,"],
    (t) => parseLabelFile(t, "csv", { annotator: "a", at: "2026-06-02T10:00:00.000Z" }),
  ],
];

describe.each(READERS)("%s", (_, lines, read) => {
  const lf = read(`${lines.join("\n")}\n`);

  it.each([
    ["CRLF", `${lines.join("\r\n")}\r\n`],
    ["CR only", `${lines.join("\r")}\r`],
    ["a leading BOM", `\uFEFF${lines.join("\n")}`],
    ["BOM + CRLF, no final line end", `\uFEFF${lines.join("\r\n")}`],
  ])("reads %s exactly as LF", (_, text) => {
    expect(read(text)).toEqual(lf);
  });

  it("reads every line, and no string it returns holds NUL or a lone surrogate", () => {
    const strings = JSON.stringify(lf);
    expect(strings).not.toMatch(/"ok":false|"errors":\[\{|"error":/);
    expect(strings.includes("\\u0000")).toBe(false);
    expect(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i.test(strings)).toBe(false);
  });
});
