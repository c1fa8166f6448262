import { z } from "zod";
import { FAILURE_MODES, type Failure, type FailureMode, HumanLabel, Message, type Uncertainty } from "../schema";

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
  /** Abstentions (`scoreTranscript`'s list) or a flag (an abstention of no particular mode). */
  uncertain?: boolean | readonly Pick<Uncertainty, "mode">[];
}

/**
 * Aggregate figures on a labelled set, pass = positive; no item-level detail, so a blind set stays blind. An item the
 * checks abstained on and none failed is uncertain: TPR/TNR are over decided items (it is neither a pass nor a catch),
 * and `ifUncertainWrong` gives the floor where every uncertain item counts as a wrong answer.
 */
export interface HeldoutFigures {
  n: number;
  passes: number;
  failures: number;
  tpr: number | null;
  tnr: number | null;
  /** Items left undecided (no failure, at least one abstention), and how many of them humans labelled pass / fail. */
  uncertain: number;
  uncertainByLabel: { pass: number; fail: number };
  /** TPR/TNR with every uncertain item counted as wrong (a pass not recognised, a failure not caught). */
  ifUncertainWrong: { tpr: number | null; tnr: number | null };
  /** Per mode: failing items labelled with the mode, how many had a failure of that mode reported, how many abstained. */
  recall: Record<FailureMode, { labelled: number; caught: number; uncertain: number }>;
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
    FAILURE_MODES.map((m) => [m, { labelled: 0, caught: 0, uncertain: 0 }]),
  ) as HeldoutFigures["recall"];
  let tp = 0;
  let tn = 0;
  let passes = 0;
  const undecided = { pass: 0, fail: 0 };
  let caught = 0;
  let rightReason = 0;
  let rightMode = 0;
  items.forEach((item, i) => {
    const s = scored[i] ?? { failures: [] };
    const abstained = (m?: FailureMode) =>
      Array.isArray(s.uncertain)
        ? s.uncertain.some((u) => m === undefined || u.mode === m)
        : m === undefined && s.uncertain === true;
    const predictedPass = s.failures.length === 0;
    const isUncertain = predictedPass && abstained();
    if (isUncertain) undecided[item.label.pass ? "pass" : "fail"]++;
    if (item.label.pass) {
      passes++;
      if (predictedPass && !isUncertain) tp++;
      return;
    }
    for (const m of item.label.modes) {
      recall[m].labelled++;
      if (s.failures.some((f) => f.mode === m)) recall[m].caught++;
      else if (abstained(m)) recall[m].uncertain++;
    }
    if (predictedPass) return;
    tn++;
    caught++;
    if (isRightReason(item, s.failures)) rightReason++;
    if (s.failures.some((f) => item.label.modes.includes(f.mode))) rightMode++;
  });
  const fails = items.length - passes;
  const ratio = (x: number, of: number) => (of ? x / of : null);
  return {
    n: items.length,
    passes,
    failures: fails,
    tpr: ratio(tp, passes - undecided.pass),
    tnr: ratio(tn, fails - undecided.fail),
    uncertain: undecided.pass + undecided.fail,
    uncertainByLabel: undecided,
    ifUncertainWrong: { tpr: ratio(tp, passes), tnr: ratio(tn, fails) },
    recall,
    caught,
    rightReason,
    rightMode,
  };
}

/** The figures as a few lines of text (rates to three decimals, counts beside them). */
export function formatHeldoutFigures(f: HeldoutFigures): string {
  const r = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));
  const modes = FAILURE_MODES.map(
    (m) =>
      `${m} ${f.recall[m].caught}/${f.recall[m].labelled}${f.recall[m].uncertain ? ` (${f.recall[m].uncertain} uncertain)` : ""}`,
  ).join(", ");
  return [
    `n=${f.n} (pass ${f.passes}, fail ${f.failures}); uncertain ${f.uncertain} (labelled pass ${f.uncertainByLabel.pass}, fail ${f.uncertainByLabel.fail}; ${f.n ? ((100 * f.uncertain) / f.n).toFixed(1) : "0.0"}%)`,
    `TPR ${r(f.tpr)}  TNR ${r(f.tnr)}  (over decided items; an uncertain item is neither a pass nor a catch)`,
    `if every uncertain item were wrong: TPR ${r(f.ifUncertainWrong.tpr)}  TNR ${r(f.ifUncertainWrong.tnr)}`,
    `recall per mode: ${modes}`,
    `right reason (mode and turn) ${f.rightReason}/${f.caught}; right mode ${f.rightMode}/${f.caught}`,
  ].join("\n");
}
