import { mulberry32 } from "../../chatbot/index";

/** One labelled item to split: its scenario group and its human label (pass = true). */
export interface SplitItem {
  id: string;
  group: string;
  pass: boolean;
}

/** The three alignment splits. */
export type SplitName = "train" | "dev" | "test";

/** Default proportions: few-shot examples come from train, iteration uses dev, the final measure uses test. */
export const DEFAULT_PROPORTIONS: Record<SplitName, number> = { train: 0.15, dev: 0.4, test: 0.45 };

const ORDER: SplitName[] = ["train", "dev", "test"];

/**
 * Splits labelled items into train/dev/test, grouped by scenario (a group never straddles splits) and stratified by
 * label (a group's stratum is its majority label); within a stratum, seeded-shuffled groups go to the split furthest
 * below its target.
 */
export function splitLabelled(
  items: readonly SplitItem[],
  seed: number,
  proportions = DEFAULT_PROPORTIONS,
): Map<string, SplitName> {
  const groups = new Map<string, SplitItem[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  const strata = new Map<boolean, string[]>();
  for (const [key, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const pass = members.filter((m) => m.pass).length * 2 >= members.length;
    strata.set(pass, [...(strata.get(pass) ?? []), key]);
  }
  const rng = mulberry32(seed);
  const out = new Map<string, SplitName>();
  for (const stratum of [true, false]) {
    const keys = rng.shuffle(strata.get(stratum) ?? []);
    const total = keys.reduce((n, k) => n + groups.get(k)!.length, 0);
    const filled: Record<SplitName, number> = { train: 0, dev: 0, test: 0 };
    for (const key of keys) {
      const members = groups.get(key)!;
      const target = ORDER.reduce(
        (best, s) => (proportions[s] * total - filled[s] > proportions[best] * total - filled[best] ? s : best),
        ORDER[0]!,
      );
      filled[target] += members.length;
      for (const m of members) out.set(m.id, target);
    }
  }
  return out;
}

/** The ids in one split, in input order. */
export function idsIn(items: readonly SplitItem[], split: Map<string, SplitName>, name: SplitName): string[] {
  return items.filter((i) => split.get(i.id) === name).map((i) => i.id);
}
