/** Runs work for one key only after earlier work for that key has settled: a conversation's turns run one at a time. */
export function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return function enqueue<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (tails.get(key) ?? Promise.resolve()).then(work);
    const settled = run.catch(() => undefined);
    tails.set(key, settled);
    settled.then(() => tails.get(key) === settled && tails.delete(key));
    return run;
  };
}
