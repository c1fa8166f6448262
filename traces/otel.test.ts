import { trace } from "@opentelemetry/api";
import { afterEach, describe, expect, it } from "vitest";
import { aConversation, aTurn } from "./fixtures";
import { startTracing, type Tracing } from "./otel";
import type { SpanRecord } from "./schema";
import { openTraceStore } from "./store";
import { withSpan, withSpanSync } from "./with-span";

let tracing: Tracing | undefined;
afterEach(async () => {
  await tracing?.shutdown();
  tracing = undefined;
});

describe("startTracing", () => {
  it("is idempotent: a second call returns the same instance", () => {
    tracing = startTracing({ store: { insertSpans: () => {} }, serviceName: "test" });
    expect(startTracing({ store: { insertSpans: () => {} }, serviceName: "other" })).toBe(tracing);
  });

  it("exports synchronously on span end, nesting active spans, into the store", async () => {
    const written: SpanRecord[] = [];
    tracing = startTracing({ store: { insertSpans: (s) => written.push(...s) }, serviceName: "test" });
    await withSpan(tracing.tracer, "eval.run", {}, async () => {
      await new Promise((r) => setTimeout(r, 1)); // nesting must survive an await (async context)
      withSpanSync(trace.getTracer("test"), "judge", {}, () => {});
      withSpanSync(trace.getTracer("next.js"), "GET /", {}, () => {}); // another tracer: not stored
    });
    expect(written.map((s) => s.name)).toEqual(["judge", "eval.run"]);
    expect(written[0]?.parentSpanId).toBe(written[1]?.spanId);
  });

  it("lets a runtime hold a turn's trace and commit its spans with the turn", async () => {
    const store = openTraceStore(":memory:");
    store.createConversation(aConversation());
    tracing = startTracing({ store, serviceName: "test" });
    const { exporter, tracer } = tracing;
    const traceId = await withSpan(tracer, "turn", { "conversation.id": "c1" }, async (root) => {
      exporter.holdTrace(root.spanContext().traceId);
      await withSpan(tracer, "llm.understand", {}, async () => {});
      return root.spanContext().traceId;
    });
    store.commitTurn(aTurn({ traceId }), exporter.take(traceId));
    expect(store.getTurns("c1")[0]?.spans.map((s) => s.name)).toEqual(["turn", "llm.understand"]);
    store.close();
  });

  it("can start again after shutdown", async () => {
    const first = startTracing({ store: { insertSpans: () => {} }, serviceName: "a" });
    await first.shutdown();
    tracing = startTracing({ store: { insertSpans: () => {} }, serviceName: "b" });
    expect(tracing).not.toBe(first);
    expect(tracing.tracer.startSpan("x").isRecording()).toBe(true);
  });
});
