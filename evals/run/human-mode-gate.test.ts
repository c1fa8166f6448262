import { describe, expect, it } from "vitest";
import type { PromptJudge } from "../judges/judge";
import { humanModeGate } from "./human-mode-gate";

const judge = (id: string) => ({ id }) as PromptJudge;
const thresholds = { maxRate: { any: 0.1, ignores_size: 0.25 }, regressionTolerance: 0.02 };
const conv = (...v: ("pass" | "fail" | "error")[]) =>
  v.map((verdict, i) => ({ modeId: i ? "tone" : "ignores_size", verdict }));

describe("humanModeGate", () => {
  const judges = [
    { modeId: "ignores_size", judge: judge("judge-ignores_size-1") },
    { modeId: "tone", judge: judge("judge-tone-2") },
  ];
  it("fails the gate when a validated human mode's rate is over its threshold, errors left out", () => {
    const r = humanModeGate(
      judges,
      [conv("fail", "pass"), conv("fail", "fail"), conv("pass", "pass"), conv("error", "pass")],
      thresholds,
    );
    expect(r.rows[0]).toMatchObject({
      modeId: "ignores_size",
      n: 4,
      failures: 2,
      errors: 1,
      rate: 2 / 3,
      maxRate: 0.25,
      status: "over_threshold",
    });
    expect(r.reasons).toEqual([
      "ignores_size (human mode, judge-ignores_size-1): failure rate 66.7% exceeds the threshold 25.0%",
    ]);
    // No maxRate for the mode: reported, never gated.
    expect(r.rows[1]).toMatchObject({ modeId: "tone", failures: 1, rate: 0.25, maxRate: null, status: "no_threshold" });
  });
  it("passes at or under the threshold; all errors is no verdicts, not a pass rate", () => {
    expect(
      humanModeGate(judges.slice(0, 1), [conv("fail"), conv("pass"), conv("pass"), conv("pass")], thresholds),
    ).toEqual({
      rows: [expect.objectContaining({ rate: 0.25, status: "ok" })],
      reasons: [],
    });
    expect(humanModeGate(judges.slice(0, 1), [conv("error")], thresholds).rows[0]).toMatchObject({
      rate: null,
      status: "no_verdicts",
    });
  });
});
