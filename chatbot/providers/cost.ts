/** USD per 1M tokens for the models we expect to run; dated variants ("gpt-4o-mini-2024-07-18") match by prefix. */
export const MODEL_PRICES_USD_PER_1M: Readonly<Record<string, { input: number; output: number }>> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
};

/** Estimated cost of one call in USD; unknown models (local servers, offline engine) cost 0. */
export function estimateCostUsd(model: string, inputTokens: number, outputTokens: number): number {
  const price = priceFor(model);
  if (!price) return 0;
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}

/** The price entry for a model: exact name first, else the longest name it extends with "-" (so mini ≠ 4o). */
function priceFor(model: string): { input: number; output: number } | undefined {
  const exact = MODEL_PRICES_USD_PER_1M[model];
  if (exact) return exact;
  const base = Object.keys(MODEL_PRICES_USD_PER_1M)
    .filter((name) => model.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length)[0];
  return base ? MODEL_PRICES_USD_PER_1M[base] : undefined;
}
