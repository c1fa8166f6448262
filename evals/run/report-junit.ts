import { FAILURE_MODES } from "../schema";
import type { EvalSummary } from "./eval-summary";
import type { ConversationResult } from "./summary";
import { outcome } from "./uncertain-outcomes";

const esc = (s: string) =>
  s
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);

/**
 * JUnit XML for CI systems: one suite per failure mode, one test case per conversation, plus the gate as a case. A
 * conversation a check abstained on (uncertain, no failure) is `skipped` with the reason: neither passed nor failed.
 * Case names are the dataset item id, stable across runs (history and flaky tracking key on them); the run's
 * conversation id (its trace) goes to `system-out`; `time` is the conversation's wall time.
 */
export function renderJunit(s: EvalSummary, results: readonly ConversationResult[]): string {
  const suites = FAILURE_MODES.map((mode) => {
    const cases = results.map((r) => {
      const f = r.score.failures.filter((x) => x.mode === mode);
      const failure = f.length
        ? `<failure message="${esc(f[0]!.reason)}" type="${mode}">${esc(f.map((x) => `turn ${x.turn} ${x.evaluator}: ${x.reason}`).join("\n"))}</failure>`
        : "";
      const u = failure ? [] : (r.score.uncertain ?? []).filter((x) => x.mode === mode);
      const skipped = u.length ? `<skipped message="uncertain: ${esc(`${u[0]!.evaluator}: ${u[0]!.reason}`)}"/>` : "";
      const body = `${failure}${skipped}<system-out>conversation ${esc(r.conversationId)}</system-out>`;
      return `    <testcase classname="eval.${mode}" name="${esc(r.scenarioId)}" time="${seconds(r.durationMs)}">${body}</testcase>`;
    });
    const failures = results.filter((r) => r.score.failures.some((x) => x.mode === mode)).length;
    const skipped = results.filter((r) => outcome(r.score, mode) === "uncertain").length;
    const time = seconds(results.reduce((n, r) => n + (r.durationMs ?? 0), 0));
    return `  <testsuite name="${mode}" tests="${results.length}" failures="${failures}" skipped="${skipped}" time="${time}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const gate = `  <testsuite name="gate" tests="1" failures="${s.exitCode}">\n    <testcase classname="eval.gate" name="thresholds and baseline">${s.exitCode ? `<failure message="${esc(s.reasons.join("; "))}"/>` : ""}</testcase>\n  </testsuite>`;
  const total = results.length * FAILURE_MODES.length + 1;
  const failed = s.modes.filter((m) => m.mode !== "any").reduce((n, m) => n + m.failures, 0) + s.exitCode;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pnpm eval ${esc(s.runId)}" tests="${total}" failures="${failed}">\n${suites.join("\n")}\n${gate}\n</testsuites>\n`;
}
