/** One next-token candidate with its natural-log probability (an OpenAI `top_logprobs` entry). */
export interface TopLogprob {
  token: string;
  logprob: number;
}

/** A judge's scored verdict: s = log P(fail) − log P(pass) over the verdict word's token variants. */
export type VerdictScore =
  | { ok: true; score: number; logFail: number; logPass: number; bounded: boolean }
  | { ok: false; error: string };

/**
 * Which verdict a next token starts, or null: " fail", "Fail", "failed", "f" count for fail; " pass", "Pass", "pa" for
 * pass (a tokenizer may split the word, so any non-empty prefix of the word, or the word plus a suffix, counts).
 */
export function verdictWord(token: string): "pass" | "fail" | null {
  const t = token
    .trim()
    .replace(/^["'`*]+/, "")
    .toLowerCase();
  if (!t) return null;
  for (const word of ["pass", "fail"] as const) if (word.startsWith(t) || t.startsWith(word)) return word;
  return null;
}

/** log(Σ exp(x)) without overflow. */
export function logSumExp(xs: readonly number[]): number {
  const max = Math.max(...xs);
  if (max === Number.NEGATIVE_INFINITY) return max;
  return max + Math.log(xs.reduce((sum, x) => sum + Math.exp(x - max), 0));
}

/**
 * Scores a verdict from the first answer token's top log probabilities: s = log Σ P(fail variants) − log Σ P(pass
 * variants); s > 0 means the model leans to fail. When only one word is among the top tokens, the other's
 * probability is at most the least probable token listed, so that bound stands in for it (`bounded`). Neither word
 * listed is an error: the model is not answering with a verdict.
 */
export function verdictScore(top: readonly TopLogprob[]): VerdictScore {
  const fail = top.filter((t) => verdictWord(t.token) === "fail").map((t) => t.logprob);
  const pass = top.filter((t) => verdictWord(t.token) === "pass").map((t) => t.logprob);
  if (!fail.length && !pass.length)
    return {
      ok: false,
      error: `neither "pass" nor "fail" among the ${top.length} most probable first tokens (${top
        .slice(0, 5)
        .map((t) => JSON.stringify(t.token))
        .join(", ")})`,
    };
  const floor = Math.min(...top.map((t) => t.logprob));
  const logFail = fail.length ? logSumExp(fail) : floor;
  const logPass = pass.length ? logSumExp(pass) : floor;
  return { ok: true, score: logFail - logPass, logFail, logPass, bounded: !fail.length || !pass.length };
}
