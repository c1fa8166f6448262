import Papa from "papaparse";
import { z } from "zod";
import { csvSafe } from "./csv-safe";
import type { Conversation, TurnRecord } from "./schema";

/** One chat message in an export line. */
export const ExportMessage = z.object({ role: z.enum(["user", "assistant"]), content: z.string() });
export type ExportMessage = z.infer<typeof ExportMessage>;

/** One JSONL export line: a whole conversation as chat messages plus the metadata needed to replay or evaluate it. */
export const ExportLine = z.object({
  id: z.string(),
  now: z.string(),
  messages: z.array(ExportMessage),
  metadata: z.looseObject({
    source: z.string(),
    scenarioId: z.string().nullable(),
    model: z.string(),
    handbookVersion: z.string(),
    promptVersion: z.string(),
    appVersion: z.string(),
    finalState: z.string().nullable(),
    turns: z.number().int(),
    /** Each turn's OTel trace id, in turn order (null for a turn stored without tracing). */
    traceIds: z.array(z.string().nullable()).optional(),
  }),
});
export type ExportLine = z.infer<typeof ExportLine>;

/** The CSV export's columns, one row per turn. */
export const CSV_FIELDS = [
  "conversation_id",
  "turn",
  "now",
  "user",
  "assistant",
  "state_before",
  "state_after",
  "fact_ids",
  "trace_id",
] as const;

const byIndex = (turns: readonly TurnRecord[]) => [...turns].sort((a, b) => a.index - b.index);

/**
 * A conversation as an export line. `now` is the first turn's reference time (the conversation's createdAt when it has
 * no turns); the conversation's own metadata is spread last, as recorded.
 */
export function toExportLine(conversation: Conversation, turns: readonly TurnRecord[]): ExportLine {
  const ordered = byIndex(turns);
  return {
    id: conversation.id,
    now: ordered[0]?.now ?? conversation.createdAt,
    messages: ordered.flatMap((t): ExportMessage[] => [
      { role: "user", content: t.user },
      { role: "assistant", content: t.assistant },
    ]),
    metadata: {
      source: conversation.source,
      scenarioId: conversation.scenarioId,
      model: conversation.model,
      handbookVersion: conversation.handbookVersion,
      promptVersion: conversation.promptVersion,
      appVersion: conversation.appVersion,
      finalState: conversation.finalState,
      turns: ordered.length,
      traceIds: ordered.map((t) => t.traceId),
      ...conversation.metadata,
    },
  };
}

/** The JSONL text of one conversation: its export line plus a newline. */
export function toJsonlLine(conversation: Conversation, turns: readonly TurnRecord[]): string {
  return `${JSON.stringify(toExportLine(conversation, turns))}\n`;
}

/** One CSV row per turn, in CSV_FIELDS order, every text cell made formula-safe. */
export function toCsvRows(conversation: Conversation, turns: readonly TurnRecord[]): (string | number)[][] {
  return byIndex(turns).map((t) => [
    csvSafe(conversation.id),
    t.index,
    csvSafe(t.now),
    csvSafe(t.user),
    csvSafe(t.assistant),
    csvSafe(t.stateBefore),
    csvSafe(t.stateAfter),
    csvSafe(t.factIds.join(";")),
    csvSafe(t.traceId ?? ""),
  ]);
}

/** CSV text (RFC 4180, CRLF, ending in a newline) for rows from `toCsvRows`, with or without the header line. */
export function toCsv(rows: (string | number)[][], options: { header: boolean }): string {
  if (rows.length === 0) return options.header ? `${CSV_FIELDS.join(",")}\r\n` : "";
  return `${Papa.unparse({ fields: [...CSV_FIELDS], data: rows }, { header: options.header, newline: "\r\n" })}\r\n`;
}
