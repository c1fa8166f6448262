/** The part of `process` the hook needs (a fake in tests). */
export type ExitingProcess = Pick<NodeJS.Process, "once" | "exit">;

/**
 * Runs `close` exactly once when the process ends — on SIGTERM or SIGINT (then exits 143 / 130) and on any
 * `process.exit` (Next's own signal handling ends that way). `close` must do its work synchronously (better-sqlite3
 * is synchronous): drain the turn writer, checkpoint the WAL, close the store; nothing acknowledged is left in memory.
 */
export function drainOnExit(close: () => unknown, proc: ExitingProcess = process): void {
  let closed = false;
  const run = () => {
    if (closed) return;
    closed = true;
    try {
      close();
    } catch (error) {
      process.stderr.write(`[bikeshop] shutdown drain failed: ${(error as Error).message}\n`);
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
}
