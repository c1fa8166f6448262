import { describe, expect, it } from "vitest";
import { limitConcurrency } from "./limit-concurrency";

const flush = () => new Promise<void>((r) => setImmediate(r));

describe("limitConcurrency", () => {
  it("runs at most `limit` calls at once, starts waiters in FIFO order and passes results and errors through", async () => {
    const gate = limitConcurrency(2);
    const release: (() => void)[] = [];
    const started: number[] = [];
    let inFlight = 0;
    let peak = 0;
    const call = (i: number) =>
      gate(async () => {
        started.push(i);
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise<void>((r) => release.push(r));
        inFlight--;
        if (i === 3) throw new Error("call 3");
        return i;
      });
    const settled = Promise.allSettled([0, 1, 2, 3, 4].map(call));
    await flush();
    expect(started).toEqual([0, 1]);
    release.shift()!();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    while (started.length < 5 || release.length) {
      release.shift()?.();
      await flush();
    }
    const results = await settled;
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual([
      0,
      1,
      2,
      "call 3",
      4,
    ]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    // The slot of the failed call was released: a new call still runs.
    expect(await gate(async () => "after")).toBe("after");
  });

  it("refuses a limit that is not a positive integer", () => {
    for (const bad of [0, -2, 2.5]) expect(() => limitConcurrency(bad)).toThrow(RangeError);
  });
});
