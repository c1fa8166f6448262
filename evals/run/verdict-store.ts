import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { FailureMode } from "../schema";
import { applyEvalMigrations } from "./eval-migrations";
import { EvalSummary } from "./eval-summary";

/**
 * What an evaluator said about one conversation: pass, fail, error (a judge call failed) or uncertain (a code check
 * abstained: it could not tie a value to a subject with confidence; neither pass nor fail, queued for human review).
 */
export const VerdictValue = z.enum(["pass", "fail", "error", "uncertain"]);
export type VerdictValue = z.infer<typeof VerdictValue>;

/** One stored verdict: an evaluator's judgement of one conversation in one eval run. */
export const StoredVerdict = z.object({
  runId: z.string(),
  conversationId: z.string(),
  scenarioId: z.string().nullable(),
  evaluator: z.string(),
  evaluatorVersion: z.string(),
  kind: z.enum(["code", "llm"]),
  mode: FailureMode,
  verdict: VerdictValue,
  turn: z.number().int().nullable(),
  reason: z.string().nullable(),
  factIds: z.array(z.string()),
  createdAt: z.string(),
});
export type StoredVerdict = z.infer<typeof StoredVerdict>;

const VerdictRow = z
  .object({
    run_id: z.string(),
    conversation_id: z.string(),
    scenario_id: z.string().nullable(),
    evaluator: z.string(),
    evaluator_version: z.string(),
    kind: z.string(),
    mode: z.string(),
    verdict: z.string(),
    turn: z.number().nullable(),
    reason: z.string().nullable(),
    fact_ids: z.string(),
    created_at: z.string(),
  })
  .transform((r) =>
    StoredVerdict.parse({
      runId: r.run_id,
      conversationId: r.conversation_id,
      scenarioId: r.scenario_id,
      evaluator: r.evaluator,
      evaluatorVersion: r.evaluator_version,
      kind: r.kind,
      mode: r.mode,
      verdict: r.verdict,
      turn: r.turn,
      reason: r.reason,
      factIds: JSON.parse(r.fact_ids),
      createdAt: r.created_at,
    }),
  );

// The trace browser filters on evaluator outcomes through the trace store's facet table ("verdict:fail",
// "verdict:error", "emode:<mode>"); a trigger keeps it as verdicts arrive. Only on a file that has the trace store.
const FACETS_TRIGGER = `
CREATE TRIGGER eval_verdicts_facets AFTER INSERT ON eval_verdicts WHEN NEW.verdict <> 'pass' BEGIN
  INSERT OR IGNORE INTO conversation_facets (facet, updated_at, conversation_id)
  SELECT 'verdict:' || NEW.verdict, c.updated_at, c.id FROM conversations c WHERE c.id = NEW.conversation_id
  UNION ALL SELECT 'emode:' || NEW.mode, c.updated_at, c.id FROM conversations c
    WHERE c.id = NEW.conversation_id AND NEW.verdict = 'fail';
END;
INSERT OR IGNORE INTO conversation_facets (facet, updated_at, conversation_id)
SELECT 'verdict:' || v.verdict, c.updated_at, c.id FROM eval_verdicts v JOIN conversations c ON c.id = v.conversation_id
WHERE v.verdict <> 'pass'
UNION ALL SELECT 'emode:' || v.mode, c.updated_at, c.id FROM eval_verdicts v JOIN conversations c ON c.id = v.conversation_id
WHERE v.verdict = 'fail';`;

/** Adds the facets trigger (and the facets of verdicts stored before it) once, where the trace store's table exists. */
export function keepVerdictFacets(db: Database.Database): void {
  const has = (type: string, name: string) =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?").get(type, name) !== undefined;
  db.transaction(() => {
    if (has("table", "conversation_facets") && !has("trigger", "eval_verdicts_facets")) db.exec(FACETS_TRIGGER);
  }).immediate();
}

/** One stored eval run; `summary` is null while the run is unfinished, or when its stored JSON is unreadable. */
export const StoredRun = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  dataset: z.string(),
  summary: EvalSummary.nullable(),
});
export type StoredRun = z.infer<typeof StoredRun>;

