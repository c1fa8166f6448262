import type { Conversation } from "./schema";
import type { ConversationSummary, TurnWithSpans } from "./trace-store";

/** Left-aligned text table: every column padded to its widest cell, two spaces apart, no trailing spaces. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), ...rows.map(line)].map((l) => `${l}\n`).join("");
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The human `list` output: one aligned row per conversation and a "shown of total" footer. */
export function formatConversationList(items: readonly ConversationSummary[], total: number): string {
  const rows = items.map((c) => [
    c.id,
    c.source,
    String(c.turnCount),
    c.finalState ?? "-",
    c.updatedAt,
    clip(c.preview, 60),
  ]);
  return `${formatTable(["ID", "SOURCE", "TURNS", "STATE", "UPDATED", "PREVIEW"], rows)}${items.length} of ${total} conversation(s)\n`;
}

/** The `show --json` document: the conversation, then each turn led by index/user/assistant/states/spans. */
export function showDocument(conversation: Conversation, turns: readonly TurnWithSpans[]) {
  return {
    conversation,
    turns: turns.map(({ index, user, assistant, stateBefore, stateAfter, spans, ...rest }) => ({
      index,
      user,
      assistant,
      stateBefore,
      stateAfter,
      spans: spans.map(({ name, ...span }) => ({ name, ...span })),
      ...rest,
    })),
  };
}

/** The human `show` output: a header line, then each turn's exchange, states, cost and span timings. */
export function formatTranscript(conversation: Conversation, turns: readonly TurnWithSpans[]): string {
  const c = conversation;
  const out = [
    `${c.id}  ${c.source}  ${c.model}  ${c.turnCount} turn(s)  final state ${c.finalState ?? "-"}  updated ${c.updatedAt}`,
  ];
  for (const t of turns) {
    out.push(
      "",
      `#${t.index}  ${t.stateBefore} → ${t.stateAfter}  ${t.latencyMs.toFixed(0)} ms  $${t.costUsd.toFixed(4)}  now ${t.now}`,
    );
    out.push(`  user:      ${t.user}`, `  assistant: ${t.assistant}`);
    if (t.error) out.push(`  error:     ${t.error}`);
    if (t.factIds.length) out.push(`  facts:     ${t.factIds.join(", ")}`);
    const depth = new Map<string, number>();
    for (const s of t.spans) {
      const d = s.parentSpanId ? (depth.get(s.parentSpanId) ?? -1) + 1 : 0; // spans come parent-first (start order)
      depth.set(s.spanId, d);
      const failed = s.statusCode === "error" ? `  ERROR ${s.statusMessage ?? ""}` : "";
      out.push(`  span  ${"  ".repeat(d)}${s.name}  ${s.durationMs.toFixed(1)} ms${failed}`);
    }
  }
  return `${out.join("\n")}\n`;
}
