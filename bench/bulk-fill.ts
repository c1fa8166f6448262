import Database from "better-sqlite3";
import { createTextIndexer, openTraceStore } from "../traces/index";
import type { Row, TemplateConversation } from "./template-traces";

const DAY = 86_400_000;
const START = Date.parse("2025-12-01T00:00:00Z");
/** Source mix of the generated traces: mostly the chat UI and synthetic runs. */
const SOURCES = ["ui", "ui", "ui", "ui", "synthetic", "synthetic", "synthetic", "eval", "eval", "cli"];

/** murmur3's 32-bit finalizer: a bijection, so distinct counters give distinct, random-looking ids. */
function mix32(n: number): number {
  let h = n | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const hex8 = (n: number) => mix32(n).toString(16).padStart(8, "0");

function insertInto(db: Database.Database, table: string, sample: Row): Database.Statement {
  const cols = Object.keys(sample).filter((c) => !(table === "turns" && c === "id"));
  return db.prepare(`INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map((c) => `@${c}`).join(", ")})`);
}

/**
 * BENCH-ONLY bulk insert. Generates `turns` turns (conversations of 1..n turns: prefixes of the real template
 * conversations, so final states vary) into a new trace store file: the schema comes from `openTraceStore` (the real
 * migrations), rows are copies of what the store wrote for the templates with fresh ids (OTel-like random trace and
 * span ids, time-ordered conversation ids), timestamps spread over a year, and the same columns. It writes with plain
 * better-sqlite3 statements, thousands of turns per transaction and `synchronous = OFF`, because `commitTurn` (one
 * transaction and zod parse per turn) fills at ~2,400 turns/s: 7+ minutes for 1M. Returns conversations written.
 */
export function bulkFill(
  path: string,
  turns: number,
  tpl: TemplateConversation[],
  onProgress: (done: number) => void,
): number {
  openTraceStore(path).close();
  const db = new Database(path);
  db.pragma("journal_mode = OFF"); // no WAL/rollback copy while filling; the file goes back to WAL below
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -1048576"); // 1 GB
  const t0 = tpl[0]!.turns[0]!;
  const ins = {
    conversation: insertInto(db, "conversations", tpl[0]!.conversation),
    turn: insertInto(db, "turns", t0.turn),
    booking: insertInto(db, "bookings", tpl.flatMap((c) => c.turns.flatMap((t) => t.bookings))[0] ?? {}),
  };
  const prepared = tpl.map((c) => ({
    conversation: c.conversation,
    turns: c.turns.map(({ turn, spans, bookings }) => {
      const at = Date.parse(turn.created_at as string);
      return {
        turn,
        bookings,
        spans: spans.map((s) => ({
          row: s,
          offsetMs: Date.parse(s.startTime as string) - at,
          attributes: JSON.stringify(s.attributes).split(c.conversation.id as string),
        })),
      };
    }),
  }));
  const meanLength = tpl.reduce((n, t) => n + (t.turns.length + 1) / 2, 0) / tpl.length;
  const msPerConversation = (365 * DAY) / Math.max(1, turns / meanLength);
  let written = 0;
  let c = 0;
  let spanSeq = 0;
  const batch = db.transaction((until: number) => {
    for (; written < until; c++) {
      const t = prepared[mix32(c) % prepared.length]!;
      const length = Math.min(1 + (mix32(c ^ 0x5bd1e995) % t.turns.length), until - written);
      const createdMs = START + Math.floor(c * msPerConversation);
      const id = `c_${createdMs.toString(36)}${hex8(c)}${hex8(c + 0x7f4a7c15).slice(0, 2)}`;
      const turnAt = (i: number) => new Date(createdMs + i * 37_000).toISOString();
      ins.conversation.run({
        ...t.conversation,
        id,
        source: SOURCES[c % SOURCES.length],
        created_at: turnAt(0),
        updated_at: turnAt(length - 1),
        turn_count: length,
        final_state: t.turns[length - 1]!.turn.state_after,
      });
      for (let i = 0; i < length; i++) {
        const { turn, spans, bookings } = t.turns[i]!;
        const at = createdMs + i * 37_000;
        const traceId = `${hex8(written)}${hex8(written ^ 0x1b873593)}${hex8(written + 0x68e31da4)}${hex8(~written)}`;
        const spanIds = new Map<unknown, string>();
        for (const s of spans) spanIds.set(s.row.spanId, `${hex8(spanSeq)}${hex8(spanSeq++ ^ 0x27d4eb2d)}`);
        const spanRows = spans.map((s) => ({
          ...s.row,
          spanId: spanIds.get(s.row.spanId),
          traceId,
          parentSpanId: s.row.parentSpanId === null ? null : (spanIds.get(s.row.parentSpanId) ?? null),
          startTime: new Date(at + s.offsetMs).toISOString(),
          attributes: JSON.parse(s.attributes.join(id)) as unknown,
        }));
        ins.turn.run({
          ...turn,
          conversation_id: id,
          trace_id: traceId,
          created_at: turnAt(i),
          spans: JSON.stringify(spanRows),
        });
        for (const [k, b] of bookings.entries())
          ins.booking.run({
            ...b,
            id: `BK-${hex8(c).toUpperCase()}${i}${k}`,
            conversation_id: id,
            created_at: turnAt(i),
          });
        written++;
      }
    }
  });
  const step = 20_000;
  while (written < turns) {
    batch(Math.min(turns, written + step));
    onProgress(written);
  }
  // The app indexes text in the background as turns arrive; a filled store starts fully indexed, like a live one.
  createTextIndexer(db).catchUp(50_000);
  db.pragma("journal_mode = WAL");
  db.close();
  return c;
}
