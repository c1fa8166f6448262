import {
  DuplicateTurnError,
  type NewConversation,
  type SpanRecord,
  type TraceStore,
  type TurnRecord,
  type TurnSideEffects,
} from "../traces/index";

/** One turn's writes: the conversation header (first turn only), the turn row, its spans and its side effects. */
export interface TurnWrite {
  conversation: NewConversation | null;
  turn: TurnRecord;
  spans: SpanRecord[];
  effects: TurnSideEffects;
}

/** Where a write that kept failing goes so that nothing is silently dropped (e.g. a JSONL file beside the DB). */
export type DeadLetter = (write: TurnWrite, error: unknown) => void;

/** Persists turns; a failed write is logged and retried later (never blocking or losing the customer's reply). */
export interface TurnWriter {
  write(w: TurnWrite): boolean;
  /** One attempt, nothing queued: for writes whose success the customer is told about (bookings). */
  writeNow(w: TurnWrite): boolean;
  /** Retries queued writes now; returns how many are still pending. */
  flush(): number;
  pending(): number;
  /** Shutdown: one last try, then every write still failing goes to the dead letter. Returns how many did. */
  drain(): number;
}

/** Creates a writer over a store with a bounded retry queue (`maxAttempts` each), then the dead letter. */
export function createTurnWriter(
  store: TraceStore,
  log: (msg: string, error: unknown) => void,
  deadLetter: DeadLetter,
  maxAttempts = 5,
): TurnWriter {
  const queue: { w: TurnWrite; attempts: number }[] = [];
  let timer: NodeJS.Timeout | null = null;

  function attempt(w: TurnWrite): void {
    try {
      // The header of a new conversation is committed with its first turn (created only if not there yet).
      store.commitTurn(w.turn, w.spans, w.effects, w.conversation);
    } catch (error) {
      // Another process (the CLI beside the server) committed this index first, at the same moment: this turn is
      // appended after theirs instead of being retried into the dead letter as "already stored".
      if (!(error instanceof DuplicateTurnError)) throw error;
      const last = store.lastTurn(w.turn.conversationId);
      w.turn = { ...w.turn, index: (last?.index ?? w.turn.index) + 1 };
      store.commitTurn(w.turn, w.spans, w.effects, w.conversation);
    }
  }

  function schedule() {
    if (timer || queue.length === 0) return;
    timer = setTimeout(() => {
      timer = null;
      flush();
      schedule();
    }, 1000);
    timer.unref();
  }

  const label = (w: TurnWrite) => `${w.turn.conversationId}#${w.turn.index}`;

  /** Hands a write to the dead letter; false when that fails too (a full disk fails both), after logging why. */
  function toDeadLetter(w: TurnWrite, error: unknown, otherwise: string): boolean {
    try {
      deadLetter(w, error);
      return true;
    } catch (deadLetterError) {
      log(`dead letter for trace write ${label(w)} failed as well; ${otherwise}`, deadLetterError);
      return false;
    }
  }

  function flush(): number {
    for (let i = 0; i < queue.length; ) {
      const item = queue[i]!;
      try {
        attempt(item.w);
        queue.splice(i, 1);
      } catch (error) {
        item.attempts += 1;
        if (item.attempts < maxAttempts) i += 1;
        else {
          log(`trace write for ${label(item.w)} failed ${item.attempts} times; moving it to the dead letter`, error);
          if (toDeadLetter(item.w, error, "keeping it in memory and retrying")) queue.splice(i, 1);
          else i += 1;
        }
      }
    }
    return queue.length;
  }

  return {
    write(w) {
      flush();
      try {
        attempt(w);
        return true;
      } catch (error) {
        log(`trace write for ${w.turn.conversationId}#${w.turn.index} failed; will retry`, error);
        queue.push({ w, attempts: 1 });
        schedule();
        return false;
      }
    },
    writeNow(w) {
      flush();
      try {
        attempt(w);
        return true;
      } catch (error) {
        log(`trace write for ${label(w)} failed; not retried (the customer is told it did not go through)`, error);
        return false;
      }
    },
    flush,
    pending: () => queue.length,
    drain() {
      flush();
      const left = queue.splice(0, queue.length);
      for (const item of left) {
        log(
          `trace write for ${label(item.w)} still failing at shutdown; moving it to the dead letter`,
          new Error("store unavailable"),
        );
        // Last resort when even the dead letter cannot be written: the write itself goes to the operator's log.
        if (!toDeadLetter(item.w, new Error("store unavailable at shutdown"), "logging its content instead"))
          log(
            `trace write ${label(item.w)} could not be stored anywhere; its content: ${JSON.stringify(item.w)}`,
            new Error("store and dead letter unavailable"),
          );
      }
      if (timer) clearTimeout(timer);
      timer = null;
      return left.length;
    },
  };
}
