import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { aBooking, aConversation, aSpan, aTurn, at } from "./fixtures";
import { migrations } from "./migrations";
import { openTraceStore } from "./store";
import { DuplicateTurnError, UnknownConversationError } from "./store-errors";
import type { TraceStore } from "./trace-store";

let dir: string;
let store: TraceStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "traces-store-"));
  store = openTraceStore(join(dir, "nested", "deeper", "t.db"));
  store.createConversation(aConversation());
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("openTraceStore", () => {
  it("creates the parent directory, uses WAL and is at the latest schema version; reopening is a no-op", () => {
    const raw = new Database(store.path, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.prepare("SELECT count(*) AS n FROM schema_migrations WHERE owner = 'traces'").get()).toEqual({
      n: migrations.length,
    });
    raw.close();
    const again = openTraceStore(store.path);
    expect(again.getConversation("c1")?.id).toBe("c1");
    again.close();
  });

  it("supports :memory:", () => {
    const mem = openTraceStore(":memory:");
    mem.createConversation(aConversation({ id: "m" }));
    expect(mem.getConversation("m")?.turnCount).toBe(0);
    mem.close();
  });
});

describe("conversations and turns", () => {
  it("reads a conversation back parsed, and rejects a duplicate id", () => {
    store.createConversation(aConversation({ id: "c2", metadata: { persona: "rushed" }, scenarioId: "s-7" }));
    expect(store.getConversation("c2")).toEqual({
      ...aConversation({ id: "c2", metadata: { persona: "rushed" }, scenarioId: "s-7" }),
      updatedAt: aConversation().createdAt,
      turnCount: 0,
      finalState: null,
    });
    expect(store.getConversation("nope")).toBeNull();
    expect(() => store.createConversation(aConversation())).toThrow(/c1 already exists/);
  });

  it("commits turns with their spans and bumps the conversation", () => {
    const late = aSpan({ spanId: "late", startTime: at(2) });
    const early = aSpan({
      spanId: "early",
      parentSpanId: "late",
      startTime: at(1),
      statusCode: "error",
      statusMessage: "boom",
    });
    store.commitTurn(aTurn(), [late, early]);
    store.commitTurn(
      aTurn({ index: 2, stateAfter: "booking.collecting", understanding: null, snapshot: undefined }),
      [],
    );
    expect(store.getConversation("c1")).toMatchObject({
      turnCount: 2,
      finalState: "booking.collecting",
      updatedAt: at(2),
    });
    const turns = store.getTurns("c1");
    expect(turns.map((t) => t.index)).toEqual([1, 2]);
    expect(turns[0]).toEqual({ ...aTurn(), spans: [early, late] });
    expect(turns[1]).toMatchObject({ snapshot: null, understanding: null, spans: [] });
    expect(store.lastTurn("c1")?.index).toBe(2);
    expect(store.lastTurn("nope")).toBeNull();
    expect(store.lastTurnIndex("c1")).toBe(2);
    expect(store.lastTurnIndex("nope")).toBeNull();
  });

  it("rejects a duplicate (conversationId, index) and writes nothing from that commit", () => {
    store.commitTurn(aTurn(), [aSpan()]);
    const dup = () => store.commitTurn(aTurn({ user: "again" }), [aSpan({ spanId: "s2" })], { bookings: [aBooking()] });
    expect(dup).toThrow(DuplicateTurnError);
    expect(dup).toThrow(/turn 1 of conversation c1 is already stored/);
    expect(store.getConversation("c1")?.turnCount).toBe(1);
    expect(store.getTurns("c1")[0]).toMatchObject({ user: "user message 1", spans: [{ spanId: "s1" }] });
    expect(store.getBooking("b1")).toBeNull();
  });

  it("rejects a turn of an unknown conversation", () => {
    expect(() => store.commitTurn(aTurn({ conversationId: "ghost" }), [])).toThrow(UnknownConversationError);
  });

  it("refuses to read back a corrupted JSON column (rows are parsed, not trusted)", () => {
    store.commitTurn(aTurn(), []);
    const raw = new Database(store.path);
    raw.prepare("UPDATE turns SET fact_ids = '{not json' WHERE idx = 1").run();
    raw.close();
    expect(() => store.getTurns("c1")).toThrow(/invalid JSON column/);
  });

  it("keeps spans of no turn out of the turn view", () => {
    store.insertSpans([aSpan({ spanId: "orphan" })]);
    store.commitTurn(aTurn(), []);
    expect(store.getTurns("c1")[0]?.spans).toEqual([]);
  });
});

