import { allFacts, type Handbook } from "../../knowledge-base/index";
import { FAILURE_MODES, type FailureMode } from "../schema";
import { confusion } from "../stats/confusion";
import type { ModeExample } from "../stats/mode-examples";
import type { SplitName } from "../stats/split";
import { type CompleteFn, createPromptJudge, type PromptJudge } from "./judge";
import type { JudgeCache } from "./judge-cache";
import { JudgeDefinition } from "./judge-definition";
import { assertTrainOnly, buildModeJudgePrompt, type FewShot } from "./judge-prompt";
import { factsForMode, MODE_DEFINITIONS } from "./mode-definitions";

/** A failure mode as the taxonomy holds it (seed or made on the axial board). */
export interface ModeSpec {
  id: string;
  name: string;
  definition: string;
  factIds: string[];
}

/** Why a judge could not be created: an expected outcome shown to the user as is. */
export interface CreateJudgeError {
  code: "unknown_mode" | "no_examples";
  message: string;
}

const isSeed = (id: string): id is FailureMode => (FAILURE_MODES as readonly string[]).includes(id);
const failsMode = (e: ModeExample, modeId: string) => !e.pass && e.modes.includes(modeId);

/**
 * Up to 4 train examples for a mode: two failures of it, one borderline pass (a failure of another mode, or a pass
 * of a scenario that also fails) and one plain pass. The caller passes train items only
 * (`createModeJudge` asserts it).
 */
export function selectModeShots(train: readonly ModeExample[], modeId: string): FewShot[] {
  const fails = train.filter((e) => failsMode(e, modeId)).slice(0, 2);
  const others = train.filter((e) => !failsMode(e, modeId));
  const failingScenarios = new Set(train.filter((e) => !e.pass).map((e) => e.scenario));
  const borderline = others.find((e) => !e.pass || failingScenarios.has(e.scenario));
  const plain = others.find((e) => e !== borderline && e.pass);
  return [...fails, ...(borderline ? [borderline] : []), ...(plain ? [plain] : [])].map((e) => {
    const fail = failsMode(e, modeId);
    return {
      id: e.id,
      transcript: e.transcript,
      verdict: fail ? "fail" : "pass",
      critique: fail
        ? e.note || "See the failing turn."
        : e.pass
          ? e.note || "Every claim matches the handbook."
          : `No ${modeId} failure in the assistant's messages.`,
      borderline: e === borderline,
    };
  });
}

/**
 * The definition a judge of this mode is told: a seed mode's judge definition; for a mode made on the axial board its
 * name and definition, plus the reviewers' notes on its train failures when the definition is thin.
 */
export function judgeDefinitionText(mode: ModeSpec, train: readonly ModeExample[]): string {
  if (isSeed(mode.id)) return MODE_DEFINITIONS[mode.id];
  const base = `${mode.name}: ${mode.definition.trim() || "a failure mode the reviewers named on the axial board."}`;
  const notes = train.filter((e) => failsMode(e, mode.id) && e.note.trim()).map((e) => `- ${e.note.trim()}`);
  return notes.length ? `${base}\nReviewers' notes on conversations with this failure:\n${notes.join("\n")}` : base;
}

/** The handbook facts a judge of this mode reads: the mode's cited facts, a seed mode's sections, else every fact. */
export function factsForSpec(h: Handbook, mode: ModeSpec) {
  if (mode.factIds.length) {
    const wanted = new Set(mode.factIds);
    return allFacts(h).filter((f) => wanted.has(f.id));
  }
  return isSeed(mode.id) ? factsForMode(h, mode.id) : allFacts(h);
}

/** A judge (and its prompt) rebuilt from a stored definition: what the judges registry runs. */
export function judgeFromDefinition(
  d: JudgeDefinition,
  o: { complete: CompleteFn; cache: JudgeCache; now: () => string; h: Handbook },
): PromptJudge {
  return createPromptJudge({
    id: d.id,
    system: { content: d.system, hash: d.promptHash },
    provider: d.provider,
    model: d.model,
    complete: o.complete,
    cache: o.cache,
    now: o.now,
    h: o.h,
  });
}

/** How a judge is built and measured: the split seed, the handbook, the model that answers and who asked. */
export interface JudgeBuild {
  seed: number;
  h: Handbook;
  provider: string;
  model: string;
  complete: CompleteFn;
  cache: JudgeCache;
  now: () => string;
  createdBy: string;
}

/** A created judge's definition to store, or why none could be made. */
export type CreatedJudge = { ok: true; definition: JudgeDefinition } | { ok: false; error: CreateJudgeError };

/**
 * Creates an LLM judge for one mode from its definition and its train-split examples, then measures it on the dev
 * split (TPR/TNR, pass = positive; failed calls counted apart). `examples` must already be the ones coded for the
 * mode (`codedFor`). Returns the definition to store, or why there is nothing to learn from.
 */
export async function createModeJudge(
  o: JudgeBuild & { mode: ModeSpec; examples: readonly ModeExample[]; split: ReadonlyMap<string, SplitName> },
): Promise<CreatedJudge> {
  const { mode } = o;
  if (!o.examples.some((e) => failsMode(e, mode.id)))
    return {
      ok: false,
      error: {
        code: "no_examples",
        message: `No trace is labelled with "${mode.name}" yet: label some failures with it first.`,
      },
    };
  const train = o.examples.filter((e) => o.split.get(e.id) === "train");
  const dev = o.examples.filter((e) => o.split.get(e.id) === "dev");
  const shots = selectModeShots(train, mode.id);
  assertTrainOnly(shots, o.split);
  const system = buildModeJudgePrompt(
    o.h,
    { definition: judgeDefinitionText(mode, train), facts: factsForSpec(o.h, mode) },
    shots,
  );
  const id = `judge-${mode.id}-${system.hash.slice(0, 8)}`;
  const judge = createPromptJudge({ ...o, id, system });
  const verdicts = await Promise.all(dev.map(async (e) => ({ e, v: await judge.judge(e.transcript) })));
  const decided = verdicts.flatMap(({ e, v }) =>
    v.verdict === "error" ? [] : [{ id: e.id, human: !failsMode(e, mode.id), predicted: v.verdict === "pass" }],
  );
  const c = confusion(decided);
  return {
    ok: true,
    definition: JudgeDefinition.parse({
      id,
      modeId: mode.id,
      modeName: mode.name,
      definition: judgeDefinitionText(mode, train),
      factIds: factsForSpec(o.h, mode).map((f) => f.id),
      shotIds: shots.map((s) => s.id),
      system: system.content,
      promptHash: system.hash,
      provider: o.provider,
      model: o.model,
      createdAt: o.now(),
      createdBy: o.createdBy,
      measurement: {
        split: "dev",
        seed: o.seed,
        n: decided.length,
        tp: c.tp,
        fn: c.fn,
        tn: c.tn,
        fp: c.fp,
        tpr: c.tpr,
        tnr: c.tnr,
        errors: verdicts.length - decided.length,
        disagreements: c.disagreements.map((d) => d.id),
      },
    }),
  };
}
