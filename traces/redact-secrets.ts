/** Shapes of credentials that must never be stored, logged or shown: provider keys, bearer tokens, our API tokens. */
const TOKENS: RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{16,}/g, // OpenAI and compatible keys (sk-…, sk-proj-…)
  /\bjbs_[A-Za-z0-9_-]{20,}/g, // this app's API tokens
  /\b(?:ghp_|gho_|github_pat_|xox[abp]-|AKIA)[A-Za-z0-9_-]{12,}/g, // GitHub, Slack, AWS access key ids
  /\bBearer\s+[A-Za-z0-9._~+/-]{12,}=*/gi,
];
/** `api_key=…`, `"token": "…"`, `password: …`: keep the name, drop the value. */
const ASSIGNED = /\b(api[_-]?key|token|secret|password)(["']?\s*[:=]\s*["']?)[^\s"',;]{6,}/gi;

/**
 * Replaces known secret patterns — and the configured keys themselves (`OPENAI_API_KEY`, `BETTER_AUTH_SECRET`, …) —
 * with "[redacted]" in a text about to be stored, logged or shown.
 */
export function redactSecrets(text: string, env: Record<string, string | undefined> = process.env): string {
  let out = text;
  for (const name of ["OPENAI_API_KEY", "BETTER_AUTH_SECRET", "JUDGE_API_KEY"]) {
    const value = env[name]?.trim();
    if (value && value.length >= 8) out = out.split(value).join("[redacted]");
  }
  for (const p of TOKENS) out = out.replace(p, "[redacted]");
  return out.replace(ASSIGNED, (_m, name: string, sep: string) => `${name}${sep}[redacted]`);
}
