import { describe, expect, it } from "vitest";
import { formatHumanModeGate, formatHumanModes } from "./format-human-modes";

describe("formatHumanModes", () => {
  it("prints the rate with its interval, and 'no evaluator yet' or the evaluator with its dev figures", () => {
    const text = formatHumanModes({
      taxonomyVersion: 3,
      split: { name: "dev", seed: 1, n: 30 },
      overall: { labelled: 10, failures: 5, rate: 0.5, ci: { lo: 0.2366, hi: 0.7634 } },
      modes: [
        {
          id: "ignores_size",
          name: "Ignores size",
          definition: "",
          seed: false,
          labelled: 10,
          failures: 2,
          rate: 0.2,
          ci: { lo: 0.0567, hi: 0.5098 },
          evaluators: [],
          validated: false,
        },
        {
          id: "tone",
          name: "Tone",
          definition: "",
          seed: false,
          labelled: 10,
          failures: 0,
          rate: 0,
          ci: { lo: 0, hi: 0.2775 },
          evaluators: [
            {
              id: "j",
              kind: "llm",
              label: "LLM judge (m)",
              n: 4,
              tpr: 1,
              tnr: null,
              humanFailures: 0,
              validated: false,
              disagreements: [],
            },
          ],
          validated: false,
        },
      ],
    });
    expect(text).toMatch(/any failure\s+50\.0% \[23\.7%, 76\.3%\]\s+5\/10/);
    expect(text).toMatch(/ignores_size\s+20\.0% \[5\.7%, 51\.0%\]\s+2\/10\s+no evaluator yet/);
    expect(text).toMatch(/tone .*LLM judge \(m\): TPR 1\.000 TNR — \(n=4\) \(no human failure in dev: TNR unknown\)$/m);
  });
  it("lists gated human modes, and nothing when none", () => {
    expect(formatHumanModeGate(undefined)).toBe("");
    expect(
      formatHumanModeGate([
        {
          modeId: "tone",
          judgeId: "judge-tone-1",
          n: 4,
          failures: 1,
          errors: 0,
          rate: 0.25,
          maxRate: null,
          status: "no_threshold",
        },
      ]),
    ).toMatch(
      /tone\s+25\.0% \(1\/4\) by judge-tone-1; no maxRate in evals\/thresholds\.json: reported, not gated\s+no_threshold/,
    );
  });
});
