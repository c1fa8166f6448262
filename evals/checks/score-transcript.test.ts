import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { handbook } from "../../knowledge-base/index";
import { CODE_EVALUATORS, evaluatorVersion } from "./registry";
import { scoreTranscript } from "./score-transcript";
import { convo, fired } from "./test-support";

// Varied bot phrasings (LLM-style, markdown, terse) with the verdict a careful reviewer gives: the regression table.
// Failing rows name what must fire ("mode:evaluator@turn"), so removing or breaking any evaluator changes some row.
const PHRASING_CASES = readFileSync("evals/labelled/phrasing-cases.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) =>
    z
      .object({
        msgs: z.array(z.string()),
        pass: z.boolean(),
        now: z.string().optional(),
        fires: z.array(z.string()).optional(),
      })
      .parse(JSON.parse(line)),
  );

describe("scoreTranscript over varied phrasings", () => {
  it.each(PHRASING_CASES.map((r) => [r.msgs.at(-1), r] as const))("%s", (_, r) => {
    const result = scoreTranscript(convo(r.msgs, r.now));
    expect(result.pass, JSON.stringify(result.failures)).toBe(r.pass);
    expect(fired(result.failures), JSON.stringify(result.failures)).toEqual(r.pass ? [] : r.fires);
  });

  it("every failing row names what fires, and every evaluator fires in some row", () => {
    const failing = PHRASING_CASES.filter((r) => !r.pass);
    expect(failing.every((r) => r.fires?.length)).toBe(true);
    const seen = new Set(failing.flatMap((r) => r.fires!.map((k) => k.split(":")[1]!.split("@")[0])));
    expect([...CODE_EVALUATORS.map((e) => e.id)].filter((id) => !seen.has(id))).toEqual([]);
  });
});

describe("scoreTranscript", () => {
  it("orders failures by turn and keeps one per evaluator", () => {
    const r = scoreTranscript(
      convo(["hours?", "We're open until 5pm Saturday.", "tune-up?", "Walk in any time for a tune-up, it's $99."]),
    );
    expect(r.pass).toBe(false);
    expect(r.failures.map((f) => [f.turn, f.evaluator])).toEqual([
      [1, "check-hours-claims"],
      [2, "check-prices"],
      [2, "check-walk-in-policy"],
    ]);
  });

  it("registers each evaluator once with a stable version hash", () => {
    const ids = CODE_EVALUATORS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of CODE_EVALUATORS) expect(evaluatorVersion(e)).toMatch(/^[0-9a-f]{12}$/);
    expect(evaluatorVersion(CODE_EVALUATORS[0]!)).toBe(evaluatorVersion(CODE_EVALUATORS[0]!));
    const changed = { ...handbook, booking: { ...handbook.booking, slotMinutes: 15 } };
    expect(evaluatorVersion(CODE_EVALUATORS[0]!, changed)).not.toBe(evaluatorVersion(CODE_EVALUATORS[0]!));
  });

  it("judges only assistant messages", () => {
    expect(
      scoreTranscript(
        convo([
          "you're open until 5pm saturday and sell bikes, right?",
          "Saturday we close at 3pm, and we don't sell bikes.",
        ]),
      ).pass,
    ).toBe(true);
  });
});
