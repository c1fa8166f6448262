import type { Conversation, TraceStore } from "../../traces/index";
import { buildQueue, describeQueueSpec, type QueueCandidate } from "./build-queue";
import type { AnnotationDeps } from "./deps";
import { type Queue, QueueSpec, type QueueSpecInput, type TraceFilter } from "./schema";
import { ATTRIBUTE_LABELS, traceAttributes } from "./trace-attributes";

/** Every conversation matching the list filters of a queue filter, newest first (one query over the trace store). */
export function matchingConversations(traces: TraceStore, filter: TraceFilter): Conversation[] {
  return traces.allConversations({
    source: filter.source,
    finalState: filter.finalState,
    text: filter.text,
    from: filter.from,
    to: filter.to,
    sort: "created_desc",
  });
}

/** Creates and stores a frozen review queue from a spec; an error value when nothing matches. */
export function createReviewQueue(
  deps: AnnotationDeps,
  input: { spec: QueueSpecInput; author: string; title?: string },
): { ok: true; queue: Queue } | { ok: false; error: { code: "empty_queue"; message: string } } {
  const spec = QueueSpec.parse(input.spec);
  const candidates: QueueCandidate[] = matchingConversations(deps.traces, spec.filter).map((c) => ({
    id: c.id,
    createdAt: c.createdAt,
    attrs: traceAttributes(c),
  }));
  const traceIds = buildQueue(candidates, deps.labels.currentLabels(), spec);
  if (traceIds.length === 0)
    return { ok: false, error: { code: "empty_queue", message: "No traces match this queue; loosen the filter." } };
  const queue: Queue = {
    id: deps.newId("q"),
    title: input.title?.trim() || describeQueueSpec(spec, ATTRIBUTE_LABELS),
    spec,
    traceIds,
    author: input.author,
    createdAt: deps.now().toISOString(),
  };
  deps.labels.createQueue(queue);
  return { ok: true, queue };
}
