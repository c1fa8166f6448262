import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import { z } from "zod";
import { applyEvalMigrations } from "../run/eval-migrations";

/** A parsed judge answer (the model's JSON output). */
export const JudgeAnswer = z.object({
  critique: z.string(),
  verdict: z.enum(["pass", "fail"]),
  turn: z.number().int().positive().nullable().optional(),
  /** A scored judge's s = log P(fail) − log P(pass); its verdict is re-derived from the current threshold on a hit. */
  score: z.number().optional(),
});
export type JudgeAnswer = z.infer<typeof JudgeAnswer>;

/**
 * The first half of a judge cache key: the model, the prompt's content hash and the handbook version together, so a
 * new `JUDGE_MODEL`, a changed prompt or a changed handbook never reuses an old verdict.
 */
export function judgeCacheKey(k: { model: string; promptHash: string; handbookVersion: string }): string {
  return createHash("sha256").update(`${k.model}\0${k.promptHash}\0${k.handbookVersion}`).digest("hex").slice(0, 16);
}

/** Judge answers cached by (judgeCacheKey, trace hash): the same prompt on the same trace is never paid twice. */
export interface JudgeCache {
  get(promptHash: string, traceHash: string): JudgeAnswer | null;
  put(promptHash: string, traceHash: string, answer: JudgeAnswer, model: string, at: string): void;
}

/** An in-memory cache (tests, one-off runs). */
export function createMemoryJudgeCache(): JudgeCache {
  const map = new Map<string, JudgeAnswer>();
  return {
    get: (p, t) => map.get(`${p}|${t}`) ?? null,
    put: (p, t, answer) => void map.set(`${p}|${t}`, answer),
  };
}

const Row = z.object({ answer: z.string().transform((s) => JudgeAnswer.parse(JSON.parse(s))) });

/** The SQLite cache, in table `eval_judge_cache` of the given database (created by the eval migrations if missing). */
export function createSqliteJudgeCache(db: Database.Database): JudgeCache {
  applyEvalMigrations(db);
  const select = db.prepare("SELECT answer FROM eval_judge_cache WHERE prompt_hash = ? AND trace_hash = ?");
  const insert = db.prepare(
    "INSERT OR REPLACE INTO eval_judge_cache (prompt_hash, trace_hash, model, answer, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  return {
    get(p, t) {
      const row = select.get(p, t);
      return row ? Row.parse(row).answer : null;
    },
    put(p, t, answer, model, at) {
      insert.run(p, t, model, JSON.stringify(answer), at);
    },
  };
}
