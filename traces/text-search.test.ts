import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEXT_COUNT_CAP } from "./conversation-list-query";
import { aConversation, aTurn, at } from "./fixtures";
import { openTraceStore } from "./store";
import type { TraceStore } from "./trace-store";

const WORDS = ["Tune-up", "brake", "Saturday", "e-bike", "50%", "flat tyre", "wheel", "café", "ÉCLAIR", "o'clock"];
/** A fixed pseudo-random sequence (LCG), so the corpus is the same on every run. */
const lcg = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

let store: TraceStore;
beforeEach(() => {
  store = openTraceStore(":memory:");
});
afterEach(() => store.close());

/** Commits `turns` turns round-robin over `conversations` conversations, one minute apart; returns each one's texts. */
function fill(conversations: number, turns: number, text: (i: number) => [string, string]) {
  const texts = new Map<string, string[]>();
  for (let c = 0; c < conversations; c++) {
    store.createConversation(
      aConversation({ id: `c${c}`, source: c % 3 === 0 ? "synthetic" : "ui", createdAt: at(0) }),
    );
    texts.set(`c${c}`, []);
  }
  for (let i = 0; i < turns; i++) {
    const id = `c${(i * 7) % conversations}`;
    const [user, assistant] = text(i);
    const index = texts.get(id)!.length / 2 + 1;
    store.commitTurn(aTurn({ conversationId: id, index, user, assistant, createdAt: at(i + 1) }), []);
    texts.get(id)!.push(user, assistant);
  }
  return texts;
}

describe("text search over the trigram index", () => {
  it("finds exactly the conversations a case-insensitive substring scan finds, latest activity first, with filters", () => {
    const rnd = lcg(7);
    const pick = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
    const texts = fill(40, 160, () => [`I need a ${pick()} on ${pick()}`, `We can do the ${pick()} at 10 o'clock`]);
    const lastActivity = new Map<string, number>();
    for (const c of store.listConversations({ limit: 500 }).items) lastActivity.set(c.id, Date.parse(c.updatedAt));
    for (const query of ["tune-up", "TUNE", "brake on", "50%", "CAFÉ", "éclair", "o'clock", "wheel on flat", "zzz"]) {
      const expected = [...texts]
        .filter(([, t]) => t.some((x) => x.toLowerCase().includes(query.toLowerCase())))
        .map(([id]) => id)
        .sort((a, b) => lastActivity.get(b)! - lastActivity.get(a)!);
      const found = store.listConversations({ text: query, limit: 500 });
      expect(
        found.items.map((c) => c.id),
        query,
      ).toEqual(expected);
      expect(found).toMatchObject({ total: expected.length, totalIsLowerBound: false });
      const synthetic = store.listConversations({ text: query, source: "synthetic", sort: "turns_desc", limit: 500 });
      expect(new Set(synthetic.items.map((c) => c.id)), query).toEqual(
        new Set(expected.filter((id) => Number(id.slice(1)) % 3 === 0)),
      );
    }
  });

  it("a conversation's earlier turns stay searchable after later turns, and it moves up when it gets a new turn", () => {
    fill(3, 3, (i) => [`question ${i}`, i === 0 ? "the pump is on the left" : "ok"]);
    expect(store.listConversations({ text: "pump" }).items.map((c) => c.id)).toEqual(["c0"]);
    store.commitTurn(aTurn({ conversationId: "c1", index: 2, user: "also a pump?", createdAt: at(10) }), []);
    store.commitTurn(aTurn({ conversationId: "c0", index: 2, user: "thanks", createdAt: at(11) }), []);
    expect(store.listConversations({ text: "pump" }).items.map((c) => c.id)).toEqual(["c0", "c1"]);
    expect(store.listConversations({ text: "pump", sort: "updated_asc" }).items.map((c) => c.id)).toEqual(["c1", "c0"]);
  });

  it("stops counting past the cap and says the total is a lower bound; paging still reaches every match", () => {
    fill(TEXT_COUNT_CAP + 5, TEXT_COUNT_CAP + 5, (i) => [`tune-up ${i}`, "sure"]);
    const first = store.listConversations({ text: "tune-up", limit: 500 });
    expect(first).toMatchObject({ total: TEXT_COUNT_CAP, totalIsLowerBound: true });
    const last = store.listConversations({ text: "tune-up", limit: 500, offset: 1000 });
    expect(last.items).toHaveLength(5);
    expect(store.listConversations({ text: "tune-up 100" })).toMatchObject({ total: 6, totalIsLowerBound: false });
  });
});
