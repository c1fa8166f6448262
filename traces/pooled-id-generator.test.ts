import { isValidSpanId, isValidTraceId } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { PooledIdGenerator } from "./pooled-id-generator";

describe("PooledIdGenerator", () => {
  it("gives valid, distinct OTel trace and span ids across many pool refills", () => {
    const ids = new PooledIdGenerator();
    const traces = Array.from({ length: 3000 }, () => ids.generateTraceId());
    const spans = Array.from({ length: 3000 }, () => ids.generateSpanId());
    for (const t of traces) expect(t).toMatch(/^[0-9a-f]{32}$/);
    for (const s of spans) expect(s).toMatch(/^[0-9a-f]{16}$/);
    expect(traces.every(isValidTraceId) && spans.every(isValidSpanId)).toBe(true);
    expect(new Set(traces).size).toBe(traces.length);
    expect(new Set(spans).size).toBe(spans.length);
  });
});
