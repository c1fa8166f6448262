import { toCsv, toCsvRows, toJsonlLine } from "./export";
import type { Source } from "./schema";
import type { TraceStore } from "./trace-store";

const PAGE = 500;

/**
 * Streams every matching conversation as export text, a conversation at a time (oldest update first), so a large
 * store never sits in memory whole. CSV starts with its header line even when there are no rows.
 */
export function* exportChunks(
  store: Pick<TraceStore, "listConversations" | "getTurns">,
  format: "jsonl" | "csv",
  filter: { source?: Source } = {},
): Generator<string> {
  let header = format === "csv";
  for (let offset = 0; ; offset += PAGE) {
    const { items } = store.listConversations({ ...filter, sort: "updated_asc", limit: PAGE, offset });
    for (const conversation of items) {
      const turns = store.getTurns(conversation.id);
      yield format === "jsonl" ? toJsonlLine(conversation, turns) : toCsv(toCsvRows(conversation, turns), { header });
      header = false;
    }
    if (items.length < PAGE) break;
  }
  if (header) yield toCsv([], { header: true });
}
