/** A step-wise job: a generator that yields between units of work and returns its result. */
export type Steps<R> = Generator<void, R, void>;

/** Runs a step-wise job to the end at once (pure callers and tests that need no yielding). */
export function runAtOnce<R>(steps: Steps<R>): R {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs a step-wise job in slices of at most about `sliceMs` of work, giving the event loop back (`setImmediate`)
 * between slices, so requests and chat turns keep being served while it runs. A single step longer than the slice
 * still runs whole: keep steps small.
 */
export async function runInSlices<R>(steps: Steps<R>, sliceMs = 10): Promise<R> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      start = performance.now();
    }
  }
}
