import type Database from "better-sqlite3";
import { z } from "zod";
import { applyEvalMigrations } from "../run/eval-migrations";
import { JudgeDefinition } from "./judge-definition";

/** Stored judge definitions (table `eval_judge_definitions`): every judge ever created, the newest per mode in use. */
export interface JudgeDefinitionStore {
  put(d: JudgeDefinition): void;
  /** The newest definition of each mode, in mode-id order. */
  latestPerMode(): JudgeDefinition[];
  /** Every definition of one mode, newest first. */
  history(modeId: string): JudgeDefinition[];
}

const Row = z.object({ body: z.string() }).transform((r) => JudgeDefinition.parse(JSON.parse(r.body)));

/** The judge definitions in a SQLite database (the trace store's file); brings the eval tables up to date first. */
export function createJudgeDefinitionStore(db: Database.Database): JudgeDefinitionStore {
  applyEvalMigrations(db);
  const insert = db.prepare(
    "INSERT OR REPLACE INTO eval_judge_definitions (id, mode_id, created_at, body) VALUES (?, ?, ?, ?)",
  );
  // rowid breaks ties between two definitions created in the same millisecond: the later insert wins.
  const latest = db.prepare(
    `SELECT body FROM eval_judge_definitions d WHERE rowid = (
       SELECT rowid FROM eval_judge_definitions e WHERE e.mode_id = d.mode_id ORDER BY created_at DESC, rowid DESC LIMIT 1)
     ORDER BY mode_id`,
  );
  const ofMode = db.prepare(
    "SELECT body FROM eval_judge_definitions WHERE mode_id = ? ORDER BY created_at DESC, rowid DESC",
  );
  return {
    put(d) {
      const v = JudgeDefinition.parse(d);
      insert.run(v.id, v.modeId, v.createdAt, JSON.stringify(v));
    },
    latestPerMode: () => latest.all().map((r) => Row.parse(r)),
    history: (modeId) => ofMode.all(modeId).map((r) => Row.parse(r)),
  };
}
