import { describe, expect, it } from "vitest";
import { createSequencePool } from "./sequence-pool";

describe("createSequencePool", () => {
  it("prefers the worker that last served the same prefix", async () => {
    const pool = createSequencePool(["a", "b"]);
    const first = await pool.acquire("judge-1");
    const second = await pool.acquire("judge-2");
    pool.release(first);
    pool.release(second);
    expect(await pool.acquire("judge-2")).toBe(second);
    expect(await pool.acquire("judge-1")).toBe(first);
  });

  it("queues callers when every worker is busy and serves them in order", async () => {
    const pool = createSequencePool(["only"]);
    const w = await pool.acquire("x");
    const order: string[] = [];
    const p1 = pool.acquire("y").then((v) => {
      order.push("y");
      return v;
    });
    const p2 = pool.acquire("z").then((v) => {
      order.push("z");
      return v;
    });
    pool.release(w);
    pool.release(await p1);
    await p2;
    expect(order).toEqual(["y", "z"]);
  });

  it("serves a higher-priority waiter first (a chat turn ahead of queued judge calls)", async () => {
    const pool = createSequencePool(["only"]);
    const w = await pool.acquire("x");
    const order: string[] = [];
    const judge = pool.acquire("judge", undefined, 0).then((v) => {
      order.push("judge");
      return v;
    });
    const chat = pool.acquire("chat", undefined, 1).then((v) => {
      order.push("chat");
      return v;
    });
    pool.release(w);
    pool.release(await chat);
    await judge;
    expect(order).toEqual(["chat", "judge"]);
  });

  it("a waiting caller whose signal aborts leaves the queue", async () => {
    const pool = createSequencePool(["only"]);
    const w = await pool.acquire("x");
    const controller = new AbortController();
    const waiting = pool.acquire("y", controller.signal);
    controller.abort(new Error("gone"));
    await expect(waiting).rejects.toThrow("gone");
    pool.release(w);
    expect(await pool.acquire("z")).toBe("only");
  });
});
