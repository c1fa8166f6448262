/**
 * "Flat $24, pads $50 … so you're looking at $74": an amount that adds up two or more amounts said before it in the
 * reply is a total of those jobs, not the price of any one service.
 */
export function isSumOfEarlier(amount: number, earlier: readonly number[]): boolean {
  // The last few distinct amounts are enough: a total sums what was just listed.
  const xs = [...new Set(earlier.filter((x) => x > 0 && x < amount))].slice(-8);
  const n = xs.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    if ((mask & (mask - 1)) === 0) continue; // one amount alone is no sum
    let sum = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) sum += xs[i]!;
    if (Math.abs(sum - amount) < 0.005) return true;
  }
  return false;
}
