import { describe, expect, it } from "vitest";
import { idsIn, type SplitItem, splitLabelled } from "./split";

const items: SplitItem[] = Array.from({ length: 100 }, (_, i) => ({
  id: `i${i}`,
  group: `g${Math.floor(i / 2)}`,
  pass: i % 4 < 2,
}));

describe("splitLabelled", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    expect([...splitLabelled(items, 7)]).toEqual([...splitLabelled(items, 7)]);
    expect([...splitLabelled(items, 7)]).not.toEqual([...splitLabelled(items, 8)]);
  });

  it("never lets a scenario group straddle splits", () => {
    const s = splitLabelled(items, 3);
    for (const i of items) expect(s.get(i.id)).toBe(s.get(items.find((j) => j.group === i.group)!.id));
  });

  it("hits 15/40/45 within one group per stratum and stratifies by label", () => {
    const s = splitLabelled(items, 1);
    const sizes = (["train", "dev", "test"] as const).map((n) => idsIn(items, s, n).length);
    expect(sizes).toEqual([16, 40, 44]); // 50 per stratum: 8/20/22 each (targets 7.5/20/22.5, groups of 2)
    for (const n of ["train", "dev", "test"] as const) {
      const ids = new Set(idsIn(items, s, n));
      const passes = items.filter((i) => ids.has(i.id) && i.pass).length;
      expect(passes * 2).toBe(ids.size);
    }
  });
});
