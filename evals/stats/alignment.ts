import { CODE_EVALUATORS, evaluatorsFor, scoreTranscript } from "../checks/index";
import { FAILURE_MODES, type FailureMode, type LabelledTranscript, type ScoreResult } from "../schema";
import { type Confusion, confusion } from "./confusion";
import { humanPasses } from "./labelled-set";

/**
 * Agreement of one evaluator (or a mode's evaluators together) with the human labels on a set of items. Items it
 * abstained on (and did not fail) are `uncertain`: left out of the confusion, so never counted as a pass.
 */
export interface AlignmentRow {
  evaluator: string;
  mode: FailureMode | "any";
  kind: "code" | "llm" | "mode";
  confusion: Confusion;
  uncertain: number;
}

/** Code-check alignment: each mode (its checks together), "any" (all checks), then each check against its mode. */
export function codeAlignment(items: readonly LabelledTranscript[]): AlignmentRow[] {
  const runs = items.map((item) => ({ item, score: scoreTranscript(item) }));
  /** One row for a set of checks: pairs over the items they decided, the ones they only abstained on counted apart. */
  const row = (evaluator: string, mode: FailureMode | "any", kind: AlignmentRow["kind"], ids: Set<string>) => {
    const failed = (s: ScoreResult) => s.failures.some((f) => ids.has(f.evaluator));
    const unsure = (s: ScoreResult) => !failed(s) && (s.uncertain ?? []).some((u) => ids.has(u.evaluator));
    const decided = runs.filter(({ score }) => !unsure(score));
    return {
      evaluator,
      mode,
      kind,
      uncertain: runs.length - decided.length,
      confusion: confusion(
        decided.map(({ item, score }) => ({
          id: item.id,
          human: mode === "any" ? item.label.pass : humanPasses(item, mode),
          predicted: !failed(score),
        })),
      ),
    };
  };
  const rows: AlignmentRow[] = FAILURE_MODES.map((mode) =>
    row(`code:${mode}`, mode, "mode", new Set(evaluatorsFor(mode).map((e) => e.id))),
  );
  rows.push(row("code:any", "any", "mode", new Set(CODE_EVALUATORS.map((e) => e.id))));
  for (const e of CODE_EVALUATORS) rows.push(row(e.id, e.mode, "code", new Set([e.id])));
  return rows;
}

/** Human-readable alignment table (rates to three decimals, "—" when a class is absent). */
export function formatAlignment(rows: readonly AlignmentRow[], title: string): string {
  const f = (x: number | null) => (x === null ? "  —  " : x.toFixed(3));
  const lines = [
    title,
    "evaluator                      mode               TPR    TNR    TP  FN  TN  FP  unc  disagreeing",
  ];
  for (const r of rows) {
    const c = r.confusion;
    lines.push(
      `${r.evaluator.padEnd(30)} ${r.mode.padEnd(18)} ${f(c.tpr)}  ${f(c.tnr)}  ${String(c.tp).padStart(3)} ${String(c.fn).padStart(3)} ${String(c.tn).padStart(3)} ${String(c.fp).padStart(3)} ${String(r.uncertain).padStart(4)}  ${c.disagreements.map((d) => d.id).join(", ")}`,
    );
  }
  lines.push(
    "(a single check covers part of its mode, so its TNR against the whole mode is low by design; its TPR shows its false alarms)",
    "(unc = items the evaluator abstained on and did not fail: uncertain, neither pass nor fail, left out of TPR/TNR)",
  );
  return `${lines.join("\n")}\n`;
}
