import { trace } from "@opentelemetry/api";
import { afterEach, describe, expect, it } from "vitest";
import { aConversation, aTurn } from "./fixtures";
import { startTracing, type Tracing } from "./otel";
import type { SpanRecord } from "./schema";
import { openTraceStore } from "./store";
import { withSpan, withSpanSync } from "./with-span";

const started: Tracing[] = [];
function start(...args: Parameters<typeof startTracing>) {
  const t = startTracing(...args);
  started.push(t);
  return t;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((t) => t.shutdown()));
});

describe("startTracing", () => {
  it("gives each call its own tracing with its own options: a second runtime's spans go to its own store", () => {
    const a: string[] = [];
    const b: string[] = [];
    const first = start({ store: { insertSpans: (s) => a.push(...s.map((x) => x.name)) }, serviceName: "svc" });
    const second = start({ store: { insertSpans: (s) => b.push(...s.map((x) => x.name)) }, serviceName: "svc" });
    expect(second).not.toBe(first);
    first.tracer.startSpan("one").end();
    second.tracer.startSpan("two").end();
    expect([a, b]).toEqual([["one"], ["two"]]);
  });

  it("reads the OTLP settings of its own env, not the first caller's", () => {
    const quiet = { report: () => {} };
    const plain = start({ store: { insertSpans: () => {} }, serviceName: "s", env: {}, ...quiet });
    const mirrored = start({
      store: { insertSpans: () => {} },
      serviceName: "s",
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:9" },
      ...quiet,
    });
    expect([plain.otlpUrl, mirrored.otlpUrl]).toEqual([null, "http://127.0.0.1:9/v1/traces"]);
  });

  it("a shut-down tracing records nothing more, while another keeps recording", async () => {
    const a: string[] = [];
    const written: string[] = [];
    const first = start({
      store: { insertSpans: (s) => a.push(...s.map((x) => x.name)) },
      serviceName: "s",
      report: () => {},
    });
    const second = start({ store: { insertSpans: (s) => written.push(...s.map((x) => x.name)) }, serviceName: "s" });
    await first.shutdown();
    first.tracer.startSpan("after").end();
    second.tracer.startSpan("still").end();
    expect([a, written]).toEqual([[], ["still"]]);
  });

  it("exports synchronously on span end, nesting active spans, into the store", async () => {
    const written: SpanRecord[] = [];
    const tracing = start({ store: { insertSpans: (s) => written.push(...s) }, serviceName: "test" });
    await withSpan(tracing.tracer, "eval.run", {}, async () => {
      await new Promise((r) => setTimeout(r, 1)); // nesting must survive an await (async context)
      withSpanSync(trace.getTracer("test"), "judge", {}, () => {}); // the global provider is the first tracing
      withSpanSync(trace.getTracer("next.js"), "GET /", {}, () => {}); // another tracer: not stored
    });
    expect(written.map((s) => s.name)).toEqual(["judge", "eval.run"]);
    expect(written[0]?.parentSpanId).toBe(written[1]?.spanId);
  });

  it("surfaces a failed SQLite write through report and failedExports()", () => {
    const reports: string[] = [];
    const tracing = start({
      store: {
        insertSpans: () => {
          throw new Error("database is locked");
        },
      },
      serviceName: "s",
      report: (m) => reports.push(m),
    });
    tracing.tracer.startSpan("x").end();
    expect(reports).toEqual([expect.stringMatching(/could not write 1 span\(s\): database is locked/)]);
    expect(tracing.failedExports()).toBe(1);
  });

  it("reports a bad OTLP setting once and keeps SQLite tracing", () => {
    const reports: string[] = [];
    const written: string[] = [];
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" };
    const tracing = start({
      store: { insertSpans: (s) => written.push(...s.map((x) => x.name)) },
      serviceName: "s",
      env,
      report: (m) => reports.push(m),
    });
    tracing.tracer.startSpan("kept").end();
    expect(reports).toEqual([expect.stringMatching(/grpc is not supported.*SQLite only/)]);
    expect([tracing.otlpUrl, written]).toEqual([null, ["kept"]]);
  });

  it("lets a runtime hold a turn's trace and commit its spans with the turn", async () => {
    const store = openTraceStore(":memory:");
    store.createConversation(aConversation());
    const { exporter, tracer } = start({ store, serviceName: "test" });
    const traceId = await withSpan(tracer, "turn", { "conversation.id": "c1" }, async (root) => {
      exporter.holdTrace(root.spanContext().traceId);
      await withSpan(tracer, "llm.understand", {}, async () => {});
      return root.spanContext().traceId;
    });
    store.commitTurn(aTurn({ traceId }), exporter.take(traceId));
    expect(store.getTurns("c1")[0]?.spans.map((s) => s.name)).toEqual(["turn", "llm.understand"]);
    store.close();
  });

  it("hands the global provider on after shutdown", async () => {
    const first = startTracing({ store: { insertSpans: () => {} }, serviceName: "a" });
    await first.shutdown();
    const written: string[] = [];
    start({ store: { insertSpans: (s) => written.push(...s.map((x) => x.name)) }, serviceName: "b" });
    trace.getTracer("b").startSpan("x").end();
    expect(written).toEqual(["x"]);
  });
});