describe("bookings", () => {
  it("commits bookings with the turn and finds them by normalized name and contact", () => {
    store.commitTurn(aTurn(), [], {
      bookings: [aBooking(), aBooking({ id: "b2", contact: "Jo@Example.com", createdAt: at(2) })],
    });
    expect(store.getBooking("b1")).toEqual(aBooking());
    expect(store.findBookings("  jo SMITH ", "+1 (555) 010-2030").map((b) => b.id)).toEqual(["b1"]);
    expect(store.findBookings("Jo Smith", "jo@example.COM").map((b) => b.id)).toEqual(["b2"]);
    expect(store.findBookings("Jo Smyth", "555-010-2030")).toEqual([]);
  });

  it("cancels in the same transaction as the turn; an unknown booking rolls the turn back", () => {
    store.commitTurn(aTurn(), [], { bookings: [aBooking()] });
    store.commitTurn(aTurn({ index: 2 }), [], { cancelBookingIds: [{ id: "b1", at: at(3) }] });
    expect(store.getBooking("b1")).toMatchObject({ status: "cancelled", cancelledAt: at(3) });
    expect(() => store.commitTurn(aTurn({ index: 3 }), [], { cancelBookingIds: [{ id: "b9", at: at(4) }] })).toThrow(
      /b9/,
    );
    expect(store.lastTurn("c1")?.index).toBe(2);
    expect(store.getConversation("c1")?.turnCount).toBe(2);
  });
});

