import { context, propagation, type Tracer, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter as OtlpHttpJsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as OtlpProtobufExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, type SpanExporter, type SpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { type OtlpConfig, otlpConfigFromEnv } from "./otlp-config";
import { PooledIdGenerator } from "./pooled-id-generator";
import { ReportingExporter } from "./reporting-exporter";
import { SqliteSpanExporter } from "./span-exporter";
import { SyncSpanProcessor } from "./sync-span-processor";
import type { TraceStore } from "./trace-store";

/** What `startTracing` needs: where spans go, the service name, and the environment holding the OTel variables. */
export interface TracingOptions {
  store: Pick<TraceStore, "insertSpans">;
  serviceName: string;
  /** OTEL_EXPORTER_OTLP_* (see otlp-config.ts) and OTEL_BSP_*; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Where failures are reported (a failed SQLite span write, the first failed OTLP export); defaults to stderr. */
  report?: (message: string) => void;
}

/** One runtime's tracing: the SQLite exporter (for hold/take), its tracer, the collector URL, flush and shutdown. */
export interface Tracing {
  exporter: SqliteSpanExporter;
  tracer: Tracer;
  /** The OTLP traces URL spans are mirrored to, or null. */
  otlpUrl: string | null;
  /** Exports (SQLite or OTLP) that failed so far. */
  failedExports(): number;
  /** Sends everything buffered (the OTLP batch) now. */
  forceFlush(): Promise<void>;
  /** Flushes, writes still-held spans, stops this tracing and gives the global provider back if it held it. */
  shutdown(): Promise<void>;
}

// On globalThis, not in module scope: Next.js may evaluate this module once per bundle but the OTel API globals are per process.
const OWNER = Symbol.for("jos-bike-shop.traces.global-provider");
type Holder = { [OWNER]?: Tracing };

function collectorExporter(config: OtlpConfig): SpanExporter {
  const options = { url: config.url, headers: config.headers, timeoutMillis: config.timeoutMillis };
  return config.protocol === "http/json" ? new OtlpHttpJsonExporter(options) : new OtlpProtobufExporter(options);
}

/** OTEL_BSP_SCHEDULE_DELAY / _MAX_QUEUE_SIZE / _MAX_EXPORT_BATCH_SIZE (the 3.x SDK no longer reads them itself). */
function batchOptions(env: Record<string, string | undefined>) {
  const positive = (name: string) => {
    const n = Number(env[name]);
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const options = {
    scheduledDelayMillis: positive("OTEL_BSP_SCHEDULE_DELAY"),
    maxQueueSize: positive("OTEL_BSP_MAX_QUEUE_SIZE"),
    maxExportBatchSize: positive("OTEL_BSP_MAX_EXPORT_BATCH_SIZE"),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

/** The process-wide context manager (async context for nesting) and W3C propagator, installed once, never removed. */
function ensureContextGlobals(): void {
  const holder = globalThis as Holder & { [CONTEXT]?: true };
  if (holder[CONTEXT]) return;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  holder[CONTEXT] = true;
}
const CONTEXT = Symbol.for("jos-bike-shop.traces.context-globals");

/**
 * Sets up OpenTelemetry for one runtime (the only place that does): every span of its tracer goes synchronously to
 * SQLite, and in batches to an OTLP collector when the OTel environment variables name one (protobuf by default).
 * Each call builds its own provider with its own options; the first one running also becomes the global provider, so
 * framework spans (Next.js request spans) reach the collector and turns can nest under them. No auto-instrumentation.
 */
export function startTracing(options: TracingOptions): Tracing {
  const env = options.env ?? process.env;
  const report = options.report ?? ((message: string) => process.stderr.write(`[tracing] ${message}\n`));
  const setting = otlpConfigFromEnv(env);
  if (!setting.ok) report(`${setting.error}; spans go to SQLite only`);
  const config = setting.ok ? setting.config : null;

  // Only our own tracer's spans go to SQLite; frameworks' spans (Next.js request spans) still reach an OTLP mirror.
  const exporter = new SqliteSpanExporter(options.store, options.serviceName);
  const sqlite = new SyncSpanProcessor(exporter, (error) => report(error.message));
  const collector = config ? new ReportingExporter(collectorExporter(config), config.url, report) : null;
  const processors: SpanProcessor[] = [sqlite];
  if (collector) processors.push(new BatchSpanProcessor({ exporter: collector, ...batchOptions(env) }));
  const provider = new TracerProvider({
    // OTEL_SERVICE_NAME / OTEL_RESOURCE_ATTRIBUTES (e.g. openinference.project.name=…) win over the defaults. Only
    // the synchronous env detector: spans must be complete when they end (see SyncSpanProcessor).
    resource: defaultResource()
      .merge(resourceFromAttributes({ "service.name": options.serviceName }))
      .merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: processors,
    idGenerator: new PooledIdGenerator(),
  });
  ensureContextGlobals();

  // A final export that fails rejects flush/shutdown; the ReportingExporter has said so already, anything else is new.
  const exportFailed = (error: unknown) => {
    if (!collector?.failedExports)
      report(`tracing: flush failed: ${error instanceof Error ? error.message : String(error)}`);
  };
  const holder = globalThis as Holder;
  let stopping: Promise<void> | undefined;
  const tracing: Tracing = {
    exporter,
    tracer: provider.getTracer(options.serviceName),
    otlpUrl: config?.url ?? null,
    failedExports: () => sqlite.failures + (collector?.failedExports ?? 0),
    forceFlush: () => provider.forceFlush().catch(exportFailed),
    shutdown() {
      stopping ??= provider
        .shutdown()
        .catch(exportFailed)
        .finally(() => {
          if (holder[OWNER] !== tracing) return;
          trace.disable();
          delete holder[OWNER];
        });
      return stopping;
    },
  };
  if (!holder[OWNER] && trace.setGlobalTracerProvider(provider)) holder[OWNER] = tracing;
  return tracing;
}
