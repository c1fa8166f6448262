import { describe, expect, it } from "vitest";
import { aSpan } from "./fixtures";
import { SpanRecord } from "./schema";

describe("SpanRecord: a stored span's attributes", () => {
  it("keeps every attribute and event attribute as given, in order, nested values included", () => {
    const span = aSpan({
      attributes: { "xstate.path": ["idle", "turn.understanding"], "chat.latency_ms": 1.25, ok: true, n: null },
      events: [{ name: "exception", time: "2026-01-01T00:00:00.000000001Z", attributes: { "exception.message": "x" } }],
    });
    const parsed = SpanRecord.parse(span);
    expect(parsed).toEqual(span);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(span));
  });

  it.each([
    ["a list", ["a"]],
    ["a string", "chat.turn"],
    ["null", null],
  ])("refuses attributes that are %s, on the span and on an event", (_, bad) => {
    expect(SpanRecord.safeParse({ ...aSpan(), attributes: bad }).success).toBe(false);
    expect(SpanRecord.safeParse({ ...aSpan(), events: [{ name: "e", time: "t", attributes: bad }] }).success).toBe(
      false,
    );
  });
});
