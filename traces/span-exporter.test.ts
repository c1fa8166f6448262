import { context, SpanStatusCode, trace } from "@opentelemetry/api";
import { ExportResultCode } from "@opentelemetry/core";
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { afterEach, describe, expect, it, vi } from "vitest";
import { aConversation, aTurn } from "./fixtures";
import type { SpanRecord } from "./schema";
import { SqliteSpanExporter } from "./span-exporter";
import { openTraceStore } from "./store";
import { SyncSpanProcessor } from "./sync-span-processor";

// The processor production uses (startTracing): export runs inside span.end().
const sync = (exporter: SqliteSpanExporter) =>
  new SyncSpanProcessor(exporter, (error) => {
    throw error;
  });

function setup(insertSpans: (spans: SpanRecord[]) => void = () => {}) {
  const written: SpanRecord[] = [];
  const exporter = new SqliteSpanExporter({
    insertSpans: (spans) => {
      insertSpans(spans);
      written.push(...spans);
    },
  });
  const provider = new TracerProvider({ spanProcessors: [sync(exporter)] });
  return { exporter, written, provider, tracer: provider.getTracer("test") };
}

afterEach(() => vi.restoreAllMocks());

describe("SqliteSpanExporter", () => {
  it("writes spans of traces nobody holds straight away, flattened", () => {
    const { tracer, written } = setup();
    const span = tracer.startSpan("eval.run", { attributes: { "run.id": "r1", tags: ["x"] } });
    span.addEvent("scored", { score: 0.5 });
    span.setStatus({ code: SpanStatusCode.OK });
    span.end();
    expect(written).toHaveLength(1);
    const [record] = written;
    expect(record).toMatchObject({
      spanId: span.spanContext().spanId,
      traceId: span.spanContext().traceId,
      parentSpanId: null,
      name: "eval.run",
      statusCode: "ok",
      statusMessage: null,
      attributes: { "run.id": "r1", tags: ["x"] },
      events: [{ name: "scored", attributes: { score: 0.5 } }],
    });
    expect(record?.startTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
    expect(record?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("buffers a held trace until take(), with nested parents, then writes later spans directly", () => {
    const { tracer, written, exporter } = setup();
    const root = tracer.startSpan("turn");
    const traceId = root.spanContext().traceId;
    exporter.holdTrace(traceId);
    const child = tracer.startSpan("llm.understand", {}, trace.setSpan(context.active(), root));
    const grandchild = tracer.startSpan("http", {}, trace.setSpan(context.active(), child));
    grandchild.setStatus({ code: SpanStatusCode.ERROR, message: "timeout" });
    grandchild.end();
    child.end();
    root.end();
    const other = tracer.startSpan("unrelated");
    other.end();

    expect(written.map((s) => s.name)).toEqual(["unrelated"]);
    expect(exporter.heldTraceIds()).toEqual([traceId]);
    const taken = exporter.take(traceId);
    expect(taken.map((s) => [s.name, s.parentSpanId])).toEqual([
      ["http", child.spanContext().spanId],
      ["llm.understand", root.spanContext().spanId],
      ["turn", null],
    ]);
    expect(taken[0]).toMatchObject({ statusCode: "error", statusMessage: "timeout" });
    expect(exporter.take(traceId)).toEqual([]);
    expect(exporter.heldTraceIds()).toEqual([]);

    const late = tracer.startSpan("late", {}, trace.setSpan(context.active(), root));
    late.end();
    expect(written.map((s) => s.name)).toEqual(["unrelated", "late"]);
  });

  it("taken spans commit with their turn and read back nested", () => {
    const store = openTraceStore(":memory:");
    const exporter = new SqliteSpanExporter(store);
    const tracer = new TracerProvider({ spanProcessors: [sync(exporter)] }).getTracer("test");
    const root = tracer.startSpan("turn");
    exporter.holdTrace(root.spanContext().traceId);
    tracer.startSpan("decide", {}, trace.setSpan(context.active(), root)).end();
    root.end();
    store.createConversation(aConversation());
    store.commitTurn(aTurn({ traceId: root.spanContext().traceId }), exporter.take(root.spanContext().traceId));
    const [turn] = store.getTurns("c1");
    expect(turn?.spans.map((s) => [s.name, s.parentSpanId])).toEqual([
      ["turn", null],
      ["decide", root.spanContext().spanId],
    ]);
    store.close();
  });

  it("release() writes a held trace's spans as spans of no turn", () => {
    const { tracer, written, exporter } = setup();
    const root = tracer.startSpan("turn");
    exporter.holdTrace(root.spanContext().traceId);
    root.end();
    expect(written).toEqual([]);
    exporter.release(root.spanContext().traceId);
    expect(written.map((s) => s.name)).toEqual(["turn"]);
  });

  it("reports a failed write as FAILED with the cause instead of throwing", () => {
    const { exporter } = setup(() => {
      throw new Error("disk I/O error");
    });
    const memory = new InMemorySpanExporter();
    const tracer = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: memory })] }).getTracer(
      "test",
    );
    tracer.startSpan("s").end();
    const results: { code: ExportResultCode; error?: Error }[] = [];
    expect(() => exporter.export(memory.getFinishedSpans(), (r) => results.push(r))).not.toThrow();
    expect(results).toHaveLength(1);
    expect(results[0]?.code).toBe(ExportResultCode.FAILED);
    expect(results[0]?.error?.message).toMatch(/could not write 1 span\(s\): disk I\/O error/);
  });

  it("writes still-held spans at shutdown and refuses exports after", async () => {
    const { tracer, written, exporter } = setup();
    const root = tracer.startSpan("turn");
    exporter.holdTrace(root.spanContext().traceId);
    root.end();
    await exporter.shutdown();
    expect(written.map((s) => s.name)).toEqual(["turn"]);
    const results: ExportResultCode[] = [];
    exporter.export([], (r) => results.push(r.code));
    expect(results).toEqual([ExportResultCode.FAILED]);
  });
});

describe("scope filter", () => {
  it("keeps only spans of the configured tracer", async () => {
    const written: SpanRecord[][] = [];
    const exporter = new SqliteSpanExporter({ insertSpans: (s) => written.push(s) }, "jos-bike-shop");
    const provider = new TracerProvider({ spanProcessors: [sync(exporter)] });
    provider.getTracer("next.js").startSpan("GET /").end();
    provider.getTracer("jos-bike-shop").startSpan("chat.turn").end();
    expect(written.flat().map((s) => s.name)).toEqual(["chat.turn"]);
    await provider.shutdown();
  });
});
