import { describe, expect, it } from "vitest";
import { formatHeldoutFigures, type HeldoutItem, heldoutFigures } from "./heldout-figures";

const item = (
  id: string,
  pass: boolean,
  modes: HeldoutItem["label"]["modes"] = [],
  firstFailTurn?: number,
): HeldoutItem => ({
  id,
  now: "2026-06-03T10:00:00-07:00",
  messages: [],
  label: { pass, modes, firstFailTurn, note: "" },
});

describe("heldoutFigures", () => {
  it("counts TPR/TNR with pass as positive, per-mode recall and right reason by earliest turn and mode", () => {
    const items = [
      item("p1", true),
      item("p2", true),
      item("f1", false, ["bad_data"], 2),
      item("f2", false, ["over_eager"], 1),
      item("f3", false, ["policy_confusion"], 1),
    ];
    const f = heldoutFigures(items, [
      { failures: [] },
      { failures: [{ mode: "bad_data", turn: 1 }] },
      { failures: [{ mode: "bad_data", turn: 2 }] },
      {
        failures: [
          { mode: "bad_data", turn: 1 },
          { mode: "over_eager", turn: 3 },
        ],
      },
      { failures: [], uncertain: true },
    ]);
    expect(f).toMatchObject({
      n: 5,
      passes: 2,
      failures: 3,
      tpr: 0.5,
      uncertain: 1,
      caught: 2,
      rightReason: 1,
      rightMode: 2,
    });
    // f3 abstained and nothing failed: uncertain, out of the TNR (2 of 2 decided), a miss in the floor (2 of 3).
    expect(f.tnr).toBe(1);
    expect(f.ifUncertainWrong.tnr).toBeCloseTo(2 / 3);
    expect(f.recall).toEqual({
      bad_data: { labelled: 1, caught: 1, uncertain: 0 },
      policy_confusion: { labelled: 1, caught: 0, uncertain: 0 },
      over_eager: { labelled: 1, caught: 1, uncertain: 0 },
    });
  });

  it("an uncertain item (abstained, nothing failed) is never a pass: out of TPR/TNR, counted by label and mode", () => {
    const items = [
      item("p1", true),
      item("p2", true),
      item("p3", true),
      item("f1", false, ["over_eager"], 1),
      item("f2", false, ["over_eager"], 1),
    ];
    const unsure = { failures: [], uncertain: [{ mode: "over_eager" as const }] };
    const f = heldoutFigures(items, [
      { failures: [] },
      unsure,
      { failures: [{ mode: "bad_data", turn: 1 }] },
      unsure,
      // Abstained on another claim but caught the failure: decided (a catch), not uncertain.
      { failures: [{ mode: "over_eager", turn: 1 }], uncertain: [{ mode: "bad_data" }] },
    ]);
    expect(f).toMatchObject({
      uncertain: 2,
      uncertainByLabel: { pass: 1, fail: 1 },
      tpr: 0.5, // p1 of {p1, p3}: p2 is out (counting it a pass would give 2/3)
      tnr: 1, // f2 of {f2}
      ifUncertainWrong: { tpr: 1 / 3, tnr: 0.5 },
    });
    expect(f.recall.over_eager).toEqual({ labelled: 2, caught: 1, uncertain: 1 });
    expect(formatHeldoutFigures(f)).toMatch(/uncertain 2 \(labelled pass 1, fail 1; 40\.0%\)/);
    expect(formatHeldoutFigures(f)).toMatch(/over_eager 1\/2 \(1 uncertain\)/);
  });
});
