import { FAILURE_MODES, type StoredVerdict } from "../../../evals/index";

/** The verdicts of the newest eval run that scored a conversation (`verdictsFor` lists the newest run first). */
export function latestRunVerdicts(verdicts: readonly StoredVerdict[]): StoredVerdict[] {
  const runId = verdicts[0]?.runId;
  return runId === undefined ? [] : verdicts.filter((v) => v.runId === runId);
}

/** A conversation's eval outcome in one line of the trace browser. */
export type VerdictSummary =
  | { kind: "none" }
  | { kind: "pass"; runId: string; evaluators: number }
  | { kind: "fail"; runId: string; evaluators: number; failures: number; modes: string[]; errors: number }
  | { kind: "error"; runId: string; evaluators: number; errors: number }
  | { kind: "uncertain"; runId: string; evaluators: number; uncertain: number; errors: number };

const modeOrder = (m: string) => {
  const i = (FAILURE_MODES as readonly string[]).indexOf(m);
  return i === -1 ? FAILURE_MODES.length : i;
};

/**
 * Summarises the newest run's verdicts: failing evaluators and their modes (report order), else abstentions
 * (uncertain: never shown as a pass), else judge errors.
 */
export function summarizeVerdicts(verdicts: readonly StoredVerdict[]): VerdictSummary {
  const latest = latestRunVerdicts(verdicts);
  if (latest.length === 0) return { kind: "none" };
  const runId = latest[0]!.runId;
  const failing = latest.filter((v) => v.verdict === "fail");
  const errors = latest.filter((v) => v.verdict === "error").length;
  if (failing.length > 0) {
    const modes = [...new Set(failing.map((v) => v.mode))].sort(
      (a, b) => modeOrder(a) - modeOrder(b) || a.localeCompare(b),
    );
    return { kind: "fail", runId, evaluators: latest.length, failures: failing.length, modes, errors };
  }
  const uncertain = latest.filter((v) => v.verdict === "uncertain").length;
  if (uncertain > 0) return { kind: "uncertain", runId, evaluators: latest.length, uncertain, errors };
  if (errors > 0) return { kind: "error", runId, evaluators: latest.length, errors };
  return { kind: "pass", runId, evaluators: latest.length };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The summary as text: "✓ pass", "✗ 2 failures: bad_data, over_eager", "? 1 uncertain", "⚠ 1 evaluator error", or "—". */
export function verdictText(s: VerdictSummary): string {
  if (s.kind === "none") return "—";
  if (s.kind === "pass") return "✓ pass";
  if (s.kind === "error") return `⚠ ${plural(s.errors, "evaluator error")}`;
  if (s.kind === "uncertain") return `? ${s.uncertain} uncertain${s.errors ? ` · ${plural(s.errors, "error")}` : ""}`;
  const errors = s.errors ? ` · ${plural(s.errors, "error")}` : "";
  return `✗ ${plural(s.failures, "failure")}: ${s.modes.join(", ")}${errors}`;
}

/** The newest run's failing verdicts by trace turn (1-based, as evaluators count assistant replies). */
export function failuresByTurn(verdicts: readonly StoredVerdict[]): Map<number, StoredVerdict[]> {
  const out = new Map<number, StoredVerdict[]>();
  for (const v of latestRunVerdicts(verdicts)) {
    if (v.verdict !== "fail" || v.turn === null) continue;
    out.set(v.turn, [...(out.get(v.turn) ?? []), v]);
  }
  return out;
}

/** Verdicts in reading order: failures first (by turn), then uncertain, errors, passes; evaluator name breaks ties. */
export function orderVerdicts(verdicts: readonly StoredVerdict[]): StoredVerdict[] {
  const rank = { fail: 0, uncertain: 1, error: 2, pass: 3 } as const;
  return [...verdicts].sort(
    (a, b) =>
      rank[a.verdict] - rank[b.verdict] ||
      (a.turn ?? Number.MAX_SAFE_INTEGER) - (b.turn ?? Number.MAX_SAFE_INTEGER) ||
      a.evaluator.localeCompare(b.evaluator),
  );
}
