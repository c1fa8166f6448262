import { type Handbook, handbook } from "../../knowledge-base/index";
import { redactSecrets } from "../../traces/index";
import type { FailureMode, Transcript } from "../schema";
import type { Judge, JudgeVerdict } from "./judge";
import { type JudgeCache, judgeCacheKey } from "./judge-cache";
import { buildJudgeSystemPrompt, type FewShot, handbookVersion, judgeMessages, traceHash } from "./judge-prompt";
import type { ScoreFn } from "./judge-score";
import { verdictScore } from "./verdict-score";
import { verdictAt } from "./youden-threshold";

/** A scored transcript, or why it has no score (`unsupported`: the endpoint gives no log probabilities). */
export type ScoreOutcome =
  | { ok: true; score: number; cached: boolean }
  | { ok: false; error: string; unsupported: boolean };

/** A judge whose verdict is a score against a calibrated threshold instead of a generated word. */
export interface ScoredJudge extends Judge {
  /** The decision threshold on s = log P(fail) − log P(pass); null before calibration (verdicts are then errors). */
  threshold: number | null;
  /** s for one transcript (cached by judge version and trace hash, like verdicts). */
  score(t: Transcript): Promise<ScoreOutcome>;
}

/**
 * A judge for a seed mode that reads its verdict from the first answer token's probabilities: the prompt's examples
 * end "Answer: pass|fail" and so does the prompt, right before the word; s > threshold is fail. Its id ends in
 * `-scored` and its prompt (and so its version) differs from the generated judge's.
 */
export function createScoredJudge(o: {
  mode: FailureMode;
  shots: FewShot[];
  provider?: string;
  model: string;
  score: ScoreFn;
  threshold: number | null;
  cache: JudgeCache;
  now: () => string;
  h?: Handbook;
}): ScoredJudge {
  const h = o.h ?? handbook;
  const system = buildJudgeSystemPrompt(h, o.mode, o.shots, "word");
  const version = judgeCacheKey({ model: o.model, promptHash: system.hash, handbookVersion: handbookVersion(h) });
  async function score(t: Transcript): Promise<ScoreOutcome> {
    const hit = o.cache.get(version, traceHash(t));
    if (hit?.score !== undefined) return { ok: true, score: hit.score, cached: true };
    let top: Awaited<ReturnType<ScoreFn>>;
    try {
      top = await o.score(judgeMessages(system.content, t, h));
    } catch (error) {
      return { ok: false, error: redactSecrets(`judge call failed: ${(error as Error).message}`), unsupported: false };
    }
    if (!top) return { ok: false, error: "the endpoint returned no log probabilities", unsupported: true };
    const s = verdictScore(top);
    if (!s.ok) return { ok: false, error: redactSecrets(s.error), unsupported: false };
    const answer = {
      critique: critique(s.score, o.threshold),
      verdict: verdictAt(s.score, o.threshold ?? 0),
      turn: null,
    };
    o.cache.put(version, traceHash(t), { ...answer, score: s.score }, o.model, o.now());
    return { ok: true, score: s.score, cached: false };
  }
  return {
    id: `judge-${o.mode}-scored`,
    mode: o.mode,
    provider: o.provider ?? "openai",
    model: o.model,
    promptHash: system.hash,
    version,
    threshold: o.threshold,
    score,
    async judge(t): Promise<JudgeVerdict> {
      const base = { promptHash: system.hash, traceHash: traceHash(t) };
      if (o.threshold === null) return { verdict: "error", error: "scored judge not calibrated", ...base };
      const s = await score(t);
      if (!s.ok) return { verdict: "error", error: s.error, ...base };
      const verdict = verdictAt(s.score, o.threshold);
      return { verdict, critique: critique(s.score, o.threshold), turn: null, cached: s.cached, ...base };
    },
  };
}

const critique = (s: number, threshold: number | null) =>
  `s = log P(fail) − log P(pass) = ${s.toFixed(3)}${threshold === null ? "" : ` against threshold ${threshold.toFixed(3)}`}`;
