import { type ExportResult, ExportResultCode } from "@opentelemetry/core";
import { type ReadableSpan, type SpanExporter, TracerProvider } from "@opentelemetry/sdk-trace";
import { describe, expect, it } from "vitest";
import { SyncSpanProcessor } from "./sync-span-processor";

function exporterReturning(results: ExportResult[]) {
  const seen: string[] = [];
  const exporter: SpanExporter = {
    export(spans: ReadableSpan[], done: (r: ExportResult) => void) {
      seen.push(...spans.map((s) => s.name));
      done(results.shift() ?? { code: ExportResultCode.SUCCESS });
    },
    shutdown: async () => {},
  };
  return { exporter, seen };
}

describe("SyncSpanProcessor", () => {
  it("exports inside span.end(), before end() returns", () => {
    const { exporter, seen } = exporterReturning([]);
    const tracer = new TracerProvider({ spanProcessors: [new SyncSpanProcessor(exporter, () => {})] }).getTracer("t");
    tracer.startSpan("a").end();
    expect(seen).toEqual(["a"]);
  });

  it("surfaces a failed export: handler called with the error and span, failures counted", () => {
    const failure = new Error("disk full");
    const { exporter } = exporterReturning([
      { code: ExportResultCode.SUCCESS },
      { code: ExportResultCode.FAILED, error: failure },
    ]);
    const reported: [string, string[]][] = [];
    const processor = new SyncSpanProcessor(exporter, (error, spans) =>
      reported.push([error.message, spans.map((s) => s.name)]),
    );
    const tracer = new TracerProvider({ spanProcessors: [processor] }).getTracer("t");
    tracer.startSpan("ok").end();
    tracer.startSpan("lost").end();
    expect(reported).toEqual([["disk full", ["lost"]]]);
    expect(processor.failures).toBe(1);
  });

  it("reports a FAILED result without an error object too", () => {
    const { exporter } = exporterReturning([{ code: ExportResultCode.FAILED }]);
    const reported: string[] = [];
    const tracer = new TracerProvider({
      spanProcessors: [new SyncSpanProcessor(exporter, (e) => reported.push(e.message))],
    }).getTracer("t");
    tracer.startSpan("x").end();
    expect(reported).toEqual(["span export failed"]);
  });
});
