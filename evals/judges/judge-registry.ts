import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { createSqliteJudgeCache, type JudgeCache } from "./judge-cache";
import { createJudgeDefinitionStore, type JudgeDefinitionStore } from "./judge-definition-store";

/** The stored judges of a database and their verdict cache: where created judges are kept and loaded from. */
export interface JudgeRegistry {
  definitions: JudgeDefinitionStore;
  cache: JudgeCache;
  close(): void;
}

/** Opens the judge tables (`eval_judge_definitions`, `eval_judge_cache`) in a SQLite file; server-only. */
export function openJudgeRegistry(path: string): JudgeRegistry {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma("busy_timeout = 5000");
    return { definitions: createJudgeDefinitionStore(db), cache: createSqliteJudgeCache(db), close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
