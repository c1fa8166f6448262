import {
  axialBoard,
  suggestGroups,
  suggestClient,
  suggestGroupsWithLlm,
  suggestModelFromEnv,
} from "../../../../evals/annotation/index";
import { redactSecrets } from "../../../../traces/index";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { getAnnotationDeps } from "../../../annotate/_server/annotation-deps";
import { SuggestRequest } from "../../../annotate/_server/api-schema";

const SUGGEST_NOTES = 2000;

/**
 * POST /api/annotate/suggestions: draft groupings of the failed notes that carry no mode yet. With a model configured
 * (and engine "auto") the LLM drafts them; otherwise, or when the model's answer is unusable, text clustering does.
 */
export const POST = route({ name: "suggest groups", access: "label" }, async ({ request }) => {
  const read = await readJson(request, SuggestRequest, 16 * 1024);
  if (!read.ok) return read.response;
  // The oldest SUGGEST_NOTES failed notes: drafting groups needs a sample of notes, never all of them at 250k labels.
  const board = axialBoard(getAnnotationDeps(), { limit: SUGGEST_NOTES });
  const notes = board.notes.filter((n) => n.modes.length === 0 && n.note.trim() !== "");
  const modes = board.taxonomy.taxonomy.modes;
  const model = read.body.engine === "auto" ? suggestModelFromEnv(process.env) : null;
  if (model) {
    const client = suggestClient(model);
    const r = await suggestGroupsWithLlm({ client, model: model.model }, notes, modes);
    if (r.ok) return ok({ engine: "llm", model: model.model, suggestions: r.suggestions });
    // The SDK's message repeats the server's error text, and some OpenAI-compatible servers echo the key in it.
    const withoutKey =
      model.apiKey.length >= 4 ? r.error.message.split(model.apiKey).join("[redacted]") : r.error.message;
    const warning = redactSecrets(withoutKey);
    return ok({ engine: "offline", warning, suggestions: suggestGroups(notes, modes) });
  }
  return ok({ engine: "offline", suggestions: suggestGroups(notes, modes) });
});
