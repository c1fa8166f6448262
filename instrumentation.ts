/**
 * Next.js calls `register` once per server process before it serves requests. Creating the chat runtime here opens
 * the trace store and registers OpenTelemetry (via `startTracing`, the only OTel setup) exactly once, at startup;
 * route handlers and pages reuse the same process-wide runtime. At shutdown nothing acknowledged stays in memory.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` evaluates server code to collect page data; it must not open the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getRuntime } = await import("./app/_server/runtime");
  const { closeOnSignals } = await import("./traces/index");
  const { warmUpSoon } = await import("./app/_server/warm-up");
  const runtime = getRuntime();
  // The offline engine's models load once, right after start-up and not awaited here (as `pnpm eval` does before its clock).
  void warmUpSoon(runtime.deps.provider);
  // SIGTERM / SIGINT: drain the turn writer (retry, then dead letter), flush the OTLP batch, checkpoint the WAL and
  // close the store, then exit. If Next.js exits first, the "exit" hook still drains the writer synchronously.
  closeOnSignals(() => runtime.close());
  process.once("exit", () => runtime.deps.writer.drain());
}
