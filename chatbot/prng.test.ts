import { describe, expect, it } from "vitest";
import { hashSeed, mulberry32, rngFor } from "./prng";

describe("prng", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it("keeps int/pick in range and shuffles to a permutation", () => {
    const r = mulberry32(1);
    for (let i = 0; i < 200; i++) {
      const n = r.int(7);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(7);
    }
    const xs = [1, 2, 3, 4, 5, 6];
    expect([...r.shuffle(xs)].sort()).toEqual(xs);
    expect(() => r.pick([])).toThrow(/empty/);
  });

  it("derives independent labelled streams", () => {
    expect(hashSeed("a")).not.toBe(hashSeed("b"));
    expect(rngFor(7, "user", 3).next()).toBe(rngFor(7, "user", 3).next());
    expect(rngFor(7, "user", 3).next()).not.toBe(rngFor(7, "query", 3).next());
  });
});
