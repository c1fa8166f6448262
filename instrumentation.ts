/**
 * Next.js calls `register` once per server process before it serves requests. Creating the chat runtime here opens
 * the trace store and registers OpenTelemetry (via `startTracing`, the only OTel setup) exactly once, at startup;
 * route handlers and pages reuse the same process-wide runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` evaluates server code to collect page data; it must not open the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getRuntime } = await import("./app/_server/runtime");
  const { closeOnSignals } = await import("./traces/index");
  const runtime = getRuntime();
  // Next.js drains requests and exits on SIGINT/SIGTERM itself; meanwhile send the OTLP batch (no exit of our own).
  closeOnSignals(() => runtime.flush(), () => {});
}
