import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { applyMigrations } from "./apply-migrations";
import { aConversation, aSpan, at } from "./fixtures";
import { migrations } from "./migrations";
import { openTraceStore } from "./store";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("upgrading a schema-2 file moves each turn's span rows into the turn, in start order, and keeps spans of no turn", () => {
  dir = mkdtempSync(join(tmpdir(), "traces-migrate-"));
  const path = join(dir, "old.db");
  const old = new Database(path);
  applyMigrations(old, migrations.slice(0, 2));
  const c = aConversation();
  old
    .prepare(`INSERT INTO conversations (id, source, model, prompt_version, handbook_version, app_version, created_at,
    updated_at, turn_count, final_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 'browsing')`)
    .run(c.id, c.source, c.model, c.promptVersion, c.handbookVersion, c.appVersion, c.createdAt, c.createdAt);
  old
    .prepare(`INSERT INTO turns (conversation_id, idx, now, user_text, reply, state_before, state_after, latency_ms,
    input_tokens, output_tokens, cost_usd, created_at) VALUES (?, 1, ?, 'hi', 'hello', 'idle', 'browsing', 1, 0, 0, 0, ?)`)
    .run(c.id, at(0), at(0));
  const insert = old.prepare(`INSERT INTO spans (span_id, trace_id, parent_span_id, conversation_id, turn_idx, name,
    start_time, duration_ms, status_code, status_message, attributes, events) VALUES
    (@spanId, @traceId, @parentSpanId, @conversationId, @turnIdx, @name, @startTime, @durationMs, @statusCode,
    @statusMessage, @attributes, @events)`);
  const child = aSpan({ spanId: "child", parentSpanId: "root", startTime: at(1), durationMs: 2, attributes: { k: 1 } });
  const root = aSpan({
    spanId: "root",
    startTime: at(1),
    durationMs: 9,
    events: [{ name: "e", time: at(1), attributes: {} }],
  });
  const orphan = aSpan({ spanId: "orphan" });
  const row = (s: ReturnType<typeof aSpan>, turn: boolean) => ({
    ...s,
    conversationId: turn ? c.id : null,
    turnIdx: turn ? 1 : null,
    attributes: JSON.stringify(s.attributes),
    events: JSON.stringify(s.events),
  });
  insert.run(row(child, true)); // inserted first, but the enclosing span (same start, longer) must come first
  insert.run(row(root, true));
  insert.run(row(orphan, false));
  old.close();

  const store = openTraceStore(path);
  expect(store.getTurns(c.id)[0]?.spans).toEqual([root, child]);
  store.close();
  const raw = new Database(path, { readonly: true });
  expect(raw.prepare("SELECT span_id FROM spans").all()).toEqual([{ span_id: "orphan" }]);
  raw.close();
});
