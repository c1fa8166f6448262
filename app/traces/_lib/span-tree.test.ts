import { describe, expect, it } from "vitest";
import type { SpanRecord } from "../../../traces/index";
import { buildSpanTree, type SpanNode } from "./span-tree";

const span = (spanId: string, parentSpanId: string | null, startTime: string): SpanRecord => ({
  spanId,
  traceId: "t1",
  parentSpanId,
  name: spanId,
  startTime,
  durationMs: 1,
  statusCode: "unset",
  statusMessage: null,
  attributes: {},
  events: [],
});
const shape = (nodes: SpanNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? { [n.span.spanId]: shape(n.children) } : n.span.spanId));

describe("buildSpanTree", () => {
  it.each([
    ["no spans", [], []],
    [
      "nests children under their parent in start order",
      [
        span("b", "root", "2026-11-20T10:00:00.002Z"),
        span("root", null, "2026-11-20T10:00:00.000Z"),
        span("a", "root", "2026-11-20T10:00:00.001Z"),
        span("a1", "a", "2026-11-20T10:00:00.001Z"),
      ],
      [{ root: [{ a: ["a1"] }, "b"] }],
    ],
    [
      "a span whose parent was not recorded is a root",
      [span("x", "gone", "2026-11-20T10:00:00.000Z"), span("y", null, "2026-11-20T10:00:01.000Z")],
      ["x", "y"],
    ],
    ["a span that names itself as parent is a root", [span("self", "self", "2026-11-20T10:00:00.000Z")], ["self"]],
  ])("%s", (_name, spans, expected) => {
    expect(shape(buildSpanTree(spans))).toEqual(expected);
  });
});
