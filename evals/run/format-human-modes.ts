import type { HumanRate, ModeEvaluator } from "../stats/human-mode-rows";
import type { HumanModeGateRow } from "./human-mode-gate";
import type { HumanModesReport } from "./human-modes";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rate = (r: HumanRate) =>
  r.rate === null || r.ci === null
    ? "no labels".padEnd(25)
    : `${pct(r.rate).padStart(6)} [${pct(r.ci.lo)}, ${pct(r.ci.hi)}]`.padEnd(25);
const num = (x: number | null) => (x === null ? "—" : x.toFixed(3));

/** One evaluator as text: what it is, its TPR/TNR on dev and whether it may gate the mode. */
export function formatModeEvaluator(e: ModeEvaluator): string {
  const tnrNote = e.humanFailures === 0 ? " (no human failure in dev: TNR unknown)" : "";
  return `${e.label}: TPR ${num(e.tpr)} TNR ${num(e.tnr)} (n=${e.n})${tnrNote}${e.validated ? " validated" : ""}`;
}

/** The human failure modes as terminal text: rate with its Wilson 95 % interval, counts, and the covering evaluators. */
export function formatHumanModes(r: HumanModesReport): string {
  const head = `human failure modes (taxonomy v${r.taxonomyVersion}; ${r.overall.labelled} trace(s) labelled pass/fail in the annotation screens; rate [Wilson 95% CI]; evaluators on the ${r.split.name} split, n=${r.split.n}, seed ${r.split.seed})`;
  const lines = [
    `  ${"any failure".padEnd(24)} ${rate(r.overall)} ${r.overall.failures}/${r.overall.labelled}`,
    ...r.modes.map((m) => {
      const evs = m.evaluators.length ? m.evaluators.map(formatModeEvaluator).join("; ") : "no evaluator yet";
      return `  ${m.id.padEnd(24)} ${rate(m)} ${`${m.failures}/${m.labelled}`.padEnd(7)} ${evs}`;
    }),
  ];
  return `${head}\n${lines.join("\n")}\n`;
}

/** The human modes a validated judge gated in this run, as terminal text (empty when none). */
export function formatHumanModeGate(rows: readonly HumanModeGateRow[] | undefined): string {
  if (!rows?.length) return "";
  const lines = rows.map((r) => {
    const rate = r.rate === null ? "no verdicts" : `${pct(r.rate)} (${r.failures}/${r.n - r.errors})`;
    const limit =
      r.maxRate === null ? "no maxRate in evals/thresholds.json: reported, not gated" : `threshold ${pct(r.maxRate)}`;
    return `  ${r.modeId.padEnd(24)} ${rate} by ${r.judgeId}; ${limit}  ${r.status}`;
  });
  return `human modes in the gate (validated judges)\n${lines.join("\n")}\n`;
}
