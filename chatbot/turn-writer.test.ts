import { describe, expect, it } from "vitest";
import type { TraceStore } from "../traces/index";
import { createTurnWriter, type TurnWrite } from "./turn-writer";

const aWrite = (index: number): TurnWrite =>
  ({
    conversation: null,
    turn: { conversationId: "c1", index, user: `message ${index}` },
    spans: [],
    effects: {},
  }) as unknown as TurnWrite;

/** A store whose commits fail while `full` is true (as on a full disk), recording what it stored. */
function flakyStore() {
  const stored: number[] = [];
  const state = { full: true };
  const store = {
    getConversation: () => ({ id: "c1" }),
    commitTurn: (turn: { index: number }) => {
      if (state.full) throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
      stored.push(turn.index);
    },
  } as unknown as TraceStore;
  return { store, stored, state };
}

describe("turn writer on a full disk", () => {
  it("keeps a write whose dead letter also fails, without throwing, and stores it once the disk has room", () => {
    const { store, stored, state } = flakyStore();
    const logs: string[] = [];
    const writer = createTurnWriter(
      store,
      (msg) => logs.push(msg),
      () => {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      },
      2,
    );
    expect(writer.write(aWrite(1))).toBe(false);
    expect(() => writer.flush()).not.toThrow(); // attempt 2 of 2: dead letter fails too
    expect(writer.flush()).toBe(1);
    expect(logs).toContain("dead letter for trace write c1#1 failed as well; keeping it in memory and retrying");
    state.full = false;
    expect(writer.flush()).toBe(0);
    expect(stored).toEqual([1]);
  });

  it("at shutdown, a write that neither the store nor the dead letter takes is logged with its content", () => {
    const { store } = flakyStore();
    const logs: string[] = [];
    const dead: number[] = [];
    let deadLetterWorks = false;
    const writer = createTurnWriter(
      store,
      (msg) => logs.push(msg),
      (w) => {
        if (!deadLetterWorks) throw new Error("ENOSPC: no space left on device, write");
        dead.push(w.turn.index);
      },
    );
    writer.write(aWrite(1));
    writer.write(aWrite(2));
    deadLetterWorks = false;
    expect(writer.drain()).toBe(2);
    expect(logs.filter((l) => l.includes("could not be stored anywhere"))).toHaveLength(2);
    expect(logs.join("\n")).toContain('"user":"message 2"');
    expect(writer.pending()).toBe(0);
    deadLetterWorks = true;
    writer.write(aWrite(3));
    expect(writer.drain()).toBe(1);
    expect(dead).toEqual([3]);
  });
});
