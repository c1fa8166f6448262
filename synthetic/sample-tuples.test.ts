import { describe, expect, it } from "vitest";
import { ScenarioIntent } from "./dimensions";
import { allocate, droppedByRule, enumerateTuples, sampleTuples, tupleKey } from "./sample-tuples";
import { TrapId } from "./traps";

const countBy = <T>(xs: T[], f: (x: T) => string) => {
  const m: Record<string, number> = {};
  for (const x of xs) m[f(x)] = (m[f(x)] ?? 0) + 1;
  return m;
};

describe("sampleTuples", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = sampleTuples({ count: 80, seed: 3, multiTurnShare: 0.5 });
    expect(sampleTuples({ count: 80, seed: 3, multiTurnShare: 0.5 }).tuples).toEqual(a.tuples);
    expect(sampleTuples({ count: 80, seed: 4, multiTurnShare: 0.5 }).tuples).not.toEqual(a.tuples);
  });

  it("has no duplicates and only coherent tuples", () => {
    const s = sampleTuples({ count: 300, seed: 1, multiTurnShare: 0.5 });
    expect(new Set(s.tuples.map(tupleKey)).size).toBe(300);
    const dropped = new Set(s.dropped.map((d) => tupleKey(d.tuple)));
    for (const t of s.tuples) expect(dropped.has(tupleKey(t))).toBe(false);
  });

  it("honours the multi-turn share and balances the (turns, intent) cells within one", () => {
    const s = sampleTuples({ count: 100, seed: 7, multiTurnShare: 0.5 });
    expect(countBy(s.tuples, (t) => t.turns)).toEqual({ single: 50, multi: 50 });
    const cells = Object.values(countBy(s.tuples, (t) => `${t.turns}/${t.intent}`));
    expect(cells).toHaveLength(2 * ScenarioIntent.options.length);
    expect(Math.max(...cells) - Math.min(...cells)).toBeLessThanOrEqual(1);
    expect(sampleTuples({ count: 10, seed: 7, multiTurnShare: 0 }).tuples.every((t) => t.turns === "single")).toBe(
      true,
    );
  });

  it("oversamples rare trap cells: each trap appears about as often as 'no trap'", () => {
    const s = sampleTuples({ count: 200, seed: 2, multiTurnShare: 0.5 });
    const traps = countBy(s.tuples, (t) => t.trap ?? "none");
    // In the coherent space a given trap is a small share of tuples; sampling gives it a near-equal share.
    const space = countBy(enumerateTuples().coherent, (t) => t.trap ?? "none");
    expect(space.none! / space.ebike_motor!).toBeGreaterThan(5);
    expect(traps.none! / traps.ebike_motor!).toBeLessThan(3);
  });

  it.each([1, 2, 3])("reaches every trap with 60 scenarios (seed %i)", (seed) => {
    const s = sampleTuples({ count: 60, seed, multiTurnShare: 0.5 });
    const seen = new Set(s.tuples.map((t) => t.trap).filter(Boolean));
    expect([...seen].sort()).toEqual([...TrapId.options].sort());
  });

  it("keeps the dropped combinations with the rules that dropped them", () => {
    const s = sampleTuples({ count: 10, seed: 1, multiTurnShare: 0.5 });
    expect(s.dropped.length).toBeGreaterThan(0);
    expect(s.dropped.every((d) => d.rules.length > 0)).toBe(true);
    expect(Object.keys(droppedByRule(s.dropped))).toContain("no_info_single_turn_recall");
    expect(s.coherent + s.dropped.length).toBe(enumerateTuples().coherent.length + enumerateTuples().dropped.length);
  });

  it("caps the sample at the coherent space", () => {
    const s = sampleTuples({ count: 10_000, seed: 1, multiTurnShare: 0.5 });
    expect(s.tuples.length).toBeLessThanOrEqual(s.coherent);
  });
});

describe("allocate", () => {
  it.each([
    [10, [5, 5, 5], [4, 3, 3]],
    [10, [1, 5, 5], [1, 5, 4]],
    [3, [0, 5], [0, 3]],
    [50, [2, 2], [2, 2]],
  ])("allocate(%i, %j) = %j", (n, caps, want) => {
    expect(allocate(n, caps)).toEqual(want);
  });
});
