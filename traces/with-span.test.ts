import { SpanStatusCode, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { describe, expect, it } from "vitest";
import { withSpan, withSpanSync } from "./with-span";

function recording() {
  const memory = new InMemorySpanExporter();
  const tracer = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: memory })] }).getTracer(
    "test",
  );
  return { tracer, finished: () => memory.getFinishedSpans() };
}

describe("withSpan", () => {
  it("returns the value and ends the span with its attributes", async () => {
    const { tracer, finished } = recording();
    await expect(
      withSpan(tracer, "step", { "turn.index": 2 }, async (span) => {
        span.setAttribute("extra", true);
        return 42;
      }),
    ).resolves.toBe(42);
    expect(finished()).toHaveLength(1);
    expect(finished()[0]).toMatchObject({
      name: "step",
      attributes: { "turn.index": 2, extra: true },
      status: { code: SpanStatusCode.UNSET },
    });
  });

  it("records the exception, sets ERROR with the message, ends the span and rethrows the same error", async () => {
    const { tracer, finished } = recording();
    const boom = new Error("provider timeout");
    await expect(withSpan(tracer, "llm", {}, async () => Promise.reject(boom))).rejects.toBe(boom);
    const [span] = finished();
    expect(span?.ended).toBe(true);
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: "provider timeout" });
    expect(span?.events[0]).toMatchObject({
      name: "exception",
      attributes: { "exception.message": "provider timeout", "exception.type": "Error" },
    });
  });

  it("handles a synchronous throw inside an async-typed callback and non-Error throws", async () => {
    const { tracer, finished } = recording();
    await expect(
      withSpan(tracer, "odd", {}, () => {
        throw "just a string";
      }),
    ).rejects.toBe("just a string");
    expect(finished()[0]?.status).toEqual({ code: SpanStatusCode.ERROR, message: "just a string" });
  });

  it("works with a noop tracer (tracing off)", async () => {
    const noop = trace.getTracer("nothing registered");
    await expect(withSpan(noop, "x", {}, () => "ok")).resolves.toBe("ok");
    await expect(withSpan(noop, "x", {}, () => Promise.reject(new Error("still thrown")))).rejects.toThrow(
      "still thrown",
    );
    expect(withSpanSync(noop, "x", {}, () => 1)).toBe(1);
  });
});

describe("withSpanSync", () => {
  it("returns synchronously, and on throw records and rethrows", () => {
    const { tracer, finished } = recording();
    expect(withSpanSync(tracer, "validate", { field: "date" }, () => "valid")).toBe("valid");
    expect(() =>
      withSpanSync(tracer, "validate", {}, () => {
        throw new RangeError("bad date");
      }),
    ).toThrow(RangeError);
    expect(finished().map((s) => [s.status.code, s.status.message])).toEqual([
      [SpanStatusCode.UNSET, undefined],
      [SpanStatusCode.ERROR, "bad date"],
    ]);
  });
});
