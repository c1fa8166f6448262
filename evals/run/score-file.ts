import { parseJsonl } from "./jsonl";
import { type ScoreResult, Transcript } from "../schema";
import { scoreTranscript } from "../checks/index";

/** The result of `pnpm eval score`: one result per good line, one error per malformed line (1-based line numbers). */
export interface ScoreFileResult {
  results: ScoreResult[];
  errors: { line: number; error: string }[];
}

/** Scores JSONL transcripts (the `pnpm traces export` shape); malformed lines are reported, the others scored. */
export function scoreJsonl(text: string): ScoreFileResult {
  const results: ScoreResult[] = [];
  const errors: ScoreFileResult["errors"] = [];
  for (const line of parseJsonl(text, Transcript)) {
    if (line.ok) results.push(scoreTranscript(line.value));
    else errors.push({ line: line.line, error: line.error });
  }
  return { results, errors };
}

/** Human-readable lines for a terminal: one per transcript, failures indented. */
export function formatScores(r: ScoreFileResult): string {
  const out: string[] = [];
  for (const x of r.results) {
    out.push(`${x.pass ? "PASS" : "FAIL"}  ${x.id}`);
    for (const f of x.failures)
      out.push(`      turn ${f.turn} ${f.mode} [${f.evaluator}] ${f.reason} (${f.factIds.join(", ")})`);
  }
  const failed = r.results.filter((x) => !x.pass).length;
  out.push(
    `${r.results.length} scored, ${failed} failed${r.errors.length ? `, ${r.errors.length} malformed line(s) skipped` : ""}`,
  );
  return `${out.join("\n")}\n`;
}
