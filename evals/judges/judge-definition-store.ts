import type Database from "better-sqlite3";
import { z } from "zod";
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

/** The judge definitions in a SQLite database (the trace store's file); creates the table when missing. */
export function createJudgeDefinitionStore(db: Database.Database): JudgeDefinitionStore {
  db.exec(`CREATE TABLE IF NOT EXISTS eval_judge_definitions (
    id TEXT PRIMARY KEY, mode_id TEXT NOT NULL, created_at TEXT NOT NULL, body TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS eval_judge_definitions_mode ON eval_judge_definitions (mode_id, created_at);`);
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
