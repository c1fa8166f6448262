import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { aConversation, aSpan, aTurn } from "./fixtures";
import { openTraceStore } from "./store";
import type { TraceStore } from "./trace-store";

let dir: string;
let store: TraceStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "traces-first-turn-"));
  store = openTraceStore(join(dir, "t.db"));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("commitTurn with the conversation's header (a conversation's first turn)", () => {
  it("creates the conversation and its first turn together", () => {
    store.commitTurn(
      aTurn({ conversationId: "c7", stateAfter: "booking" }),
      [aSpan()],
      {},
      aConversation({ id: "c7" }),
    );
    expect(store.getConversation("c7")).toMatchObject({ id: "c7", turnCount: 1, finalState: "booking" });
    expect(store.getTurns("c7").map((t) => t.index)).toEqual([1]);
  });

  it("leaves an existing conversation as it is and appends the turn (a retried or concurrent first turn)", () => {
    store.createConversation(aConversation({ id: "c8", model: "first-writer" }));
    store.commitTurn(aTurn({ conversationId: "c8" }), [], {}, aConversation({ id: "c8", model: "second-writer" }));
    expect(store.getConversation("c8")).toMatchObject({ model: "first-writer", turnCount: 1 });
  });

  it("writes neither when the turn cannot be stored: no conversation without its first turn", () => {
    const cancelUnknown = { cancelBookingIds: [{ id: "BK-NOPE", at: "2026-11-23T15:00:00.000Z" }] };
    expect(() =>
      store.commitTurn(aTurn({ conversationId: "c9" }), [], cancelUnknown, aConversation({ id: "c9" })),
    ).toThrow(/no such booking/);
    expect(store.getConversation("c9")).toBeNull();
  });
});
