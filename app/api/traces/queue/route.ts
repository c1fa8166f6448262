import { z } from "zod";
import { domainError } from "../../../_server/errors";
import { ok } from "../../../_server/json-ok";
import { readJson } from "../../../_server/read-body";
import { route } from "../../../_server/route";
import { parseListParams } from "../../../traces/_lib/list-params";
import { queueFromList } from "../../../traces/_server/queue-from-list";

/** Body of POST /api/traces/queue: the trace browser's query string (its filters) and an optional queue title. */
const ListQueueRequest = z.object({
  query: z.string().max(8000),
  title: z.string().trim().max(200).optional(),
});

/** POST /api/traces/queue: turns a filtered trace-browser view into a frozen review queue; returns its id and size. */
export const POST = route({ name: "queue from trace list", access: "label" }, async ({ request, member }) => {
  const read = await readJson(request, ListQueueRequest, 16 * 1024);
  if (!read.ok) return read.response;
  const qs = new URLSearchParams(read.body.query);
  const raw: Record<string, string[]> = {};
  for (const key of new Set(qs.keys())) raw[key] = qs.getAll(key);
  const params = parseListParams(raw);
  const title = read.body.title || `Traces: ${read.body.query.slice(0, 120)}`;
  const r = queueFromList(params, { author: member.name, title });
  if (!r.ok) return domainError(r.error);
  return ok({ queue: { id: r.queue.id, title: r.queue.title, size: r.queue.traceIds.length } }, 201);
});
