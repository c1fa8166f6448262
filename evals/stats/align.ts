import type { Judge } from "../judges/index";
import type { LabelledTranscript } from "../schema";
import { type AlignmentRow, codeAlignment, formatAlignment } from "./alignment";
import { confusion } from "./confusion";
import { MIN_YOUDEN } from "./corrected-rate";
import { humanPasses } from "./labelled-set";
import { type SplitName, splitLabelled } from "./split";

/** The alignment report of `pnpm eval align`. */
export interface AlignReport {
  split: "dev" | "test";
  seed: number;
  n: number;
  sizes: Record<SplitName, number>;
  rows: AlignmentRow[];
  judgeErrors: Record<string, number>;
  /** Per LLM judge: TPR + TNR − 1 on this split, and whether it is strong enough (≥ MIN_YOUDEN) to correct a rate. */
  judgeStrength: Record<string, { youden: number | null; canCorrect: boolean }>;
  testUses: number | null;
  warning: string | null;
}

/** Measures code checks (and LLM judges, when given) against the human labels of one split. */
export async function alignSplit(
  items: readonly LabelledTranscript[],
  o: { split: "dev" | "test"; seed: number; judges: Judge[]; testUses: number | null },
): Promise<AlignReport> {
  const split = splitLabelled(
    items.map((i) => ({ id: i.id, group: i.scenario, pass: i.label.pass })),
    o.seed,
  );
  const chosen = items.filter((i) => split.get(i.id) === o.split);
  const rows = codeAlignment(chosen);
  const judgeErrors: Record<string, number> = {};
  for (const j of o.judges) {
    const verdicts = await Promise.all(chosen.map(async (i) => ({ i, v: await j.judge(i) })));
    judgeErrors[j.id] = verdicts.filter(({ v }) => v.verdict === "error").length;
    const pairs = verdicts
      .filter(({ v }) => v.verdict !== "error")
      .map(({ i, v }) => ({ id: i.id, human: humanPasses(i, j.mode), predicted: v.verdict === "pass" }));
    rows.push({ evaluator: j.id, mode: j.mode, kind: "llm", confusion: confusion(pairs), uncertain: 0 });
  }
  const sizes = { train: 0, dev: 0, test: 0 };
  for (const s of split.values()) sizes[s]++;
  const warning =
    o.testUses !== null && o.testUses > 1
      ? `the test split of this labelled set has now been used ${o.testUses} times; figures on it are no longer an unbiased final measure — iterate on dev`
      : null;
  const judgeStrength = Object.fromEntries(rows.filter((r) => r.kind === "llm").map((r) => [r.evaluator, strength(r)]));
  return {
    split: o.split,
    seed: o.seed,
    n: chosen.length,
    sizes,
    rows,
    judgeErrors,
    judgeStrength,
    testUses: o.testUses,
    warning,
  };
}

/** Youden's J of a judge row; a rate is corrected with it only when J ≥ MIN_YOUDEN (else the correction explodes). */
function strength(r: AlignmentRow): { youden: number | null; canCorrect: boolean } {
  const { tpr, tnr } = r.confusion;
  const youden = tpr === null || tnr === null ? null : tpr + tnr - 1;
  return { youden, canCorrect: youden !== null && youden >= MIN_YOUDEN };
}

/** Terminal text of an alignment report. */
export function formatAlignReport(r: AlignReport): string {
  const head = `alignment on the ${r.split} split (n=${r.n}; train/dev/test = ${r.sizes.train}/${r.sizes.dev}/${r.sizes.test}, seed ${r.seed}; pass = positive)`;
  const errors = Object.entries(r.judgeErrors).map(
    ([id, n]) => `${id}: ${n} error verdict(s), excluded from its rates`,
  );
  const weak = Object.entries(r.judgeStrength).map(([id, j]) =>
    j.canCorrect
      ? `${id}: TPR + TNR − 1 = ${j.youden?.toFixed(3)}, usable to correct its mode's rate`
      : `${id}: TPR + TNR − 1 = ${j.youden === null ? "n/a" : j.youden.toFixed(3)} < ${MIN_YOUDEN}: too weak a judge — its verdicts cannot correct a failure rate`,
  );
  return `${formatAlignment(r.rows, head)}${errors.length ? `${errors.join("\n")}\n` : ""}${weak.length ? `${weak.join("\n")}\n` : ""}${r.warning ? `warning: ${r.warning}\n` : ""}`;
}
