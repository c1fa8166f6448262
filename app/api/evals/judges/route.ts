import { z } from "zod";
import { handbook } from "../../../../knowledge-base/index";
import { createJudgeForMode, judgeComplete, judgeConfig } from "../../../../evals/index";
import { apiError, domainError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { ALIGNMENT_SEED } from "../../../evals/_server/load-evals-page";
import { getJudgeRegistry, humanModeSources } from "../../../evals/_server/human-modes";

const CreateJudge = z.object({ mode: z.string().trim().min(1).max(60) });

/**
 * POST /api/evals/judges `{ mode }`: creates an LLM judge for the failure mode from its definition and its train-split
 * examples on the configured judge model, measures it on dev, stores it, and answers with the stored definition.
 */
export const POST = route({ name: "create judge", access: "label" }, async ({ request, member }) => {
  const read = await readJson(request, CreateJudge, 4 * 1024);
  if (!read.ok) return read.response;
  const cfg = judgeConfig(process.env);
  if (!cfg) return apiError("no_judge_model");
  const registry = getJudgeRegistry();
  const r = await createJudgeForMode(humanModeSources(), {
    mode: read.body.mode,
    seed: ALIGNMENT_SEED,
    h: handbook,
    provider: cfg.provider,
    model: cfg.model,
    complete: judgeComplete(cfg),
    cache: registry.cache,
    now: () => new Date().toISOString(),
    createdBy: member.email ?? member.name,
  });
  if (!r.ok) return domainError(r.error);
  registry.definitions.put(r.definition);
  return ok({ judge: r.definition }, 201);
});
