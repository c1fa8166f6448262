import { describe, expect, it } from "vitest";
import { confusion } from "./confusion";

describe("confusion", () => {
  it("counts with pass as the positive class (hand-computed)", () => {
    const pairs = [
      { id: "a", human: true, predicted: true },
      { id: "b", human: true, predicted: true },
      { id: "c", human: true, predicted: true },
      { id: "d", human: true, predicted: false },
      { id: "e", human: false, predicted: false },
      { id: "f", human: false, predicted: true },
    ];
    const c = confusion(pairs);
    expect(c).toMatchObject({ tp: 3, fn: 1, tn: 1, fp: 1, n: 6, tpr: 0.75, tnr: 0.5 });
    expect(c.disagreements.map((d) => d.id)).toEqual(["d", "f"]);
  });

  it("leaves a rate null when its class is absent", () => {
    expect(confusion([{ id: "a", human: true, predicted: true }])).toMatchObject({ tpr: 1, tnr: null });
    expect(confusion([])).toMatchObject({ tpr: null, tnr: null, n: 0 });
  });
});
