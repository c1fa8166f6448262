import { type Confusion, confusion } from "./confusion";
import { humanPasses } from "./labelled-set";
import { CODE_EVALUATORS, evaluatorsFor } from "../checks/index";
import { FAILURE_MODES, type FailureMode, type LabelledTranscript } from "../schema";
import { scoreTranscript } from "../checks/index";

/** Agreement of one evaluator (or a mode's evaluators together) with the human labels on a set of items. */
export interface AlignmentRow {
  evaluator: string;
  mode: FailureMode | "any";
  kind: "code" | "llm" | "mode";
  confusion: Confusion;
}

/** Code-check alignment: each mode (its checks together), "any" (all checks), then each check against its mode. */
export function codeAlignment(items: readonly LabelledTranscript[]): AlignmentRow[] {
  const runs = items.map((item) => ({ item, score: scoreTranscript(item) }));
  const failed = (s: (typeof runs)[number]["score"], ids: Set<string>) => s.failures.some((f) => ids.has(f.evaluator));
  const rows: AlignmentRow[] = FAILURE_MODES.map((mode) => {
    const ids = new Set(evaluatorsFor(mode).map((e) => e.id));
    return {
      evaluator: `code:${mode}`,
      mode,
      kind: "mode" as const,
      confusion: confusion(
        runs.map(({ item, score }) => ({
          id: item.id,
          human: humanPasses(item, mode),
          predicted: !failed(score, ids),
        })),
      ),
    };
  });
  rows.push({
    evaluator: "code:any",
    mode: "any",
    kind: "mode",
    confusion: confusion(
      runs.map(({ item, score }) => ({ id: item.id, human: item.label.pass, predicted: score.pass })),
    ),
  });
  for (const e of CODE_EVALUATORS)
    rows.push({
      evaluator: e.id,
      mode: e.mode,
      kind: "code",
      confusion: confusion(
        runs.map(({ item, score }) => ({
          id: item.id,
          human: humanPasses(item, e.mode),
          predicted: !failed(score, new Set([e.id])),
        })),
      ),
    });
  return rows;
}

/** Human-readable alignment table (rates to three decimals, "—" when a class is absent). */
export function formatAlignment(rows: readonly AlignmentRow[], title: string): string {
  const f = (x: number | null) => (x === null ? "  —  " : x.toFixed(3));
  const lines = [title, "evaluator                      mode               TPR    TNR    TP  FN  TN  FP  disagreeing"];
  for (const r of rows) {
    const c = r.confusion;
    lines.push(
      `${r.evaluator.padEnd(30)} ${r.mode.padEnd(18)} ${f(c.tpr)}  ${f(c.tnr)}  ${String(c.tp).padStart(3)} ${String(c.fn).padStart(3)} ${String(c.tn).padStart(3)} ${String(c.fp).padStart(3)}  ${c.disagreements.map((d) => d.id).join(", ")}`,
    );
  }
  lines.push(
    "(a single check covers part of its mode, so its TNR against the whole mode is low by design; its TPR shows its false alarms)",
  );
  return `${lines.join("\n")}\n`;
}
