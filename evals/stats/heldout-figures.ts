import { z } from "zod";
import { FAILURE_MODES, type Failure, type FailureMode, HumanLabel, Message } from "../schema";

/** One line of a blind held-out set: a conversation and its human label (no scenario, no split). */
export const HeldoutItem = z.object({
  id: z.string().min(1),
  now: z.iso.datetime({ offset: true }),
  messages: z.array(Message),
  label: HumanLabel,
});
export type HeldoutItem = z.infer<typeof HeldoutItem>;

/** What a scorer said about one item: its failures and whether it abstained (uncertain: neither pass nor fail). */
export interface Scored {
  failures: readonly Pick<Failure, "mode" | "turn">[];
  /** Abstentions (`scoreTranscript`'s list) or a flag. */
  uncertain?: boolean | readonly unknown[];
}

/** Aggregate figures on a labelled set, pass = positive; no item-level detail, so a blind set stays blind. */
export interface HeldoutFigures {
  n: number;
  passes: number;
  failures: number;
  tpr: number | null;
  tnr: number | null;
  uncertain: number;
  /** Per mode: failing items labelled with the mode, and how many had a failure of that mode reported. */
  recall: Record<FailureMode, { labelled: number; caught: number }>;
  /** Failing items caught (any failure reported). */
  caught: number;
  /** Of those caught: the earliest reported turn is the labelled first failing turn and a failure there has a labelled mode. */
  rightReason: number;
  /** Of those caught: a reported failure has a labelled mode (turn ignored). */
  rightMode: number;
}

/** Right reason: the earliest reported failure is at the labelled turn (when labelled) with one of the labelled modes. */
function isRightReason(item: HeldoutItem, failures: Scored["failures"]): boolean {
  const first = Math.min(...failures.map((f) => f.turn));
  const atFirst = failures.filter((f) => f.turn === first);
  const turnOk = item.label.firstFailTurn === undefined || item.label.firstFailTurn === first;
  return turnOk && atFirst.some((f) => item.label.modes.includes(f.mode));
}

/** Computes TPR/TNR, per-mode recall and the right-reason rate of a scorer over labelled items. */
export function heldoutFigures(items: readonly HeldoutItem[], scored: readonly Scored[]): HeldoutFigures {
  const recall = Object.fromEntries(
    FAILURE_MODES.map((m) => [m, { labelled: 0, caught: 0 }]),
  ) as HeldoutFigures["recall"];
  let tp = 0;
  let tn = 0;
  let passes = 0;
  let uncertain = 0;
  let caught = 0;
  let rightReason = 0;
  let rightMode = 0;
  items.forEach((item, i) => {
    const s = scored[i] ?? { failures: [] };
    if (Array.isArray(s.uncertain) ? s.uncertain.length > 0 : s.uncertain) uncertain++;
    const predictedPass = s.failures.length === 0;
    if (item.label.pass) {
      passes++;
      if (predictedPass) tp++;
      return;
    }
    for (const m of item.label.modes) {
      recall[m].labelled++;
      if (s.failures.some((f) => f.mode === m)) recall[m].caught++;
    }
    if (predictedPass) return;
    tn++;
    caught++;
    if (isRightReason(item, s.failures)) rightReason++;
    if (s.failures.some((f) => item.label.modes.includes(f.mode))) rightMode++;
  });
  const fails = items.length - passes;
  return {
    n: items.length,
    passes,
    failures: fails,
    tpr: passes ? tp / passes : null,
    tnr: fails ? tn / fails : null,
    uncertain,
    recall,
    caught,
    rightReason,
    rightMode,
  };
}

/** The figures as a few lines of text (rates to three decimals, counts beside them). */
export function formatHeldoutFigures(f: HeldoutFigures): string {
  const r = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));
  const modes = FAILURE_MODES.map((m) => `${m} ${f.recall[m].caught}/${f.recall[m].labelled}`).join(", ");
  return [
    `n=${f.n} (pass ${f.passes}, fail ${f.failures}); uncertain ${f.uncertain}`,
    `TPR ${r(f.tpr)}  TNR ${r(f.tnr)}`,
    `recall per mode: ${modes}`,
    `right reason (mode and turn) ${f.rightReason}/${f.caught}; right mode ${f.rightMode}/${f.caught}`,
  ].join("\n");
}
