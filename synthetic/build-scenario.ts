import { hashSeed, mulberry32, rngFor } from "../chatbot/index";
import { DEFAULT_BASE_NOW, scenarioNow } from "./calendar";
import { DIMENSION_TEXT } from "./dimensions";
import { buildPersona } from "./persona";
import { sampleTuples, type TupleSample } from "./sample-tuples";
import type { Scenario, Tuple } from "./schema";
import { TEMPLATE_WRITER_VERSION, writeTemplateQuery } from "./template-writer";
import { trapById } from "./traps";

/** Version of the generator (sampling, personas, simulators); bump when a change alters generated scenarios. */
export const GENERATOR_VERSION = "synthetic-v1";

/** A scenario before its first message is written. */
export type ScenarioDraft = Omit<Scenario, "query" | "writer" | "generatorVersion">;

/** Writes the opening message of a scenario: the offline templates or an LLM. */
export interface QueryWriter {
  readonly kind: "template" | "llm";
  readonly version: string;
  write(draft: ScenarioDraft): Promise<string>;
}

/** Options of a generation run. */
export interface GenerateOptions {
  count: number;
  seed: number;
  multiTurnShare: number;
  /** Reference time the scenarios' `now` values are derived from. */
  baseNow?: string;
  /** Who plays the customer in multi-turn scenarios. */
  user?: "scripted" | "llm";
}

/** Turns a tuple into a full scenario draft: own seed, fixed `now`, persona, goal and target fact ids. Pure. */
export function draftScenario(
  tuple: Tuple,
  index: number,
  runSeed: number,
  baseNow = DEFAULT_BASE_NOW,
  user: "scripted" | "llm" = "scripted",
): ScenarioDraft {
  const seed = hashSeed(`${runSeed}:${index}`);
  const rng = mulberry32(seed);
  const trap = tuple.trap ? trapById(tuple.trap) : null;
  const now = scenarioNow(baseNow, rng, trap);
  const { persona, factIds } = buildPersona({ tuple, trap, rng, now, uniq: seed });
  return {
    id: `syn-${runSeed}-${String(index + 1).padStart(3, "0")}`,
    seed,
    now,
    tuple,
    trap: tuple.trap,
    factIds,
    goal: trap ? trap.goal : DIMENSION_TEXT.intent[tuple.intent],
    persona,
    user: tuple.turns === "multi" ? user : "scripted",
    maxTurns: tuple.turns === "single" ? 1 : 12,
  };
}

/** The offline writer: seeded templates with varied style. */
export const templateWriter: QueryWriter = {
  kind: "template",
  version: TEMPLATE_WRITER_VERSION,
  async write(d) {
    return writeTemplateQuery({ tuple: d.tuple, persona: d.persona, trapId: d.trap }, rngFor(d.seed, "query"));
  },
};

/** Samples tuples and writes one scenario per tuple (same options and writer → same scenarios). */
export async function generateScenarios(
  opts: GenerateOptions,
  writer: QueryWriter = templateWriter,
): Promise<{ scenarios: Scenario[]; sample: TupleSample }> {
  const sample = sampleTuples(opts);
  const scenarios: Scenario[] = [];
  for (const [i, tuple] of sample.tuples.entries()) {
    const draft = draftScenario(tuple, i, opts.seed, opts.baseNow, opts.user);
    const query = await writer.write(draft);
    scenarios.push({
      ...draft,
      query,
      writer: writer.kind,
      generatorVersion: `${GENERATOR_VERSION}/${writer.version}`,
    });
  }
  return { scenarios, sample };
}
