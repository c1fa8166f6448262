/** A fixed set of workers (one per model sequence) handed out one caller at a time, first come first served. */
export interface SequencePool<T> {
  /** Waits for a free worker, preferring the one that last served the same `prefixKey` (its cache holds that prefix). */
  acquire(prefixKey: string, signal?: AbortSignal): Promise<T>;
  release(worker: T): void;
}

/** Creates the pool; pure bookkeeping, so it is tested without a model. */
export function createSequencePool<T>(workers: T[]): SequencePool<T> {
  const slots = workers.map((worker) => ({ worker, busy: false, key: null as string | null }));
  const waiting: { key: string; grant: (w: T) => void }[] = [];

  const take = (slot: (typeof slots)[number], key: string): T => {
    slot.busy = true;
    slot.key = key;
    return slot.worker;
  };

  return {
    acquire(prefixKey, signal) {
      signal?.throwIfAborted();
      const free = slots.filter((s) => !s.busy);
      const slot = free.find((s) => s.key === prefixKey) ?? free.find((s) => s.key === null) ?? free[0];
      if (slot) return Promise.resolve(take(slot, prefixKey));
      return new Promise<T>((resolve, reject) => {
        const entry = { key: prefixKey, grant: resolve };
        waiting.push(entry);
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
