import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "./apply-migrations";
import { aConversation, aTurn, at } from "./fixtures";
import { migrations } from "./migrations";
import { openTraceStore } from "./store";
import type { TraceStore } from "./trace-store";

const decision = (...kinds: string[]) => ({ parts: kinds.map((kind) => ({ kind })), factIds: [] });
let store: TraceStore;
const ids = (filter: Parameters<TraceStore["listConversations"]>[0]) =>
  store.listConversations(filter).items.map((c) => c.id);

beforeEach(() => {
  store = openTraceStore(":memory:");
  // c1: book → invalid_slot (slow turn); c2: question → answer, then book → confirm; c3: question only.
  store.createConversation(aConversation({ id: "c1", createdAt: at(0) }));
  store.commitTurn(
    aTurn({ understanding: { intent: "book" }, decision: decision("invalid_slot", "ask"), latencyMs: 2400 }),
    [],
  );
  store.createConversation(aConversation({ id: "c2", source: "synthetic", createdAt: at(5) }));
  store.commitTurn(
    aTurn({ conversationId: "c2", understanding: { intent: "question" }, decision: decision("answer") }),
    [],
  );
  store.createConversation(aConversation({ id: "c3", createdAt: at(8) }));
  store.commitTurn(aTurn({ conversationId: "c3", understanding: { intent: "question" }, createdAt: at(9) }), []);
  store.commitTurn(
    aTurn({
      conversationId: "c2",
      index: 2,
      understanding: { intent: "book" },
      decision: decision("confirm"),
      latencyMs: 40,
      createdAt: at(20),
    }),
    [],
  );
});
afterEach(() => store.close());

describe("facet filters (intent, decision kind, latency bucket)", () => {
  it("any of within a group, every group, in latest-activity order with a distinct count", () => {
    expect(ids({ facets: [["intent:book"]] })).toEqual(["c2", "c1"]); // c2's new turn moved it first
    expect(ids({ facets: [["intent:question"]] })).toEqual(["c2", "c3"]);
    expect(ids({ facets: [["intent:question", "intent:book"]] })).toEqual(["c2", "c3", "c1"]);
    expect(store.listConversations({ facets: [["intent:question", "intent:book"]] }).total).toBe(3);
    expect(ids({ facets: [["decision:invalid_slot", "decision:confirm"], ["intent:question"]] })).toEqual(["c2"]);
    expect(ids({ facets: [["latency:2000"]] })).toEqual(["c1"]);
    expect(ids({ facets: [["latency:100", "latency:0"]] })).toEqual(["c2", "c3"]);
    expect(ids({ facets: [["intent:book"]], sort: "updated_asc" })).toEqual(["c1", "c2"]);
    expect(ids({ facets: [["intent:book"]], sort: "created_desc" })).toEqual(["c2", "c1"]);
    expect(ids({ facets: [["intent:book"]], source: "synthetic" })).toEqual(["c2"]);
    expect(ids({ facets: [["intent:nope"]] })).toEqual([]);
  });

  it("pages through a facet group (offset past the first page of each facet)", () => {
    const pages = [0, 1, 2].map((offset) => ids({ facets: [["intent:question", "intent:book"]], limit: 1, offset }));
    expect(pages).toEqual([["c2"], ["c3"], ["c1"]]);
  });

  it("queue export reads every match, not one page", () => {
    expect(store.allConversations({ facets: [["intent:question", "intent:book"]] }).map((c) => c.id)).toEqual([
      "c2",
      "c3",
      "c1",
    ]);
  });
});

it("the facets migration backfills facets of turns stored before it", () => {
  const db = new Database(":memory:");
  applyMigrations(db, migrations.slice(0, 6));
  db.exec(`INSERT INTO conversations (id, source, model, prompt_version, handbook_version, app_version, created_at,
    updated_at) VALUES ('old', 'ui', 'm', 'p', 'h', 'a', '2026-01-01', '2026-01-02')`);
  db.exec(`INSERT INTO turns (conversation_id, idx, now, user_text, reply, state_before, state_after, understanding,
    decision, latency_ms, input_tokens, output_tokens, cost_usd, created_at) VALUES ('old', 1, 'n', 'u', 'r', 'a', 'b',
    '{"intent":"cancel_booking"}', '{"parts":[{"kind":"no_booking_found"}]}', 700, 0, 0, 0, '2026-01-02')`);
  applyMigrations(db);
  expect(db.prepare("SELECT facet, updated_at FROM conversation_facets ORDER BY facet").all()).toEqual([
    { facet: "decision:no_booking_found", updated_at: "2026-01-02" },
    { facet: "intent:cancel_booking", updated_at: "2026-01-02" },
    { facet: "latency:500", updated_at: "2026-01-02" },
  ]);
});

it("a facet count stops at the facet cap and says so", () => {
  for (let i = 0; i < 1002; i++) {
    store.createConversation(aConversation({ id: `x${i}`, createdAt: at(100 + i) }));
    store.commitTurn(
      aTurn({ conversationId: `x${i}`, understanding: { intent: "thanks" }, createdAt: at(100 + i) }),
      [],
    );
  }
  expect(store.listConversations({ facets: [["intent:thanks"]], limit: 1 })).toMatchObject({
    total: 1000,
    totalIsLowerBound: true,
  });
});

it("a conversation's older facets follow its new activity (re-keyed by the next catch-up)", () => {
  expect(ids({ facets: [["intent:question"]] })).toEqual(["c2", "c3"]); // indexed up to here
  store.commitTurn(
    aTurn({ conversationId: "c3", index: 2, understanding: { intent: "thanks" }, createdAt: at(30) }),
    [],
  );
  expect(ids({ facets: [["intent:question"]] })).toEqual(["c3", "c2"]);
  expect(ids({ facets: [["intent:question"]], sort: "updated_asc" })).toEqual(["c2", "c3"]);
});
