import type { SpanRecord } from "../../../traces/index";

/** A span with its child spans, in start order. */
export interface SpanNode {
  span: SpanRecord;
  children: SpanNode[];
}

/** Nests a turn's spans by parent id; spans whose parent is missing (not recorded) become roots. */
export function buildSpanTree(spans: SpanRecord[]): SpanNode[] {
  const nodes = new Map(spans.map((span) => [span.spanId, { span, children: [] as SpanNode[] }]));
  const roots: SpanNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.span.parentSpanId ? nodes.get(node.span.parentSpanId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const byStart = (a: SpanNode, b: SpanNode) =>
    a.span.startTime.localeCompare(b.span.startTime) || a.span.spanId.localeCompare(b.span.spanId);
  const sort = (list: SpanNode[]) => {
    list.sort(byStart);
    for (const n of list) sort(n.children);
    return list;
  };
  return sort(roots);
}
