import { describe, expect, it } from "vitest";
import { idealSeconds, percentile, r3 } from "./stats";

describe("percentile (linear interpolation between order statistics, as the eval statistics)", () => {
  const xs = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
  it.each([
    [0, 1],
    [10, 1.9],
    [50, 5.5],
    [90, 9.1],
    [95, 9.55],
    [100, 10],
  ])("p%i of 1..10 (unsorted) is %d", (p, want) => expect(percentile(xs, p)).toBeCloseTo(want, 10));

  it("is 0 for an empty list and leaves its input unsorted", () => {
    expect(percentile([], 50)).toBe(0);
    const input = [3, 1, 2];
    percentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe("idealSeconds", () => {
  it.each([
    // 16 conversations × 2 calls × 0.2 s over 8 in flight = 0.8 s
    [Array(16).fill(2), 0.2, 8, 0.8],
    // one long conversation bounds it: 10 sequential calls = 2 s, however many are in flight
    [[10, 1, 1], 0.2, 8, 2],
    [[], 0.2, 8, 0],
  ])("%j calls at %f s with %i in flight → %f s", (calls, latency, concurrency, want) => {
    expect(idealSeconds(calls as number[], latency, concurrency)).toBeCloseTo(want, 9);
  });
});

describe("r3", () => {
  it("rounds to three decimals", () => expect(r3(1.23456)).toBe(1.235));
});