describe("listConversations", () => {
  beforeEach(() => {
    // c1: ui, 1 turn, ends in "idle"; c2: synthetic, 3 turns, "done"; c3: eval, no turns.
    store.commitTurn(aTurn({ user: `Do you fix 50% of e-bikes? ${"x".repeat(200)}` }), []);
    store.createConversation(aConversation({ id: "c2", source: "synthetic", createdAt: at(5) }));
    for (const index of [1, 2, 3])
      store.commitTurn(
        aTurn({
          conversationId: "c2",
          index,
          assistant: index === 2 ? "Brakes are $25" : "ok",
          stateAfter: "done",
          createdAt: at(10 + index),
        }),
        [],
      );
    store.createConversation(aConversation({ id: "c3", source: "eval", createdAt: at(20) }));
    store.addFeedback({
      id: "f1",
      conversationId: "c2",
      turnIndex: 2,
      rating: "down",
      comment: "wrong price",
      createdAt: at(30),
    });
    store.addFeedback({ id: "f2", conversationId: "c2", turnIndex: 3, rating: "up", comment: null, createdAt: at(31) });
  });
  const ids = (filter: Parameters<TraceStore["listConversations"]>[0]) =>
    store.listConversations(filter).items.map((c) => c.id);

  it("filters by several final states, thumbs down/up, model, bot variant, given ids and excluded ids", () => {
    store.createConversation(
      aConversation({ id: "c4", model: "other-model", metadata: { bot: "prompt" }, createdAt: at(40) }),
    );
    store.commitTurn(aTurn({ conversationId: "c4", stateAfter: "handoff", createdAt: at(41) }), []);
    expect(ids({ finalStates: ["idle", "handoff"] })).toEqual(["c4", "c1"]);
    expect(ids({ finalStates: ["done"], sort: "turns_desc" })).toEqual(["c2"]);
    expect(ids({ feedback: "down" })).toEqual(["c2"]);
    expect(ids({ feedback: "up" })).toEqual(["c2"]);
    expect(ids({ model: "other-model" })).toEqual(["c4"]);
    expect(ids({ model: "gpt-test", sort: "turns_desc" })).toEqual(["c2", "c1", "c3"]);
    expect(ids({ bot: "prompt" })).toEqual(["c4"]);
    expect(ids({ bot: "machine" })).toEqual(["c3", "c2", "c1"]); // no variant recorded: the machine
    expect(ids({ ids: ["c1", "c4", "nope"] })).toEqual(["c4", "c1"]);
    expect(ids({ ids: [] })).toEqual([]);
    expect(ids({ excludeIds: ["c1", "c4"] })).toEqual(["c3", "c2"]);
    expect(store.listConversations({ finalStates: ["idle", "handoff"], model: "gpt-test" }).total).toBe(1);
    expect(store.distinctModels()).toEqual(["gpt-test", "other-model"]);
  });

  it("lists newest first with preview, feedback counts and total", () => {
    const { items, total } = store.listConversations();
    expect(total).toBe(3);
    expect(items.map((c) => c.id)).toEqual(["c3", "c2", "c1"]);
    expect(items[1]).toMatchObject({
      turnCount: 3,
      finalState: "done",
      preview: "user message 1",
      feedbackUp: 1,
      feedbackDown: 1,
    });
    expect(items[2]?.preview).toHaveLength(120);
    expect(items[2]?.preview.endsWith("…")).toBe(true);
    expect(items[0]).toMatchObject({ preview: "", feedbackUp: 0, turnCount: 0, finalState: null });
  });

  it.each([
    [{ source: "synthetic" }, ["c2"]],
    [{ finalState: "idle" }, ["c1"]],
    [{ from: at(13) }, ["c3", "c2"]],
    [{ to: at(13) }, ["c1"]],
    [{ from: at(1), to: at(14) }, ["c2", "c1"]],
    [{ text: "BRAKES" }, ["c2"]],
    [{ text: "50%" }, ["c1"]],
    [{ text: "0%" }, ["c1"]],
    [{ text: "user message 3" }, ["c2"]],
    [{ text: "zebra" }, []],
    [{ text: "_" }, []],
    [{ sort: "updated_asc" }, ["c1", "c2", "c3"]],
    [{ sort: "turns_desc" }, ["c2", "c1", "c3"]],
    [{ sort: "created_desc" }, ["c3", "c2", "c1"]],
  ] as const)("%j → %j", (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it.each([
    {},
    { source: "synthetic" as const },
    { text: "brakes" },
    { sort: "created_desc" as const },
    { to: at(13) },
  ])("allConversations(%j) is every page of listConversations, without the list extras", (filter) => {
    const paged = [0, 1, 2].flatMap((offset) => store.listConversations({ ...filter, limit: 1, offset }).items);
    expect(store.allConversations(filter)).toEqual(
      paged.map(({ preview: _p, feedbackUp: _u, feedbackDown: _d, ...c }) => c),
    );
  });

  it("pages with limit/offset while total counts every match", () => {
    expect(store.listConversations({ limit: 2 })).toMatchObject({ total: 3, items: [{ id: "c3" }, { id: "c2" }] });
    expect(store.listConversations({ limit: 2, offset: 2 })).toMatchObject({ total: 3, items: [{ id: "c1" }] });
    expect(store.listConversations({ source: "ui", offset: 5 })).toEqual({
      total: 1,
      items: [],
      totalIsLowerBound: false,
    });
  });
});

describe("feedback", () => {
  it("stores and lists feedback per conversation; feedback on a missing turn is refused", () => {
    store.commitTurn(aTurn(), []);
    const f = {
      id: "f1",
      conversationId: "c1",
      turnIndex: 1,
      rating: "up" as const,
      comment: "great",
      createdAt: at(2),
    };
    store.addFeedback(f);
    expect(store.listFeedback("c1")).toEqual([f]);
    expect(() => store.addFeedback({ ...f, id: "f2", turnIndex: 7 })).toThrow(
      /turn 7 of conversation c1 does not exist/,
    );
    expect(store.listFeedback("other")).toEqual([]);
  });

  it("keeps one feedback per reply: a second one updates it (same id), never duplicates", () => {
    store.commitTurn(aTurn(), []);
    const first = {
      id: "f1",
      conversationId: "c1",
      turnIndex: 1,
      rating: "down" as const,
      comment: null,
      createdAt: at(2),
    };
    expect(store.addFeedback(first)).toEqual(first);
    const second = store.addFeedback({ ...first, id: "f2", rating: "up", comment: "better now", createdAt: at(3) });
    expect(second).toEqual({ ...first, rating: "up", comment: "better now", createdAt: at(3) });
    expect(store.listFeedback("c1")).toEqual([second]);
    expect(store.listConversations().items[0]).toMatchObject({ feedbackUp: 1, feedbackDown: 0 });
    expect(store.listConversations({ feedback: "down" }).total).toBe(0); // the flag followed the update
    expect(store.listConversations({ feedback: "up" }).items.map((c) => c.id)).toEqual(["c1"]);
  });
});
