import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";

/** A failing code-check verdict of one eval run (what the run's failure rates and first-failure matrix count). */
export const RunFailure = z.object({
  conversationId: z.string(),
  scenarioId: z.string().nullable(),
  evaluator: z.string(),
  mode: z.string(),
  turn: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type RunFailure = z.infer<typeof RunFailure>;

/** A conversation behind a number on /evals: its first failing turn of the mode, the state it left, the failures. */
export interface FailingConversation {
  conversationId: string;
  scenarioId: string | null;
  firstTurn: number | null;
  state: string | null;
  failures: RunFailure[];
}

/**
 * The conversations of a run that a mode's code checks failed ("any": any mode), with the state after the first failing
 * turn (from `stateAfter(conversationId, turn)`), optionally only those whose first failure left `state`. Pure; the
 * same rule as the summary's rates and first-failure matrix.
 */
export function failingConversations(
  failures: readonly RunFailure[],
  mode: string,
  stateAfter: (conversationId: string, turn: number) => string | null,
  state?: string,
): FailingConversation[] {
  const byConversation = new Map<string, RunFailure[]>();
  for (const f of failures)
    if (mode === "any" || f.mode === mode)
      byConversation.set(f.conversationId, [...(byConversation.get(f.conversationId) ?? []), f]);
  const out: FailingConversation[] = [];
  for (const [conversationId, fs] of byConversation) {
    const turns = fs.flatMap((f) => (f.turn === null ? [] : [f.turn]));
    const firstTurn = turns.length ? Math.min(...turns) : null;
    const at = firstTurn === null ? null : stateAfter(conversationId, firstTurn);
    if (state !== undefined && at !== state) continue;
    out.push({ conversationId, scenarioId: fs[0]!.scenarioId, firstTurn, state: at, failures: fs });
  }
  return out.sort((a, b) => (a.scenarioId ?? a.conversationId).localeCompare(b.scenarioId ?? b.conversationId));
}

/** Read access to the failing code-check verdicts of stored eval runs (table `eval_verdicts`). Server-only. */
export interface RunFailureReader {
  failures(runId: string): RunFailure[];
  close(): void;
}

/** Opens a read connection to the eval verdicts in a SQLite file (the table may not exist yet: no failures). */
export function openRunFailureReader(path: string): RunFailureReader {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  db.pragma("busy_timeout = 5000");
  const exists = () =>
    Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'eval_verdicts'").get());
  return {
    failures(runId) {
      if (!exists()) return [];
      return db
        .prepare(
          `SELECT conversation_id AS conversationId, scenario_id AS scenarioId, evaluator, mode, turn, reason
           FROM eval_verdicts WHERE run_id = ? AND kind = 'code' AND verdict = 'fail' ORDER BY conversation_id, evaluator`,
        )
        .all(runId)
        .map((r) => RunFailure.parse(r));
    },
    close: () => db.close(),
  };
}
