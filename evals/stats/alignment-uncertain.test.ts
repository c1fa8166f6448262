import { describe, expect, it } from "vitest";
import { convo } from "../checks/test-support";
import type { LabelledTranscript } from "../schema";
import { codeAlignment, formatAlignment } from "./alignment";

/** A labelled transcript whose one reply is `reply`. */
const labelled = (id: string, reply: string, pass: boolean): LabelledTranscript => ({
  ...convo(["can I come by after work?", reply], undefined, id),
  scenario: id,
  label: { pass, modes: pass ? [] : ["over_eager"], firstFailTurn: pass ? undefined : 1, note: "" },
});

describe("codeAlignment with abstentions", () => {
  // "6:30pm" with no day: check-closed-time-booking abstains; the humans said pass for one, fail for the other.
  const items = [
    labelled("unsure-pass", "Sure — see you at 6:30pm!", true),
    labelled("unsure-fail", "Sure — see you at 6:30pm!", false),
    labelled("clean", "Saturday 9am–3pm.", true),
  ];
  const rows = codeAlignment(items);
  const row = (evaluator: string) => rows.find((r) => r.evaluator === evaluator)!;

  it("counts an item the checks abstained on as uncertain, outside TPR/TNR (never a predicted pass)", () => {
    expect(row("check-closed-time-booking")).toMatchObject({ uncertain: 2, confusion: { n: 1, tp: 1, fp: 0 } });
    expect(row("code:over_eager")).toMatchObject({ uncertain: 2, confusion: { n: 1, tpr: 1, tnr: null } });
    expect(row("code:any")).toMatchObject({ uncertain: 2, confusion: { n: 1 } });
    // Another over_eager check that did not abstain decides every item (passing the human failure: a false pass).
    expect(row("check-not-offered")).toMatchObject({ uncertain: 0, confusion: { n: 3, fp: 1 } });
  });

  it("prints the uncertain count and what it means", () => {
    const text = formatAlignment(rows, "t");
    expect(text).toMatch(/check-closed-time-booking\s+over_eager\s+1\.000\s+—\s+1\s+0\s+0\s+0\s+2 /);
    expect(text).toContain("unc = items the evaluator abstained on and did not fail");
  });
});
