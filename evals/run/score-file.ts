import { scoreTranscript } from "../checks/index";
import { type ScoreResult, Transcript } from "../schema";
import { parseJsonl } from "./jsonl";

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

/** One JSONL line scored: its result, or why it could not be parsed (blank lines give null). */
export function scoreLine(
  raw: string,
  line: number,
): { ok: true; result: ScoreResult } | { ok: false; line: number; error: string } | null {
  const [parsed] = parseJsonl(raw, Transcript);
  if (!parsed) return null;
  return parsed.ok ? { ok: true, result: scoreTranscript(parsed.value) } : { ok: false, line, error: parsed.error };
}

/**
 * Scores JSONL transcripts as they stream in, line by line (memory bounded by the longest line), handing each result
 * or error to the callbacks; returns how many lines were malformed.
 */
export async function scoreJsonlStream(
  lines: AsyncIterable<string>,
  on: { result(r: ScoreResult): void; error(e: { line: number; error: string }): void },
): Promise<{ scored: number; failed: number; uncertain: number; malformed: number }> {
  const counts = { scored: 0, failed: 0, uncertain: 0, malformed: 0 };
  let n = 0;
  for await (const raw of lines) {
    const r = scoreLine(raw, ++n);
    if (!r) continue;
    if (r.ok) {
      counts.scored++;
      if (!r.result.pass) counts.failed++;
      if (r.result.uncertain?.length) counts.uncertain++;
      on.result(r.result);
    } else {
      counts.malformed++;
      on.error({ line: r.line, error: r.error });
    }
  }
  return counts;
}

/** The lines for one scored transcript in the terminal format: verdict and id, then each failure indented. */
export function formatScore(x: ScoreResult): string {
  const out = [`${x.pass ? "PASS" : "FAIL"}  ${x.id}`];
  for (const f of x.failures)
    out.push(`      turn ${f.turn} ${f.mode} [${f.evaluator}] ${f.reason} (${f.factIds.join(", ")})`);
  for (const u of x.uncertain ?? []) out.push(`      turn ${u.turn} UNSURE ${u.mode} [${u.evaluator}] ${u.reason}`);
  return `${out.join("\n")}\n`;
}

/** Human-readable lines for a terminal: one per transcript, failures indented. */
export function formatScores(r: ScoreFileResult): string {
  const out = r.results.map((x) => formatScore(x).trimEnd());
  const failed = r.results.filter((x) => !x.pass).length;
  out.push(
    `${r.results.length} scored, ${failed} failed${r.errors.length ? `, ${r.errors.length} malformed line(s) skipped` : ""}`,
  );
  return `${out.join("\n")}\n`;
}
