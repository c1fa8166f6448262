/** A fixed set of workers (one per model sequence) handed out one caller at a time, first come first served. */
export interface SequencePool<T> {
  /**
   * Waits for a free worker, preferring the one that last served the same `prefixKey` (its cache holds that prefix).
   * Waiting callers are served by `priority` (higher first: a chat turn before a batch of judge calls), then in order.
   */
  acquire(prefixKey: string, signal?: AbortSignal, priority?: number): Promise<T>;
  release(worker: T): void;
}

/** Creates the pool; pure bookkeeping, so it is tested without a model. */
export function createSequencePool<T>(workers: T[]): SequencePool<T> {
  const slots = workers.map((worker) => ({ worker, busy: false, key: null as string | null }));
  const waiting: { key: string; priority: number; grant: (w: T) => void }[] = [];

  const take = (slot: (typeof slots)[number], key: string): T => {
    slot.busy = true;
    slot.key = key;
    return slot.worker;
  };

  return {
    acquire(prefixKey, signal, priority = 0) {
      signal?.throwIfAborted();
      const free = slots.filter((s) => !s.busy);
      const slot = free.find((s) => s.key === prefixKey) ?? free.find((s) => s.key === null) ?? free[0];
      if (slot) return Promise.resolve(take(slot, prefixKey));
      return new Promise<T>((resolve, reject) => {
        const entry = { key: prefixKey, priority, grant: resolve };
        const after = waiting.findIndex((w) => w.priority < priority);
        waiting.splice(after === -1 ? waiting.length : after, 0, entry);
        signal?.addEventListener(
          "abort",
          () => {
            const i = waiting.indexOf(entry);
            if (i >= 0) waiting.splice(i, 1);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    },
    release(worker) {
      const slot = slots.find((s) => s.worker === worker);
      if (!slot) throw new Error("release of a worker this pool does not own");
      const next = waiting.shift();
      if (next) next.grant(take(slot, next.key));
      else slot.busy = false;
    },
  };
}
