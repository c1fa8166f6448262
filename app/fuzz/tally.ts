/** Fixed seed and bounded runs for CI (`FUZZ_RUNS` raises the bound for a longer local search). */
export const FUZZ = { seed: 20261202, runs: Number(process.env.FUZZ_RUNS ?? 0) || undefined };

/** Counts bad inputs tried and how many the property held for; prints "fuzz <name>: tried N / held N". */
export function tally(name: string) {
  const c = { tried: 0, held: 0 };
  return {
    tried: () => c.tried++,
    held: () => c.held++,
    report: () => {
      process.stdout.write(`fuzz ${name}: bad inputs tried ${c.tried} / held ${c.held}\n`);
      return c;
    },
  };
}
