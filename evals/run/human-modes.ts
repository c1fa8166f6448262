import type { TraceStore } from "../../traces/index";
import type { HumanLabels, Taxonomy } from "../annotation/index";
import { type CreatedJudge, createModeJudge, type JudgeBuild } from "../judges/create-mode-judge";
import type { JudgeDefinition } from "../judges/judge-definition";
import type { LabelledTranscript } from "../schema";
import { codeAlignment } from "../stats/alignment";
import { annotatedTranscripts } from "../stats/annotated-set";
import { codeModeEvaluators, type HumanModes, humanModeRows, withJudgeEvaluators } from "../stats/human-mode-rows";
import { annotatedExamples, codedFor, handwrittenExamples, mergeExamples } from "../stats/mode-examples";
import { splitLabelled } from "../stats/split";

/** What the human-mode figures are read from: the annotation tables, the traces, the hand-written set, stored judges. */
export interface HumanModeSources {
  labels: HumanLabels;
  taxonomy: Taxonomy;
  traces: Pick<TraceStore, "getConversation" | "getTurns">;
  handwritten: readonly LabelledTranscript[];
  judges: readonly JudgeDefinition[];
}

/** The human modes with the split their evaluators were measured on (the `pnpm eval align` split of the same items). */
export type HumanModesReport = HumanModes & { split: { name: "dev"; seed: number; n: number } };

/** The labelled union `pnpm eval align` measures on and its seeded split. */
function labelledUnion(s: HumanModeSources, seed: number) {
  const annotated = annotatedTranscripts(s.labels, s.traces);
  const known = new Set(s.handwritten.map((i) => i.id));
  const items = [...s.handwritten, ...annotated.filter((i) => !known.has(i.id))];
  const split = splitLabelled(
    items.map((i) => ({ id: i.id, group: i.scenario, pass: i.label.pass })),
    seed,
  );
  return { items, split };
}

/**
 * Every taxonomy mode with its human-labelled rate (Wilson 95 %) and the evaluators covering it: a seed mode's code
 * checks measured on the dev split of the labelled union, and each mode's newest stored judge (measured at creation).
 */
export function measureHumanModes(s: HumanModeSources, seed: number): HumanModesReport {
  const { items, split } = labelledUnion(s, seed);
  const dev = items.filter((i) => split.get(i.id) === "dev");
  const evaluators = withJudgeEvaluators(codeModeEvaluators(codeAlignment(dev)), s.judges);
  return { ...humanModeRows(s.labels, evaluators), split: { name: "dev", seed, n: dev.length } };
}

/** Finds a taxonomy mode by id or by name (case-insensitive). */
export function findMode(taxonomy: Taxonomy, ref: string) {
  const r = ref.trim().toLowerCase();
  return taxonomy.modes.find((m) => m.id === r) ?? taxonomy.modes.find((m) => m.name.toLowerCase() === r) ?? null;
}

/**
 * `judge create`: builds an LLM judge for one mode from its definition and its train-split examples, measures it on
 * dev and returns the definition to store (the caller stores it). Unknown modes and modes nobody labelled are values.
 */
export async function createJudgeForMode(s: HumanModeSources, o: JudgeBuild & { mode: string }): Promise<CreatedJudge> {
  const mode = findMode(s.taxonomy, o.mode);
  if (!mode)
    return {
      ok: false,
      error: {
        code: "unknown_mode",
        message: `There is no failure mode "${o.mode}"; modes: ${s.taxonomy.modes.map((m) => m.id).join(", ")}.`,
      },
    };
  const examples = mergeExamples(handwrittenExamples(s.handwritten), annotatedExamples(s.labels, s.traces));
  const { split } = labelledUnion(s, o.seed);
  return createModeJudge({ ...o, mode, examples: codedFor(mode.id, examples), split });
}
