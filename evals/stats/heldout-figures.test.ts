import { describe, expect, it } from "vitest";
import { type HeldoutItem, heldoutFigures } from "./heldout-figures";

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
    expect(f.tnr).toBeCloseTo(2 / 3);
    expect(f.recall).toEqual({
      bad_data: { labelled: 1, caught: 1 },
      policy_confusion: { labelled: 1, caught: 0 },
      over_eager: { labelled: 1, caught: 1 },
    });
  });
});
