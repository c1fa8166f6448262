import type { LlamaContextSequence, Token } from "node-llama-cpp";

/** One candidate next token and its natural-log probability (the OpenAI `top_logprobs` entry shape, minus bytes). */
export interface TokenLogprob {
  token: string;
  logprob: number;
}

/**
 * The `top` most probable entries of a next-token distribution, most probable first, as text and log probability.
 * Pure: `probabilities` is node-llama-cpp's map (already sorted high to low, but sorted again here to be sure).
 */
export function topLogprobs(
  probabilities: ReadonlyMap<Token, number>,
  detokenize: (token: Token) => string,
  top: number,
): TokenLogprob[] {
  return [...probabilities.entries()]
    .filter(([, p]) => p > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([token, p]) => ({ token: detokenize(token), logprob: Math.log(p) }));
}

/**
 * Evaluates `tokens` on a sequence and returns the raw next-token distribution after the last one, reusing the
 * longest prefix the sequence already holds (a judge's rubric and examples are evaluated once per sequence). At
 * least the last token is evaluated again, since its output is what is read. Temperature 1: the model's own softmax,
 * not a sharpened one.
 */
export async function nextTokenDistribution(
  sequence: LlamaContextSequence,
  tokens: Token[],
): Promise<{ probabilities: Map<Token, number>; evaluatedTokens: number }> {
  if (tokens.length === 0) throw new TypeError("next-token scoring needs a non-empty prompt");
  const keep = Math.min(sequence.compareContextTokens(tokens).firstDifferentIndex, tokens.length - 1);
  if (keep < sequence.nextTokenIndex)
    await sequence.eraseContextTokenRanges([{ start: keep, end: sequence.nextTokenIndex }]);
  const rest = tokens.slice(keep);
  const last = rest.length - 1;
  const output = await sequence.controlledEvaluate(
    rest.map((t, i) =>
      i === last ? ([t, { generateNext: { probabilities: true, options: { temperature: 1 } } }] as const) : t,
    ) as Parameters<LlamaContextSequence["controlledEvaluate"]>[0],
  );
  const probabilities = output[last]?.next.probabilities;
  if (!probabilities) throw new Error("the model returned no next-token probabilities");
  return { probabilities, evaluatedTokens: rest.length };
}
