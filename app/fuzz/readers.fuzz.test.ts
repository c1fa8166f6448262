import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseLabelFile } from "../../evals/annotation/index";
import { scoreJsonl } from "../../evals/index";
import { FUZZ, tally } from "./tally";

const t = tally("JSONL/CSV readers");
afterAll(() => {
  const { tried, held } = t.report();
  expect(held).toBe(tried);
});

/** Any text at all: every UTF-16 unit (lone surrogates, NUL, BOM, CR) and JSON/CSV-ish fragments. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc
    .array(fc.oneof(fc.json(), fc.constantFrom("\r", "\n", "\r\n", "\uFEFF", "\u0000", '"', ",", "\uD800")), {
      maxLength: 30,
    })
    .map((parts) => parts.join("")),
);
const transcript = (i: number) =>
  JSON.stringify({
    id: `t${i}`,
    now: "2026-11-23T09:00:00-08:00",
    messages: [
      { role: "user", content: "What are your hours on Saturday?" },
      { role: "assistant", content: "We are open on Saturday." },
    ],
  });

describe("readers hold on any input", () => {
  it("scoreJsonl and parseLabelFile never throw, and report bad lines with line numbers", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        t.tried();
        const scored = scoreJsonl(text);
        for (const e of scored.errors) expect(e.line).toBeGreaterThanOrEqual(1);
        for (const format of ["csv", "jsonl"] as const) {
          const r = parseLabelFile(text, format, { annotator: "fuzz", at: "2026-11-23T17:00:00.000Z" });
          if (!r.ok) for (const e of r.errors) expect(e.line).toBeGreaterThanOrEqual(1);
        }
        t.held();
      }),
      { seed: FUZZ.seed, numRuns: FUZZ.runs ?? 300 },
    );
  });

  it("every line ending (LF, CRLF, CR) and a leading BOM read the same transcripts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        fc.boolean(),
        (n, eol, bom, trailing) => {
          t.tried();
          const text = `${bom ? "\uFEFF" : ""}${Array.from({ length: n }, (_, i) => transcript(i)).join(eol)}${trailing ? eol : ""}`;
          const r = scoreJsonl(text);
          expect(r.errors).toEqual([]);
          expect(r.results.map((x) => x.id)).toEqual(Array.from({ length: n }, (_, i) => `t${i}`));
          t.held();
        },
      ),
      { seed: FUZZ.seed, numRuns: FUZZ.runs ?? 100 },
    );
  });
});
