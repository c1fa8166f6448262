import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../chatbot/index";
import { allocate, type StratumItem, stratifiedSample } from "./stratified-sample";

const items = (counts: Record<string, number>): StratumItem[] =>
  Object.entries(counts).flatMap(([stratum, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${stratum}-${String(i).padStart(3, "0")}`, stratum })),
  );
const strataOf = (ids: string[]) =>
  ids.reduce<Record<string, number>>((acc, id) => {
    const s = id.split("-")[0]!;
    acc[s] = (acc[s] ?? 0) + 1;
    return acc;
  }, {});

describe("stratifiedSample", () => {
  const pool = items({ ui: 60, synthetic: 30, cli: 8, eval: 2 });

  it("is reproducible for a seed and independent of input order", () => {
    const a = stratifiedSample(pool, 20, 42);
    const b = stratifiedSample([...pool].reverse(), 20, 42);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(20);
  });

  it("gives a different sample for a different seed", () => {
    expect(stratifiedSample(pool, 20, 1)).not.toEqual(stratifiedSample(pool, 20, 2));
  });

  it("covers every stratum, then allocates proportionally", () => {
    const counts = strataOf(stratifiedSample(pool, 20, 7));
    expect(counts).toEqual({ ui: 11, synthetic: 6, cli: 2, eval: 1 });
  });

  it("rounds by largest remainder", () => {
    const counts = strataOf(stratifiedSample(items({ a: 1, b: 50 }), 30, 3));
    expect(counts).toEqual({ a: 1, b: 29 });
  });

  it("returns the whole pool (shuffled) when the size exceeds it", () => {
    const small = items({ a: 3, b: 2 });
    const sample = stratifiedSample(small, 10, 5);
    expect([...sample].sort()).toEqual(small.map((i) => i.id).sort());
  });

  it("picks one each from randomly chosen strata when there are more strata than picks", () => {
    const many = items({ a: 5, b: 5, c: 5, d: 5, e: 5 });
    const counts = strataOf(stratifiedSample(many, 3, 11));
    expect(Object.keys(counts)).toHaveLength(3);
    expect(Object.values(counts)).toEqual([1, 1, 1]);
  });

  it.each([
    [[10, 10], 4, [2, 2]],
    [[90, 10], 10, [9, 1]],
    [[1, 1, 98], 10, [1, 1, 8]],
    [[0, 5], 3, [0, 3]],
  ])("allocate(%j, %i) = %j", (sizes, size, expected) => {
    expect(allocate(sizes, size, mulberry32(1))).toEqual(expected);
  });
});
