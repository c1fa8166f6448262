const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * For CLIs and the server: on SIGINT, SIGTERM or SIGHUP runs `close` once (flush and shut tracing down, close the
 * store), then exits with 128 + the signal number, as a shell expects. Returns a function that removes the handlers.
 */
export function closeOnSignals(
  close: () => Promise<void>,
  exit: (code: number) => void = (code) => process.exit(code),
  report: (message: string) => void = (m) => process.stderr.write(`${m}\n`),
): () => void {
  let closing = false;
  const handlers = Object.entries(SIGNALS).map(([signal, no]) => {
    const handler = () => {
      if (closing) return;
      closing = true;
      close().then(
        () => exit(128 + no),
        (error: unknown) => {
          report(`closing on ${signal} failed: ${error instanceof Error ? error.message : String(error)}`);
          exit(128 + no);
        },
      );
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
