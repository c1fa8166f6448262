import { describe, expect, it } from "vitest";
import type { JudgeDefinition } from "../judges/judge-definition";
import { pickGatingJudges } from "./gating-judges";

const def = (modeId: string, tpr: number, tnr: number, model = "judge-test"): JudgeDefinition => ({
  id: `judge-${modeId}-0123abcd`,
  modeId,
  modeName: modeId,
  definition: "d",
  factIds: [],
  shotIds: [],
  system: "s",
  promptHash: "h",
  provider: "openai",
  model,
  createdAt: "2026-06-03T10:00:00.000Z",
  createdBy: "ann",
  measurement: { split: "dev", seed: 1, n: 10, tp: 5, fn: 0, tn: 5, fp: 0, tpr, tnr, errors: 0, disagreements: [] },
});
const cfg = { provider: "openai" as const, model: "judge-test" };

describe("pickGatingJudges", () => {
  it("uses validated judges of axial modes on the model they were validated on", () => {
    const r = pickGatingJudges(
      [def("ignores_size", 1, 1), def("bad_data", 1, 1), def("tone", 1, 0.8), def("late", 1, 1, "other")],
      cfg,
    );
    expect(r.use.map((d) => d.modeId)).toEqual(["ignores_size"]);
    expect(r.skipped).toEqual([
      "judge-tone-0123abcd: not validated on dev (TPR/TNR below the bar)",
      "judge-late-0123abcd: validated on openai other, but openai judge-test is configured",
    ]);
  });
  it("without a judge model nothing gates", () => {
    expect(pickGatingJudges([def("ignores_size", 1, 1)], null)).toEqual({
      use: [],
      skipped: ["judge-ignores_size-0123abcd: no judge model configured"],
    });
  });
});
