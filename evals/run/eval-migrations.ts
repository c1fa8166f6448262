import type { Database } from "better-sqlite3";
import { applyMigrations, type Migration } from "../../traces/index";

/**
 * The eval tables' steps (runs, verdicts, test-split uses, the judge cache, judge definitions), owner "evals" in the file's one migration
 * ledger. Step 1 uses IF NOT EXISTS because files from before the ledger already have these tables. Append new steps;
 * never edit a shipped one.
 */
export const evalMigrations: Migration[] = [
  {
    name: "001-eval-tables",
    up: `
CREATE TABLE IF NOT EXISTS eval_runs (
  id TEXT PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, dataset TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS eval_verdicts (
  run_id TEXT NOT NULL, conversation_id TEXT NOT NULL, scenario_id TEXT, evaluator TEXT NOT NULL, evaluator_version TEXT NOT NULL,
  kind TEXT NOT NULL, mode TEXT NOT NULL, verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'error')), turn INTEGER,
  reason TEXT, fact_ids TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL,
  PRIMARY KEY (run_id, conversation_id, evaluator));
CREATE INDEX IF NOT EXISTS eval_verdicts_conversation ON eval_verdicts (conversation_id);
CREATE TABLE IF NOT EXISTS eval_split_uses (split TEXT NOT NULL, labelled_hash TEXT NOT NULL, used_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS eval_judge_cache (
  prompt_hash TEXT NOT NULL, trace_hash TEXT NOT NULL, model TEXT NOT NULL, answer TEXT NOT NULL, created_at TEXT NOT NULL,
  PRIMARY KEY (prompt_hash, trace_hash));`,
  },
  {
    // LLM judges created from a failure mode (`pnpm eval judge create`, the /evals button); IF NOT EXISTS because the
    // first builds created the table on open.
    name: "002-judge-definitions",
    up: `
CREATE TABLE IF NOT EXISTS eval_judge_definitions (
  id TEXT PRIMARY KEY, mode_id TEXT NOT NULL, created_at TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS eval_judge_definitions_mode ON eval_judge_definitions (mode_id, created_at);`,
  },
  {
    // A code check that abstains is stored as `uncertain` (with its evaluator, turn and reason) instead of being lost.
    // SQLite cannot widen a CHECK in place: the table is rebuilt with every row (rowids kept, newest-first reads rely on
    // them). Dropping the old table drops the facets trigger; the verdict store adds it again on open.
    name: "003-uncertain-verdicts",
    up: `
CREATE TABLE eval_verdicts_003 (
  run_id TEXT NOT NULL, conversation_id TEXT NOT NULL, scenario_id TEXT, evaluator TEXT NOT NULL, evaluator_version TEXT NOT NULL,
  kind TEXT NOT NULL, mode TEXT NOT NULL, verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'error', 'uncertain')),
  turn INTEGER, reason TEXT, fact_ids TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL,
  PRIMARY KEY (run_id, conversation_id, evaluator));
INSERT INTO eval_verdicts_003 (rowid, run_id, conversation_id, scenario_id, evaluator, evaluator_version, kind, mode, verdict, turn, reason, fact_ids, created_at)
  SELECT rowid, run_id, conversation_id, scenario_id, evaluator, evaluator_version, kind, mode, verdict, turn, reason, fact_ids, created_at
  FROM eval_verdicts;
DROP TABLE eval_verdicts;
ALTER TABLE eval_verdicts_003 RENAME TO eval_verdicts;
CREATE INDEX eval_verdicts_conversation ON eval_verdicts (conversation_id);
CREATE INDEX eval_verdicts_uncertain ON eval_verdicts (created_at) WHERE verdict = 'uncertain';`,
  },
];

/** Brings the eval tables of a SQLite file up to date (idempotent; safe across processes). */
export function applyEvalMigrations(db: Database): number {
  return applyMigrations(db, evalMigrations, { owner: "evals" });
}
