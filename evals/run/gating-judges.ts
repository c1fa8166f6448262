import { handbook } from "../../knowledge-base/index";
import { judgeFromDefinition } from "../judges/create-mode-judge";
import { type JudgeConfig, judgeComplete } from "../judges/judge";
import type { JudgeCache } from "../judges/judge-cache";
import { isValidated, type JudgeDefinition } from "../judges/judge-definition";
import { openJudgeRegistry } from "../judges/judge-registry";
import { FAILURE_MODES } from "../schema";
import type { GatingJudge } from "./human-mode-gate";

/**
 * Which stored judges may gate (pure): the newest judge of each mode made on the axial board (seed modes are gated by
 * their code checks), validated on dev, and configured on the model it was validated on; the others with why not.
 */
export function pickGatingJudges(
  defs: readonly JudgeDefinition[],
  cfg: Pick<JudgeConfig, "provider" | "model"> | null,
): { use: JudgeDefinition[]; skipped: string[] } {
  const use: JudgeDefinition[] = [];
  const skipped: string[] = [];
  for (const d of defs) {
    if ((FAILURE_MODES as readonly string[]).includes(d.modeId)) continue;
    if (!isValidated(d.measurement)) skipped.push(`${d.id}: not validated on dev (TPR/TNR below the bar)`);
    else if (!cfg) skipped.push(`${d.id}: no judge model configured`);
    else if (cfg.provider !== d.provider || cfg.model !== d.model)
      skipped.push(`${d.id}: validated on ${d.provider} ${d.model}, but ${cfg.provider} ${cfg.model} is configured`);
    else use.push(d);
  }
  return { use, skipped };
}

/** The gating judges of a database for `pnpm eval` (the registry is read once and closed), over the given cache. */
export function gatingJudgesFrom(
  path: string,
  cfg: JudgeConfig | null,
  cache: JudgeCache,
  log: (line: string) => void,
): GatingJudge[] {
  const registry = openJudgeRegistry(path);
  let defs: JudgeDefinition[];
  try {
    defs = registry.definitions.latestPerMode();
  } finally {
    registry.close();
  }
  const { use, skipped } = pickGatingJudges(defs, cfg);
  for (const s of skipped) log(`eval: human-mode judge ${s}; its mode is reported, not gated`);
  if (!cfg || use.length === 0) return [];
  const complete = judgeComplete(cfg);
  return use.map((d) => ({
    modeId: d.modeId,
    judge: judgeFromDefinition(d, { complete, cache, now: () => new Date().toISOString(), h: handbook }),
  }));
}
