import { type ExportResult, ExportResultCode } from "@opentelemetry/core";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace";
import type { SpanRecord } from "./schema";
import { toSpanRecord } from "./to-span-record";
import type { TraceStore } from "./trace-store";

/**
 * Writes finished spans to the trace store. Spans of a *held* trace (a chatbot turn in progress) are buffered instead,
 * so the runtime can `take` them and commit them with the turn row in one transaction. Pair it with SyncSpanProcessor:
 * export then runs synchronously when a span ends, so `take` after the root span ends sees them all.
 */
export class SqliteSpanExporter implements SpanExporter {
  private readonly held = new Map<string, SpanRecord[]>();
  private stopped = false;

  /** `onlyScope`: keep only spans of this tracer (e.g. drop Next.js's own request spans from the trace store). */
  constructor(
    private readonly store: Pick<TraceStore, "insertSpans">,
    private readonly onlyScope: string | null = null,
  ) {}

  /** Buffers this trace's spans from now on; call it before the trace's first span ends (e.g. right after the root starts). */
  holdTrace(traceId: string): void {
    if (!this.held.has(traceId)) this.held.set(traceId, []);
  }

  /** Returns the buffered spans of a held trace (in end order) and stops holding it; later spans are written directly. */
  take(traceId: string): SpanRecord[] {
    const spans = this.held.get(traceId) ?? [];
    this.held.delete(traceId);
    return spans;
  }

  /** Stops holding a trace whose turn will not be committed, writing what was buffered as spans of no turn (throws if it cannot). */
  release(traceId: string): void {
    const spans = this.take(traceId);
    if (spans.length > 0) this.store.insertSpans(spans);
  }

  /** Trace ids currently held (a growing list means a runtime forgot to take or release). */
  heldTraceIds(): string[] {
    return [...this.held.keys()];
  }

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    if (this.stopped) {
      resultCallback({ code: ExportResultCode.FAILED, error: new Error("SqliteSpanExporter is shut down") });
      return;
    }
    const direct: SpanRecord[] = [];
    for (const span of spans) {
      if (this.onlyScope && span.instrumentationScope.name !== this.onlyScope) continue;
      const record = toSpanRecord(span);
      const buffer = this.held.get(record.traceId);
      if (buffer) buffer.push(record);
      else direct.push(record);
    }
    const error = this.write(direct);
    resultCallback(error ? { code: ExportResultCode.FAILED, error } : { code: ExportResultCode.SUCCESS });
  }

  /** Writes every still-held span (so nothing is lost at exit) and refuses further exports. */
  async shutdown(): Promise<void> {
    for (const traceId of this.heldTraceIds()) this.release(traceId);
    this.stopped = true;
  }

  async forceFlush(): Promise<void> {}

  /** Inserts spans of no turn; a failure is returned (the processor reports it), never thrown into the OTel pipeline. */
  private write(spans: SpanRecord[]): Error | undefined {
    if (spans.length === 0) return undefined;
    try {
      this.store.insertSpans(spans);
      return undefined;
    } catch (cause) {
      return new Error(`SqliteSpanExporter: could not write ${spans.length} span(s): ${(cause as Error).message}`, {
        cause,
      });
    }
  }
}
