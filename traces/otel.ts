import { context, propagation, type Tracer, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { defaultResource } from "@opentelemetry/resources";
import { NodeSDK } from "@opentelemetry/sdk-node";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { z } from "zod";
import { SqliteSpanExporter } from "./span-exporter";
import { SyncSpanProcessor } from "./sync-span-processor";
import type { TraceStore } from "./trace-store";

/** What `startTracing` needs: where spans go, the service name, and optionally an OTLP collector to mirror them to. */
export interface TracingOptions {
  store: Pick<TraceStore, "insertSpans">;
  serviceName: string;
  /** Base URL of an OTLP/HTTP collector (e.g. http://localhost:4318); defaults to OTEL_EXPORTER_OTLP_ENDPOINT. */
  otlpEndpoint?: string;
}

/** The running tracing setup: the SQLite exporter (for hold/take), a tracer, and a shutdown that flushes. */
export interface Tracing {
  exporter: SqliteSpanExporter;
  tracer: Tracer;
  shutdown(): Promise<void>;
}

const Env = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .trim()
    .transform((s) => s || undefined)
    .pipe(z.url().optional())
    .optional(),
});
// On globalThis, not in module scope: Next.js may evaluate this module once per bundle but the OTel API globals are per process.
const INSTANCE = Symbol.for("jos-bike-shop.traces.tracing");
type Holder = { [INSTANCE]?: Tracing };

/** The OTLP mirror, if any: an explicit endpoint wins over the environment (which the exporter then reads itself). */
function otlpProcessors(otlpEndpoint: string | undefined) {
  if (otlpEndpoint)
    return [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/+$/, "")}/v1/traces` }))];
  if (Env.parse(process.env).OTEL_EXPORTER_OTLP_ENDPOINT) return [new BatchSpanProcessor(new OTLPTraceExporter())];
  return [];
}

/**
 * Sets up OpenTelemetry for the process (the only place that does): every span goes synchronously to SQLite, and in
 * batches to an OTLP collector when one is configured. Idempotent: later calls return the first instance, whatever
 * their options. No auto-instrumentation, no metrics or log exporters.
 */
export function startTracing(options: TracingOptions): Tracing {
  const holder = globalThis as Holder;
  const existing = holder[INSTANCE];
  if (existing) return existing;

  // Only our own tracer's spans go to SQLite; frameworks' spans (Next.js request spans) still reach an OTLP mirror.
  const exporter = new SqliteSpanExporter(options.store, options.serviceName);
  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    // Detected resources resolve asynchronously; spans must be complete when they end (see SyncSpanProcessor).
    autoDetectResources: false,
    resource: defaultResource(),
    spanProcessors: [new SyncSpanProcessor(exporter), ...otlpProcessors(options.otlpEndpoint)],
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();

  let stopping: Promise<void> | undefined;
  const tracing: Tracing = {
    exporter,
    tracer: trace.getTracer(options.serviceName),
    shutdown() {
      stopping ??= sdk.shutdown().finally(() => {
        // Unregister the globals so a later startTracing (tests, hot reload) can install a fresh provider.
        trace.disable();
        context.disable();
        propagation.disable();
        if (holder[INSTANCE] === tracing) delete holder[INSTANCE];
      });
      return stopping;
    },
  };
  holder[INSTANCE] = tracing;
  return tracing;
}
