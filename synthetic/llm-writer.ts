import OpenAI from "openai";
import { createLocalChatClient, type JsonChatClient, sharedLocalModel } from "../chatbot/index";
import type { SynthLlmConfig } from "./synth-env";
import { z } from "zod";
import { loadKnowledgeBase } from "../knowledge-base/index";
import type { QueryWriter, ScenarioDraft } from "./build-scenario";
import { chatJson, type JsonChatConfig } from "./chat-json";
import { DIMENSION_TEXT } from "./dimensions";
import { SERVICE_PHRASE } from "./persona";
import type { WritingStyle } from "./schema";
import { trapById } from "./traps";

/** Version of the LLM writer prompts; recorded with every generated query. */
export const LLM_WRITER_VERSION = "llm-writer-v1";

/** Step 1 output: the scenario in prose. */
export const ScenarioSketch = z.object({
  situation: z.string().min(10).max(1500),
  customerGoal: z.string().min(3).max(500),
});
export type ScenarioSketch = z.infer<typeof ScenarioSketch>;

/** Step 2 output: the customer's first message. */
export const WrittenQuery = z.object({ query: z.string().trim().min(1).max(600) });

const STYLE_TEXT: Record<WritingStyle, string> = {
  plain: "ordinary, clear English",
  terse: "very short, lower-case, no greeting, like a text message",
  long: "long and a bit rambling, with background about the bike and the day",
  typos: "casual, with one or two realistic typos (never in the shop-related key words)",
  non_native: "slightly non-native English phrasing (missing articles, unusual word order), still understandable",
};

const SKETCH_SYSTEM = `You design realistic test scenarios for the customer chatbot of a bike repair shop.
Given dimension values, an optional handbook trap (a fact a careless bot gets wrong) and the customer's hidden facts,
describe the customer's situation in 2-4 sentences and their goal. Do not write the customer's message.
Reply with JSON only: {"situation": string, "customerGoal": string}.`;

const QUERY_SYSTEM = `You write the first message a real customer types into a bike shop's chat widget.
Write only what the customer would type, in the requested style. Never mention tests, traps or dimensions.
Reply with JSON only: {"query": string}.`;

/** The user content of step 1: the tuple, the trap with its facts, and the persona's hidden facts. */
export function sketchPrompt(d: ScenarioDraft): string {
  const kb = loadKnowledgeBase();
  const trap = d.trap ? trapById(d.trap) : null;
  const p = d.persona;
  return JSON.stringify({
    intent: `${d.tuple.intent}: ${DIMENSION_TEXT.intent[d.tuple.intent]}`,
    completeness: `${d.tuple.completeness}: ${DIMENSION_TEXT.completeness[d.tuple.completeness]}`,
    behaviour: `${d.tuple.behaviour}: ${DIMENSION_TEXT.behaviour[d.tuple.behaviour]}`,
    turns: `${d.tuple.turns}: ${DIMENSION_TEXT.turns[d.tuple.turns]}`,
    trap: trap
      ? {
          description: trap.description,
          exampleQuestion: trap.seedQuery,
          facts: trap.factIds.map((id) => kb.factById.get(id)?.text ?? id),
        }
      : null,
    hiddenFacts: {
      name: p.name,
      contact: p.contact,
      bike: p.bike,
      service: SERVICE_PHRASE[p.service],
      preferredDay: p.date,
      preferredTime: p.time,
      questions: p.questions,
    },
    today: d.now,
  });
}

/** The user content of step 2: the sketch, which details may appear, and the style. */
export function queryPrompt(d: ScenarioDraft, sketch: ScenarioSketch): string {
  const p = d.persona;
  const details = { name: p.name, contact: p.contact, service: SERVICE_PHRASE[p.service], day: p.date, time: p.time };
  const allowed =
    d.tuple.completeness === "all_upfront"
      ? details
      : d.tuple.completeness === "partial"
        ? { service: details.service, day: details.day }
        : {};
  return JSON.stringify({
    situation: sketch.situation,
    goal: sketch.customerGoal,
    detailsToInclude: allowed,
    style: STYLE_TEXT[p.style],
    firstQuestion: p.questions[0] ?? null,
  });
}

/** Two-step LLM writer (tuple → scenario → natural query) with JSON output validated by zod. */
export function createLlmWriter(cfg: { client: JsonChatClient; model: string; temperature?: number }): QueryWriter {
  const call: JsonChatConfig = { client: cfg.client, model: cfg.model, temperature: cfg.temperature ?? 0.9 };
  return {
    kind: "llm",
    version: `${LLM_WRITER_VERSION}:${cfg.model}`,
    async write(d) {
      const sketch = await chatJson(
        call,
        [
          { role: "system", content: SKETCH_SYSTEM },
          { role: "user", content: sketchPrompt(d) },
        ],
        ScenarioSketch,
        `scenario ${d.id} sketch`,
      );
      const out = await chatJson(
        call,
        [
          { role: "system", content: QUERY_SYSTEM },
          { role: "user", content: queryPrompt(d, sketch) },
        ],
        WrittenQuery,
        `scenario ${d.id} query`,
      );
      return out.query;
    },
  };
}

/** The generator's chat client: OpenAI-compatible (same endpoint and key as the bot), or the shared local model. */
export function createSynthClient(c: NonNullable<SynthLlmConfig>): JsonChatClient {
  if ("local" in c) return createLocalChatClient(() => sharedLocalModel(c.local));
  return new OpenAI({ baseURL: c.baseURL, apiKey: c.apiKey, timeout: 30_000, maxRetries: 2 });
}
