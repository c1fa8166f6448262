import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createRuntime } from "../chatbot/index";

/** A raw SQLite row exactly as the store wrote it (column name → value). */
export type Row = Record<string, unknown>;

/** One real conversation as stored: its header row, its turn rows in order, and per turn its span and booking rows. */
export interface TemplateConversation {
  conversation: Row;
  turns: { turn: Row; spans: Row[]; bookings: Row[] }[];
}

/** Scripts whose prefixes end in different states: booked, browsing, collecting, confirming, handoff, managing. */
const SCRIPTS = [
  [
    "Hi",
    "What time do you close on Saturday?",
    "I'd like to book a tune-up",
    "Friday",
    "10:30am",
    "Sarah Lee",
    "sarah@example.com",
    "yes",
    "thanks",
    "bye",
  ],
  [
    "Do you service e-bikes?",
    "How much is a flat fix?",
    "Can I just walk in?",
    "is Saturday morning busy?",
    "Do you take cards?",
    "thanks",
  ],
  ["I need my brakes looked at", "tomorrow", "actually can I talk to a human?"],
  ["I want to cancel my booking", "Sam Ortiz", "sam@example.com", "ok thanks"],
];

/**
 * Real turns for the bulk fill: the scripts above run through the production runtime (offline engine, tracing on)
 * into a temp SQLite file, then read back as raw rows so generated copies are byte-for-byte what the store writes.
 */
export async function templateConversations(): Promise<TemplateConversation[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-tpl-"));
  const path = join(dir, "t.db");
  const rt = createRuntime({ databasePath: path, env: { LLM_PROVIDER: "offline" } });
  const ids: string[] = [];
  for (const script of SCRIPTS) {
    let id: string | undefined;
    for (const message of script) {
      const r = await rt.runTurn({ conversationId: id, message, now: "2026-11-23T09:00:00-08:00", source: "ui" });
      if (!r.ok) throw new Error(r.error.message);
      id = r.turn.conversationId;
    }
    ids.push(id!);
  }
  await rt.close();
  const db = new Database(path, { readonly: true });
  const out = ids.map((id): TemplateConversation => {
    const bookings = db.prepare("SELECT * FROM bookings WHERE conversation_id = ?").all(id) as Row[];
    const used = new Set<Row>();
    return {
      conversation: db.prepare("SELECT * FROM conversations WHERE id = ?").get(id) as Row,
      turns: (db.prepare("SELECT * FROM turns WHERE conversation_id = ? ORDER BY idx").all(id) as Row[]).map(
        (turn) => ({
          turn,
          spans: JSON.parse(turn.spans as string) as Row[], // a turn's spans are a JSON column of its row
          // Two fast turns can share a millisecond: each booking goes with the first turn stamped at its time.
          bookings: bookings.filter((b) => b.created_at === turn.created_at && !used.has(b) && used.add(b)),
        }),
      ),
    };
  });
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return out;
}
