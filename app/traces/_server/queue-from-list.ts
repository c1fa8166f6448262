import "server-only";
import type { Queue } from "../../../evals/annotation/index";
import { getRuntime } from "../../_server/runtime";
import { getAnnotationDeps } from "../../annotate/_server/annotation-deps";
import { labelFilterIds } from "../_lib/label-filter";
import { isFiltered, type ListParams, toConversationFilter } from "../_lib/list-params";
import { listLabels } from "./list-labels";

/** A queue from the list holds at most this many traces (the newest matches), so one click never freezes 100k ids. */
export const LIST_QUEUE_MAX = 500;

/**
 * Freezes the traces a trace-browser view shows (every page, newest activity first, at most LIST_QUEUE_MAX) into a
 * review queue; an error value when the view has no filter or matches nothing.
 */
export function queueFromList(
  params: ListParams,
  input: { author: string; title: string },
): { ok: true; queue: Queue } | { ok: false; error: { code: "empty_queue" | "invalid_request"; message: string } } {
  if (!isFiltered(params))
    return {
      ok: false,
      error: { code: "invalid_request", message: "Filter the list first: a queue of every trace is not a review." },
    };
  const { store } = getRuntime().deps;
  const {
    limit: _limit,
    offset: _offset,
    ...filter
  } = toConversationFilter({ ...params, sort: "updated_desc", page: 1 }, labelFilterIds(params, listLabels().labels));
  const traceIds = store
    .allConversations(filter)
    .slice(0, LIST_QUEUE_MAX)
    .map((c) => c.id);
  if (traceIds.length === 0)
    return { ok: false, error: { code: "empty_queue", message: "No traces match this view; loosen the filters." } };
  const deps = getAnnotationDeps();
  const queue: Queue = {
    id: deps.newId("q"),
    title: input.title,
    spec: {
      filter: {
        source: params.source,
        finalState: params.state.length === 1 ? params.state[0] : undefined,
        text: params.q,
        from: params.from,
        to: params.to,
        unlabelledOnly: params.label === "unlabelled",
      },
      sample: null,
    },
    traceIds,
    author: input.author,
    createdAt: deps.now().toISOString(),
  };
  deps.labels.createQueue(queue);
  return { ok: true, queue };
}
