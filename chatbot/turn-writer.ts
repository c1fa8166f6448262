import type { NewConversation, SpanRecord, TraceStore, TurnRecord, TurnSideEffects } from "../traces/index";

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
  /** Retries queued writes now; returns how many are still pending. */
  flush(): number;
  pending(): number;
  /** Shutdown: one last try, then every write still failing goes to the dead letter. Returns how many did. */
  drain(): number;
}

/** Creates a writer over a store with a bounded retry queue (`maxAttempts` each), then the dead letter. */
export function createTurnWriter(store: TraceStore, log: (msg: string, error: unknown) => void, deadLetter: DeadLetter, maxAttempts = 5): TurnWriter {
  const queue: { w: TurnWrite; attempts: number }[] = [];
  let timer: NodeJS.Timeout | null = null;

  function attempt(w: TurnWrite): void {
    if (w.conversation && !store.getConversation(w.conversation.id)) store.createConversation(w.conversation);
    store.commitTurn(w.turn, w.spans, w.effects);
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

  function flush(): number {
    for (let i = 0; i < queue.length; ) {
      const item = queue[i]!;
      try {
        attempt(item.w);
        queue.splice(i, 1);
      } catch (error) {
        item.attempts += 1;
        if (item.attempts >= maxAttempts) {
          log(`trace write for ${item.w.turn.conversationId}#${item.w.turn.index} failed ${item.attempts} times; moved to dead letter`, error);
          deadLetter(item.w, error);
          queue.splice(i, 1);
        } else i += 1;
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
    flush,
    pending: () => queue.length,
    drain() {
      flush();
      const left = queue.splice(0, queue.length);
      for (const item of left) {
        log(`trace write for ${item.w.turn.conversationId}#${item.w.turn.index} still failing at shutdown; moved to dead letter`, new Error("store unavailable"));
        deadLetter(item.w, new Error("store unavailable at shutdown"));
      }
      if (timer) clearTimeout(timer);
      timer = null;
      return left.length;
    },
  };
}
