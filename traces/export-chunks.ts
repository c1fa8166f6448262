import { toCsv, toCsvRows, toJsonlLine } from "./export";
import { toLangfuseItems, toOpenAIChatLine, toPhoenixDataset } from "./interchange";
import type { Conversation, Source } from "./schema";
import type { TraceStore, TurnWithSpans } from "./trace-store";

/** Every export format: ours (jsonl, csv) and the interchange ones (OpenAI fine-tuning, Langfuse, Phoenix datasets). */
export const EXPORT_FORMATS = ["jsonl", "csv", "openai-chat", "langfuse", "phoenix"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE = 500;

/**
 * Streams every matching conversation as export text, a conversation at a time (oldest update first), so a large
 * store never sits in memory whole. CSV starts with its header line even when there are no rows.
 */
export function* exportChunks(
  store: Pick<TraceStore, "listConversations" | "getTurns">,
  format: ExportFormat,
  filter: { source?: Source } = {},
  dataset = "bikeshop-traces",
): Generator<string> {
  // Phoenix takes one JSON document (parallel arrays), so that format is built whole.
  if (format === "phoenix") {
    yield `${JSON.stringify(toPhoenixDataset(conversations(store, filter), dataset))}\n`;
    return;
  }
  let header = format === "csv";
  for (const { conversation, turns } of conversations(store, filter)) {
    if (format === "jsonl") yield toJsonlLine(conversation, turns);
    else if (format === "csv") yield toCsv(toCsvRows(conversation, turns), { header });
    else if (format === "langfuse")
      yield toLangfuseItems(conversation, turns, dataset)
        .map((i) => `${JSON.stringify(i)}\n`)
        .join("");
    else {
      const line = toOpenAIChatLine(turns);
      if (line) yield `${JSON.stringify(line)}\n`;
    }
    header = false;
  }
  if (header) yield toCsv([], { header: true });
}

/** Every matching conversation with its turns, a page of conversations at a time, oldest update first. */
function* conversations(
  store: Pick<TraceStore, "listConversations" | "getTurns">,
  filter: { source?: Source },
): Generator<{ conversation: Conversation; turns: TurnWithSpans[] }> {
  for (let offset = 0; ; offset += PAGE) {
    const { items } = store.listConversations({ ...filter, sort: "updated_asc", limit: PAGE, offset });
    for (const conversation of items) yield { conversation, turns: store.getTurns(conversation.id) };
    if (items.length < PAGE) break;
  }
}
