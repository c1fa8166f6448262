import type { JudgeCalibration } from "./judge-calibration";

const rate = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));

/** Terminal text of a calibration run: per judge its threshold and how it separates the train split. */
export function formatCalibrations(cs: readonly JudgeCalibration[]): string {
  const lines = cs.map((c) => {
    const t = c.train;
    const fails = c.scores.filter((s) => s.fail).map((s) => s.score.toFixed(2));
    const passes = c.scores.filter((s) => !s.fail).map((s) => s.score.toFixed(2));
    return [
      `${c.judgeId} (${c.model}): threshold ${c.threshold.toFixed(3)} — train n=${t.n} (${t.errors} errors) TPR ${rate(t.tpr)} TNR ${rate(t.tnr)} J ${rate(t.youden)} (TP ${t.tp} FN ${t.fn} TN ${t.tn} FP ${t.fp})`,
      `  s on human fails: ${fails.join(", ") || "none"}`,
      `  s on human passes: ${passes.join(", ") || "none"}`,
    ].join("\n");
  });
  return `judge calibration on the train split (s = log P(fail) − log P(pass); fail when s > threshold)\n${lines.join("\n")}\n`;
}
