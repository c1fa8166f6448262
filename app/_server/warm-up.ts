/** What the start-up warm-up reports: how long it took, or the error it met (never thrown: a cold engine still answers). */
export type WarmUpResult = { ok: true; ms: number } | { ok: false; error: Error };

/**
 * Warms an engine's one-time set-up (the offline provider's trained classifiers, recognisers and name tagger) once, on
 * the next macrotask after server start-up: `register()` does not wait for it, so the server starts serving at once;
 * a request that arrives during the ~0.5–1 s of work waits for it, the same cost its own first turn would have paid.
 * A failure is reported through `report` (the first customer turn then pays the set-up and surfaces the error itself).
 */
export function warmUpSoon(
  provider: { name: string; warmUp?(): void },
  report: (r: WarmUpResult) => void = reportToStderr(provider.name),
  now: () => number = performance.now.bind(performance),
): Promise<WarmUpResult | null> {
  if (!provider.warmUp) return Promise.resolve(null);
  const warm = provider.warmUp.bind(provider);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      const start = now();
      let r: WarmUpResult;
      try {
        warm();
        r = { ok: true, ms: now() - start };
      } catch (cause) {
        r = { ok: false, error: cause instanceof Error ? cause : new Error(String(cause)) };
      }
      report(r);
      resolve(r);
    }, 0);
    // The warm-up alone never keeps a process alive (a CLI or a test that exits early).
    timer.unref?.();
  });
}

/** The default report: one stderr line for a failure; a success is silent. */
function reportToStderr(name: string): (r: WarmUpResult) => void {
  return (r) => {
    if (!r.ok)
      process.stderr.write(`warm-up of the ${name} engine failed (the first turn will retry): ${r.error.message}\n`);
  };
}
