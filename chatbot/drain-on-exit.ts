/** The part of `process` the hook needs (a fake in tests). */
export type ExitingProcess = Pick<NodeJS.Process, "once" | "exit">;

/**
 * Runs `close` exactly once when the process ends — on SIGTERM or SIGINT (then exits 143 / 130) and on any
 * `process.exit` (Next's own signal handling ends that way). `close` must do its work synchronously (better-sqlite3
 * is synchronous): drain the turn writer, checkpoint the WAL, close the store; nothing acknowledged is left in memory.
 * Returns the same once-only close for the normal way out (a second close is a no-op, whoever calls first).
 */
export function drainOnExit(close: () => unknown, proc: ExitingProcess = process): () => unknown {
  let closed = false;
  const run = (): unknown => {
    if (closed) return undefined;
    closed = true;
    try {
      return close();
    } catch (error) {
      process.stderr.write(`[bikeshop] shutdown drain failed: ${(error as Error).message}\n`);
      return undefined;
    }
  };
  proc.once("exit", run);
  proc.once("SIGTERM", () => {
    run();
    proc.exit(143);
  });
  proc.once("SIGINT", () => {
    run();
    proc.exit(130);
  });
  return run;
}
