import OpenAI from "openai";
import { z } from "zod";
import {
  createLocalChatClient,
  type JsonChatClient,
  type LocalModelConfig,
  localModelName,
  parseLlmEnv,
  sharedLocalModel,
} from "../../chatbot/index";
import { GroupSuggestion, type NoteForGrouping } from "./group-suggestion";
import type { FailureModeDef } from "./schema";

/** What the LLM suggester needs: an OpenAI-compatible client (or a fake) and the model to ask. */
export interface LlmSuggestDeps {
  client: JsonChatClient;
  model: string;
}

/** The JSON the model must answer with. */
const LlmGrouping = z.object({
  groups: z
    .array(
      z.object({
        existingModeId: z.string().nullable().optional(),
        name: z.string().trim().min(1).max(60).optional(),
        definition: z.string().trim().max(400).optional(),
        traceIds: z.array(z.string()).min(1),
        reason: z.string().max(400).default(""),
      }),
    )
    .max(30),
});

/** Most notes sent in one request (keeps the prompt bounded). */
const MAX_NOTES = 200;

/** The chat messages of a grouping request (pure; exported for tests). */
export function groupingPrompt(notes: readonly NoteForGrouping[], modes: readonly FailureModeDef[]) {
  const system = [
    "You help with axial coding in error analysis of a bike shop's customer chatbot.",
    "Group the reviewers' open-code notes (one per failed conversation) into failure modes.",
    "Prefer an existing mode when a note fits its definition; propose a new mode (snake_case name, one-line",
    "definition) only for notes that fit none. A note may appear in at most one group. Leave out notes that fit nothing.",
    'Answer with JSON only: {"groups":[{"existingModeId":string|null,"name":string,"definition":string,"traceIds":[string],"reason":string}]}',
  ].join(" ");
  const user = JSON.stringify({
    modes: modes.map((m) => ({ id: m.id, name: m.name, definition: m.definition })),
    notes: notes.slice(0, MAX_NOTES).map((n) => ({ traceId: n.traceId, note: n.note })),
  });
  return [
    { role: "system" as const, content: system },
    { role: "user" as const, content: user },
  ];
}

/**
 * Asks the configured model for a draft grouping and validates it with zod: unknown trace ids are dropped, unknown
 * mode ids become new-mode suggestions. A reply that cannot be parsed is an error value, never a silent empty list.
 */
export async function suggestGroupsWithLlm(
  deps: LlmSuggestDeps,
  notes: readonly NoteForGrouping[],
  modes: readonly FailureModeDef[],
): Promise<
  { ok: true; suggestions: GroupSuggestion[] } | { ok: false; error: { code: "llm_failed"; message: string } }
> {
  if (notes.length === 0) return { ok: true, suggestions: [] };
  let content: string;
  try {
    const response = await deps.client.chat.completions.create({
      model: deps.model,
      temperature: 0,
      response_format: { type: "json_object" },
      messages: groupingPrompt(notes, modes),
    });
    content = response.choices[0]?.message?.content ?? "";
  } catch (error) {
    return { ok: false, error: { code: "llm_failed", message: `The model call failed: ${(error as Error).message}` } };
  }
  let parsed: z.infer<typeof LlmGrouping>;
  try {
    parsed = LlmGrouping.parse(JSON.parse(content));
  } catch (error) {
    const detail = error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message;
    return {
      ok: false,
      error: { code: "llm_failed", message: `The model's grouping is not valid JSON of the asked shape: ${detail}` },
    };
  }
  const known = new Set(notes.map((n) => n.traceId));
  const modeIds = new Set(modes.map((m) => m.id));
  const used = new Set<string>();
  const suggestions: GroupSuggestion[] = [];
  parsed.groups.forEach((g, i) => {
    const traceIds = [...new Set(g.traceIds)].filter((id) => known.has(id) && !used.has(id));
    if (traceIds.length === 0) return;
    for (const id of traceIds) used.add(id);
    const reason = g.reason || "Suggested by the model.";
    if (g.existingModeId && modeIds.has(g.existingModeId))
      suggestions.push(
        GroupSuggestion.parse({ id: `llm-${i}`, kind: "assign", modeId: g.existingModeId, traceIds, reason }),
      );
    else if (g.name)
      suggestions.push(
        GroupSuggestion.parse({
          id: `llm-${i}`,
          kind: "new_mode",
          name: g.name,
          definition: g.definition ?? "",
          traceIds,
          reason,
        }),
      );
  });
  return { ok: true, suggestions };
}

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const SuggestEnv = z.object({
  LLM_PROVIDER: z.preprocess(blank, z.enum(["openai", "offline", "local"]).optional()),
  OPENAI_API_KEY: z.preprocess(blank, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(blank, z.url({ protocol: /^https?$/ }).optional()),
  ANNOTATION_MODEL: z.preprocess(blank, z.string().optional()),
  JUDGE_MODEL: z.preprocess(blank, z.string().optional()),
});

/** Where suggestions come from: an OpenAI-compatible server, or the process's shared local model. */
export type SuggestModel =
  | { model: string; baseURL: string | undefined; apiKey: string }
  | { model: string; local: LocalModelConfig; apiKey: "" };

/** The chat client for a suggestion model (HTTP with a 30 s timeout and one retry, or the local model in-process). */
export function suggestClient(m: SuggestModel): JsonChatClient {
  if ("local" in m) return createLocalChatClient(() => sharedLocalModel(m.local));
  return new OpenAI({ apiKey: m.apiKey, baseURL: m.baseURL, timeout: 30_000, maxRetries: 1 });
}

/**
 * The suggestion model from the environment, or null when none is configured (offline). Uses the same
 * OpenAI-compatible settings as the chatbot; the model is `ANNOTATION_MODEL`, else `JUDGE_MODEL`, else gpt-4o-mini; with LLM_PROVIDER=local, the local GGUF.
 */
export function suggestModelFromEnv(env: Record<string, string | undefined>): SuggestModel | null {
  const e = SuggestEnv.safeParse(env);
  if (!e.success) return null;
  const { LLM_PROVIDER, OPENAI_API_KEY, OPENAI_BASE_URL } = e.data;
  if (LLM_PROVIDER === "local") {
    const llm = parseLlmEnv(env);
    return llm.provider === "local" ? { model: localModelName(llm.path), local: llm, apiKey: "" } : null;
  }
  if (LLM_PROVIDER === "offline" || (!OPENAI_API_KEY && !OPENAI_BASE_URL)) return null;
  return {
    model: e.data.ANNOTATION_MODEL ?? e.data.JUDGE_MODEL ?? "gpt-4o-mini",
    baseURL: OPENAI_BASE_URL,
    apiKey: OPENAI_API_KEY ?? "not-needed",
  };
}