const RunRow = z
  .object({
    id: z.string(),
    started_at: z.string(),
    finished_at: z.string().nullable(),
    dataset: z.string(),
    summary: z.string(),
  })
  .transform((r) =>
    StoredRun.parse({
      id: r.id,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      dataset: r.dataset,
      summary: EvalSummary.safeParse(JSON.parse(r.summary)).data ?? null,
    }),
  );

/** Eval runs, verdicts and test-split uses in the trace database (tables `eval_*`, created if missing). Server-only. */
export interface VerdictStore {
  startRun(run: { id: string; startedAt: string; dataset: string }): void;
  finishRun(id: string, finishedAt: string, summary: EvalSummary): void;
  putVerdicts(verdicts: StoredVerdict[]): void;
  /** Verdicts on a conversation, newest run first (for the trace browser's triage mode). */
  verdictsFor(conversationId: string): StoredVerdict[];
  /**
   * The newest `limit` uncertain verdicts (a code check abstained), newest first: the human review queue's source
   * (the caller drops conversations a human has labelled since).
   */
  uncertainVerdicts(limit?: number): StoredVerdict[];
  /** Recent eval runs, newest first, with their summary parsed (older runs' missing fields defaulted). */
  listRuns(limit?: number): StoredRun[];
  /** Records one use of a split of a labelled set and returns how many uses there now are. */
  recordSplitUse(split: string, labelledHash: string, at: string): number;
  close(): void;
}

/** Opens (creating the file and tables as needed) the verdict store on a SQLite file or ":memory:". */
export function openVerdictStore(path: string): VerdictStore {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  db.pragma("busy_timeout = 5000");
  if (path !== ":memory:") db.pragma("journal_mode = WAL");
  // As the trace and annotation stores: WAL + NORMAL commits without an fsync per conversation's verdicts.
  db.pragma("synchronous = NORMAL");
  applyEvalMigrations(db);
  keepVerdictFacets(db);
  const insertVerdict = db.prepare(
    `INSERT OR REPLACE INTO eval_verdicts (run_id, conversation_id, scenario_id, evaluator, evaluator_version, kind, mode, verdict, turn, reason, fact_ids, created_at)
     VALUES (@runId, @conversationId, @scenarioId, @evaluator, @evaluatorVersion, @kind, @mode, @verdict, @turn, @reason, @factIds, @createdAt)`,
  );
  const putAll = db.transaction((vs: StoredVerdict[]) => {
    for (const v of vs) insertVerdict.run({ ...StoredVerdict.parse(v), factIds: JSON.stringify(v.factIds) });
  });
  return {
    startRun: (r) =>
      void db
        .prepare("INSERT INTO eval_runs (id, started_at, dataset) VALUES (?, ?, ?)")
        .run(r.id, r.startedAt, r.dataset),
    finishRun: (id, at, summary) =>
      void db
        .prepare("UPDATE eval_runs SET finished_at = ?, summary = ? WHERE id = ?")
        .run(at, JSON.stringify(summary), id),
    putVerdicts: (vs) => putAll(vs),
    verdictsFor: (id) =>
      db
        .prepare(
          "SELECT v.* FROM eval_verdicts v JOIN eval_runs r ON r.id = v.run_id WHERE v.conversation_id = ? ORDER BY r.started_at DESC, v.evaluator",
        )
        .all(id)
        .map((row) => VerdictRow.parse(row)),
    uncertainVerdicts: (limit = 500) =>
      db
        .prepare(
          "SELECT * FROM eval_verdicts WHERE verdict = 'uncertain' ORDER BY created_at DESC, conversation_id, evaluator LIMIT ?",
        )
        .all(limit)
        .map((row) => VerdictRow.parse(row)),
    listRuns: (limit = 50) =>
      db
        .prepare("SELECT * FROM eval_runs ORDER BY started_at DESC LIMIT ?")
        .all(limit)
        .map((row) => RunRow.parse(row)),
    recordSplitUse(split, hash, at) {
      db.prepare("INSERT INTO eval_split_uses (split, labelled_hash, used_at) VALUES (?, ?, ?)").run(split, hash, at);
      return z
        .object({ n: z.number() })
        .parse(
          db
            .prepare("SELECT COUNT(*) AS n FROM eval_split_uses WHERE split = ? AND labelled_hash = ?")
            .get(split, hash),
        ).n;
    },
    close: () => db.close(),
  };
}
