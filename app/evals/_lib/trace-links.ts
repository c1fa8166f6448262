/**
 * Links from a number on /evals to the traces behind it. Human-label numbers open the trace browser with the filters
 * it reads from the URL (`label`, `mode`); eval-run numbers open /evals/traces, which lists a run's conversations
 * that an evaluator failed (the trace browser has no eval-run filter).
 */

/** Traces labelled fail, optionally carrying one human failure mode. */
export function humanFailuresHref(modeId?: string): string {
  const qs = new URLSearchParams({ label: "fail" });
  if (modeId) qs.set("mode", modeId);
  return `/traces?${qs}`;
}

/** Traces labelled pass or fail (every trace that is ground truth). */
export function labelledHref(verdict: "pass" | "fail"): string {
  return `/traces?${new URLSearchParams({ label: verdict })}`;
}

/** An eval run's conversations whose code checks failed a mode ("any" = any mode), optionally first failing at a state. */
export function runFailuresHref(runId: string, mode: string, state?: string): string {
  const qs = new URLSearchParams({ run: runId, mode });
  if (state) qs.set("state", state);
  return `/evals/traces?${qs}`;
}
