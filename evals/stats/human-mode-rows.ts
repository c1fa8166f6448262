import type { HumanLabels } from "../annotation/index";
import { evaluatorsFor } from "../checks/index";
import { isValidated, type JudgeDefinition } from "../judges/judge-definition";
import { FAILURE_MODES } from "../schema";
import type { AlignmentRow } from "./alignment";
import { type Interval, wilsonInterval } from "./wilson";

/** How one evaluator that covers a mode agrees with the human labels of the dev split (pass = positive). */
export interface ModeEvaluator {
  id: string;
  kind: "code" | "llm";
  /** "7 code checks" or "LLM judge (model)": what the evaluator is, in a few words. */
  label: string;
  n: number;
  tpr: number | null;
  tnr: number | null;
  /** Human failures of the mode among the measured items (TNR's denominator): 0 means TNR cannot be known. */
  humanFailures: number;
  /** TPR and TNR clear the validation bar on dev: its verdicts may gate the mode. */
  validated: boolean;
  /** Measured items the evaluator and the humans disagree on. */
  disagreements: string[];
}

/** The human-labelled failure rate of one group of traces, with its Wilson 95 % interval (null with no labels). */
export interface HumanRate {
  labelled: number;
  failures: number;
  rate: number | null;
  ci: Interval | null;
}

/** One failure mode as people found it: its human-labelled rate and the evaluators that cover it. */
export interface HumanModeRow extends HumanRate {
  id: string;
  name: string;
  definition: string;
  /** One of the three seed modes the code checks were written for (else made on the axial board). */
  seed: boolean;
  /** Empty: "no evaluator yet". */
  evaluators: ModeEvaluator[];
  validated: boolean;
}

/** Per-mode rows plus the overall human failure rate (any mode). */
export interface HumanModes {
  taxonomyVersion: number;
  overall: HumanRate;
  modes: HumanModeRow[];
}

const rateOf = (failures: number, labelled: number): HumanRate => ({
  labelled,
  failures,
  rate: labelled ? failures / labelled : null,
  ci: labelled ? wilsonInterval(failures, labelled) : null,
});

/**
 * Joins the human labels of the annotation screens (rate: traces carrying the mode ÷ traces labelled pass or fail)
 * with the evaluators that cover each mode. Pure; evaluators are keyed by mode id, in the order given.
 */
export function humanModeRows(labels: HumanLabels, evaluators: ReadonlyMap<string, ModeEvaluator[]>): HumanModes {
  const n = labels.labels.length;
  const seed = new Set<string>(FAILURE_MODES);
  return {
    taxonomyVersion: labels.taxonomyVersion,
    overall: rateOf(labels.labels.filter((l) => !l.pass).length, n),
    modes: labels.modes.map((m) => {
      const evs = evaluators.get(m.id) ?? [];
      return {
        id: m.id,
        name: m.name,
        definition: m.definition,
        seed: seed.has(m.id),
        ...rateOf(labels.labels.filter((l) => l.modes[m.id]).length, n),
        evaluators: evs,
        validated: evs.some((e) => e.validated),
      };
    }),
  };
}

/** The seed modes' code checks, all of a mode's checks together, from the dev-split alignment rows. */
export function codeModeEvaluators(rows: readonly AlignmentRow[]): Map<string, ModeEvaluator[]> {
  const out = new Map<string, ModeEvaluator[]>();
  for (const r of rows) {
    if (r.kind !== "mode" || r.mode === "any") continue;
    const c = r.confusion;
    const checks = evaluatorsFor(r.mode).length;
    out.set(r.mode, [
      {
        id: r.evaluator,
        kind: "code",
        label: `${checks} code check${checks === 1 ? "" : "s"}`,
        n: c.n,
        tpr: c.tpr,
        tnr: c.tnr,
        humanFailures: c.tn + c.fp,
        validated: isValidated(c),
        disagreements: c.disagreements.map((d) => d.id),
      },
    ]);
  }
  return out;
}

/** Adds each mode's newest stored LLM judge (measured on dev when it was created) after the mode's code checks. */
export function withJudgeEvaluators(
  base: ReadonlyMap<string, ModeEvaluator[]>,
  judges: readonly JudgeDefinition[],
): Map<string, ModeEvaluator[]> {
  const out = new Map([...base].map(([k, v]) => [k, [...v]]));
  for (const d of judges) {
    const m = d.measurement;
    out.set(d.modeId, [
      ...(out.get(d.modeId) ?? []),
      {
        id: d.id,
        kind: "llm",
        label: `LLM judge (${d.model})`,
        n: m.n,
        tpr: m.tpr,
        tnr: m.tnr,
        humanFailures: m.tn + m.fp,
        validated: isValidated(m),
        disagreements: m.disagreements,
      },
    ]);
  }
  return out;
}
