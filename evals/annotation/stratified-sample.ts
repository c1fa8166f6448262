import { mulberry32, type Rng } from "../../chatbot/index";

/** An item to sample: its id and the stratum it belongs to (e.g. "synthetic|booking"). */
export interface StratumItem {
  id: string;
  stratum: string;
}

/**
 * A seeded stratified sample of `size` ids, shared over strata in proportion to their size, with at least one pick
 * per stratum while the budget allows (rare strata are what error analysis must not miss). The same items, size and seed give the same sample whatever the input order; the result is shuffled so
 * strata are interleaved in the review queue.
 */
export function stratifiedSample(items: readonly StratumItem[], size: number, seed: number): string[] {
  const unique = [...new Map(items.map((i) => [i.id, i])).values()].sort((a, b) => cmp(a.id, b.id));
  if (size >= unique.length)
    return mulberry32(seed)
      .shuffle(unique)
      .map((i) => i.id);
  const strata = new Map<string, StratumItem[]>();
  for (const item of unique) {
    const list = strata.get(item.stratum);
    if (list) list.push(item);
    else strata.set(item.stratum, [item]);
  }
  const keys = [...strata.keys()].sort(cmp);
  const random = mulberry32(seed);
  const quotas = allocate(
    keys.map((k) => strata.get(k)!.length),
    size,
    random,
  );
  const picked = keys.flatMap((k, i) => random.shuffle(strata.get(k)!).slice(0, quotas[i]));
  return random.shuffle(picked).map((i) => i.id);
}

/**
 * Splits `size` over strata of the given sizes: in proportion to stratum size by largest remainder, then every
 * non-empty stratum left at zero takes one pick from the currently largest quota. With fewer picks than strata, one
 * pick each for randomly chosen strata.
 */
export function allocate(sizes: readonly number[], size: number, random: Rng): number[] {
  const quotas = sizes.map(() => 0);
  const nonEmpty = sizes.flatMap((s, i) => (s > 0 ? [i] : []));
  const total = sizes.reduce((n, s) => n + s, 0);
  const budget = Math.min(size, total);
  if (budget < nonEmpty.length) {
    for (const i of random.shuffle(nonEmpty).slice(0, budget)) quotas[i] = 1;
    return quotas;
  }
  const shares = sizes.map((s) => (s * budget) / total);
  shares.forEach((share, i) => {
    quotas[i] = Math.floor(share);
  });
  let left = budget - quotas.reduce((n, q) => n + q, 0);
  // Largest remainders first; ties broken by stratum order so the result is deterministic.
  const byRemainder = shares
    .map((share, i) => ({ i, r: share - Math.floor(share) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    if (quotas[i]! < sizes[i]!) {
      quotas[i]!++;
      left--;
    }
  }
  for (const i of nonEmpty) {
    if (quotas[i]! > 0) continue;
    const donor = quotas.reduce((best, q, j) => (q > quotas[best]! ? j : best), 0);
    quotas[donor]!--;
    quotas[i] = 1;
  }
  return quotas;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
