import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { applyMigrations } from "./apply-migrations";
import { contactKey, nameKey } from "./booking-keys";
import { conversationListQuery } from "./conversation-list-query";
import {
  BookingDbRow,
  bookingParams,
  ConversationDbRow,
  FeedbackDbRow,
  spanParams,
  TurnDbRow,
  turnParams,
  turnSpansJson,
} from "./rows";
import { savedViewsOn } from "./saved-views";
import { BookingRow, Feedback, JsonText, NewConversation, SpanRecord, TurnRecord } from "./schema";
import { listAllSql, listCountSql, listPageSql, prepareStatements } from "./statements";
import { DuplicateTurnError, UnknownConversationError } from "./store-errors";
import { startStoreWorker } from "./store-worker";
import { createTextIndexer } from "./text-index";
import type { ConversationSummary, TraceStore, TurnSideEffects, TurnWithSpans } from "./trace-store";

const PREVIEW_CHARS = 120;
const SummaryExtras = z.object({ preview: z.string().nullable(), feedback_up: z.number(), feedback_down: z.number() });
const Spans = z.array(SpanRecord);
const TurnSpansColumn = z.looseObject({ spans: JsonText(Spans) });

const sqliteCode = (error: unknown) => (error as { code?: unknown }).code;
const preview = (text: string | null) => {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
};

/** Options of `openTraceStore`. */
export interface TraceStoreOptions {
  /**
   * WAL checkpoints and text indexing on a worker thread instead of inside the commit that crosses the checkpoint
   * threshold (long-lived processes that commit turns: the app, `pnpm chat`, eval runs). The committing connection
   * then checkpoints only as a backstop, at a much larger WAL. Text searches always index what is missing first.
   */
  background?: boolean;
  /** Hears background failures and a failed text-index catch-up (default: a line on stderr). */
  onBackgroundError?: (error: Error) => void;
}

const INLINE_CHECKPOINT_PAGES = 1000; // SQLite's default
const BACKSTOP_CHECKPOINT_PAGES = 20_000; // ~80 MB of WAL, reached only if the worker falls behind or fails
const WORKER_INTERVAL_MS = 250;

/**
 * Opens (creating file, parent directory and schema as needed) the SQLite trace store. ":memory:" gives a private
 * in-memory store. WAL + busy_timeout let the app, CLI and eval runs share one file.
 */
