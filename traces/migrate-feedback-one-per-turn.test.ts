import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { applyMigrations } from "./apply-migrations";
import { aConversation, at } from "./fixtures";
import { migrations } from "./migrations";

it("upgrading a schema-4 file keeps the latest feedback per reply and then refuses a second row for it", () => {
  const db = new Database(":memory:");
  applyMigrations(db, migrations.slice(0, 4));
  const c = aConversation();
  db.prepare(`INSERT INTO conversations (id, source, model, prompt_version, handbook_version, app_version, created_at,
    updated_at, turn_count, final_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 2, 'browsing')`).run(
    c.id,
    c.source,
    c.model,
    c.promptVersion,
    c.handbookVersion,
    c.appVersion,
    c.createdAt,
    c.createdAt,
  );
  const turn = db.prepare(`INSERT INTO turns (conversation_id, idx, now, user_text, reply, state_before, state_after,
    latency_ms, input_tokens, output_tokens, cost_usd, created_at) VALUES (?, ?, ?, 'hi', 'hello', 'idle', 'browsing',
    1, 0, 0, 0, ?)`);
  for (const idx of [1, 2]) turn.run(c.id, idx, at(0), at(0));
  const feedback = db.prepare("INSERT INTO feedback VALUES (?, ?, ?, ?, NULL, ?)");
  feedback.run("old", c.id, 1, "up", at(1));
  feedback.run("new", c.id, 1, "down", at(2));
  feedback.run("other", c.id, 2, "up", at(1));
  applyMigrations(db);
  expect(db.prepare("SELECT id FROM feedback ORDER BY id").pluck().all()).toEqual(["new", "other"]);
  expect(() => feedback.run("again", c.id, 2, "down", at(3))).toThrow(/UNIQUE/);
  // Migration 006 sets the conversation's feedback flags from the rows kept, and triggers keep them after.
  const flags = db.prepare("SELECT has_down, has_up FROM conversations WHERE id = ?");
  expect(flags.get(c.id)).toEqual({ has_down: 1, has_up: 1 });
  db.prepare("DELETE FROM feedback WHERE id = 'new'").run();
  expect(flags.get(c.id)).toEqual({ has_down: 0, has_up: 1 });
});