export function openTraceStore(path: string, options: TraceStoreOptions = {}): TraceStore {
  const inMemory = path === ":memory:" || path === "";
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    applyMigrations(db);
  } catch (error) {
    db.close();
    throw new Error(`cannot open trace store at ${path}: ${(error as Error).message}`, { cause: error });
  }
  const report =
    options.onBackgroundError ?? ((error: Error) => process.stderr.write(`[bikeshop] trace store: ${error.message}\n`));
  const worker = options.background && !inMemory ? startBackground(db, path, report) : null;
  const textIndex = createTextIndexer(db);
  const s = prepareStatements(db);
  const listStatements = new Map<string, Database.Statement>();
  const cached = (sql: string) => {
    const stmt = listStatements.get(sql) ?? db.prepare(sql);
    listStatements.set(sql, stmt);
    return stmt;
  };

  const insertConversation = (c: NewConversation) => {
    const row = NewConversation.parse(c);
    try {
      s.insertConversation.run({ ...row, metadata: JSON.stringify(row.metadata) });
    } catch (error) {
      if (sqliteCode(error) === "SQLITE_CONSTRAINT_PRIMARYKEY")
        throw new Error(`conversation ${c.id} already exists`, { cause: error });
      throw error;
    }
  };

  // A conversation's header goes in with its first turn: one commit (one WAL append) instead of two.
  const commitTurn = db.transaction(
    (input: TurnRecord, spans: SpanRecord[], effects: TurnSideEffects, conversation: NewConversation | null) => {
      if (conversation && !s.getConversation.get(conversation.id)) insertConversation(conversation);
      const turn = TurnRecord.parse(input);
      const bump = s.bumpConversation.run({
        conversationId: turn.conversationId,
        stateAfter: turn.stateAfter,
        createdAt: turn.createdAt,
      });
      if (bump.changes === 0) throw new UnknownConversationError(turn.conversationId);
      try {
        s.insertTurn.run({ ...turnParams(turn), spans: turnSpansJson(Spans.parse(spans)) });
      } catch (error) {
        if (sqliteCode(error) === "SQLITE_CONSTRAINT_UNIQUE")
          throw new DuplicateTurnError(turn.conversationId, turn.index, { cause: error });
        throw error;
      }
      for (const booking of effects.bookings ?? []) s.insertBooking.run(bookingParams(BookingRow.parse(booking)));
      for (const { id, at } of effects.cancelBookingIds ?? [])
        if (s.cancelBooking.run({ id, at }).changes === 0)
          throw new Error(`cannot cancel booking ${id}: no such booking; nothing was written`);
    },
  );

  const readTurns = (conversationId: string): TurnWithSpans[] =>
    s.turnsOf.all(conversationId).map((row): TurnWithSpans => {
      const { spans, ...turnRow } = TurnSpansColumn.parse(row);
      return { ...TurnDbRow.parse(turnRow), spans };
    });

  // A search must see every committed turn: index what the worker has not yet. A read-only file cannot be indexed;
  // the search then covers the turns indexed so far, and the operator hears why.
  const catchUpText = () => {
    try {
      textIndex.catchUp();
    } catch (error) {
      report(
        new Error(`text index is behind (${(error as Error).message}); search and facet filters miss the newest turns`),
      );
    }
  };

  return {
    ...savedViewsOn(db),
    path,
    createConversation: insertConversation,
    getConversation(id) {
      const row = s.getConversation.get(id);
      return row ? ConversationDbRow.parse(row) : null;
    },
    commitTurn(turn, spans, effects = {}, conversation = null) {
      // IMMEDIATE: take the write lock up front (waiting on busy_timeout) rather than upgrading a read snapshot,
      // which fails at once with SQLITE_BUSY when another connection (the store worker, another process) committed.
      commitTurn.immediate(turn, spans, effects, conversation);
    },
    insertSpans: db.transaction((spans: SpanRecord[]) => {
      for (const span of Spans.parse(spans)) s.insertSpan.run(spanParams(span));
    }),
    lastTurn(conversationId) {
      const row = s.lastTurn.get(conversationId);
      return row ? TurnDbRow.parse(row) : null;
    },
    lastTurnIndex(conversationId) {
      const n = s.lastTurnIndex.get(conversationId);
      return typeof n === "number" ? n : null;
    },
    getTurns: (conversationId: string) => readTurns(conversationId),
    allConversations(filter = {}) {
      const q = conversationListQuery({ ...filter, limit: 1, offset: 0 }, { paged: false });
      if (q.usesTextIndex || q.usesFacets) catchUpText();
      return cached(listAllSql(q.from, q.where, q.orderBy))
        .all(q.params)
        .map((row) => ConversationDbRow.parse(row));
    },
    listConversations(filter = {}) {
      const q = conversationListQuery(filter);
      if (q.usesTextIndex || q.usesFacets) catchUpText();
      const rows = cached(listPageSql(q.from, q.where, q.orderBy)).all({
        ...q.params,
        limit: q.limit,
        offset: q.offset,
      });
      const { n } = cached(listCountSql(q.countFrom, q.countWhere, q.countCap, q.countSelect)).get(q.params) as {
        n: number;
      };
      const items = rows.map((row): ConversationSummary => {
        const extras = SummaryExtras.parse(row);
        return {
          ...ConversationDbRow.parse(row),
          preview: preview(extras.preview),
          feedbackUp: extras.feedback_up,
          feedbackDown: extras.feedback_down,
        };
      });
      const cap = q.countCap;
      return cap !== null && n > cap
        ? { items, total: cap, totalIsLowerBound: true }
        : { items, total: n, totalIsLowerBound: false };
    },
    findBookings(name, contact) {
      return s.findBookings.all(nameKey(name), contactKey(contact)).map((row) => BookingDbRow.parse(row));
    },
    getBooking(id) {
      const row = s.getBooking.get(id);
      return row ? BookingDbRow.parse(row) : null;
    },
    addFeedback(f) {
      const row = Feedback.parse(f);
      try {
        return FeedbackDbRow.parse(s.insertFeedback.get(row));
      } catch (error) {
        if (sqliteCode(error) === "SQLITE_CONSTRAINT_FOREIGNKEY")
          throw new Error(
            `cannot add feedback: turn ${row.turnIndex} of conversation ${row.conversationId} does not exist`,
            { cause: error },
          );
        throw error;
      }
    },
    distinctModels() {
      return z.array(z.string()).parse(s.distinctModels.pluck().all());
    },
    listFeedback(conversationId) {
      return s.listFeedback.all(conversationId).map((row) => FeedbackDbRow.parse(row));
    },
    close() {
      worker?.stop();
      // Shrink the WAL to nothing on the way out. A read-only or full store cannot checkpoint; every commit is
      // already durable in the WAL then, so closing without it loses nothing.
      if (db.open && !db.readonly && db.name !== ":memory:") {
        try {
          db.pragma("wal_checkpoint(TRUNCATE)");
        } catch (error) {
          process.stderr.write(`[traces] closing without a WAL checkpoint: ${(error as Error).message}\n`);
        }
      }
      db.close();
    },
  };
}

/** Starts the background worker; if it fails, the connection goes back to SQLite's inline checkpoints. */
function startBackground(db: Database.Database, path: string, report: (error: Error) => void) {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  return startStoreWorker(resolve(path), {
    intervalMs: WORKER_INTERVAL_MS,
    onError(error) {
      if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
      report(new Error(`${error.message}; checkpointing inline from now on`, { cause: error }));
    },
  });
}
