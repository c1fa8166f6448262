import { describe, expect, it } from "vitest";
import { mapPool } from "./map-pool";

/** A promise settled from outside, so the tests decide the order in which jobs finish. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending microtask (and the pool's next start) run. */
const flush = () => new Promise<void>((r) => setImmediate(r));

describe("mapPool", () => {
  it("keeps input order when jobs finish in reverse, never exceeds the limit and does fill it", async () => {
    const gates = Array.from({ length: 7 }, () => deferred<void>());
    let inFlight = 0;
    let peak = 0;
    const started: number[] = [];
    const run = mapPool([10, 11, 12, 13, 14, 15, 16], 3, async (x, i) => {
      started.push(i);
      inFlight++;
      peak = Math.max(peak, inFlight);
      await gates[i]!.promise;
      inFlight--;
      return x * 2;
    });
    await flush();
    expect(started).toEqual([0, 1, 2]);
    for (const i of [2, 1, 0, 5, 4, 3, 6]) {
      gates[i]!.resolve();
      await flush();
    }
    expect(await run).toEqual([20, 22, 24, 26, 28, 30, 32]);
    expect(peak).toBe(3);
  });

  it("with limit 1 runs one job at a time, in order", async () => {
    const log: string[] = [];
    await mapPool(["a", "b", "c"], 1, async (x) => {
      log.push(`start ${x}`);
      await flush();
      log.push(`end ${x}`);
    });
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("rejects with the error, starts nothing new after it and waits for the jobs already running", async () => {
    const gates = Array.from({ length: 5 }, () => deferred<string>());
    const started: number[] = [];
    let settled = false;
    const run = mapPool([0, 1, 2, 3, 4], 2, (i) => {
      started.push(i);
      return gates[i]!.promise;
    }).finally(() => {
      settled = true;
    });
    await flush();
    const boom = new Error("replay 0 failed");
    gates[0]!.reject(boom);
    await flush();
    expect(started).toEqual([0, 1]);
    expect(settled).toBe(false); // job 1 is still running: the pool must not give up on it
    gates[1]!.resolve("late");
    await expect(run).rejects.toBe(boom);
    expect(started).toEqual([0, 1]);
  });

  it("reports every error when several running jobs fail", async () => {
    const run = mapPool([1, 2, 3], 3, async (i) => {
      await flush();
      throw new Error(`job ${i}`);
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).errors.map((e: Error) => e.message)).toEqual(["job 1", "job 2", "job 3"]);
    expect((error as Error).message).toMatch(/3 of 3 jobs failed; the first: job 1/);
  });

  it("turns a synchronous throw into a rejection, handles no items and refuses a bad limit", async () => {
    await expect(
      mapPool([1], 2, () => {
        throw new Error("sync");
      }),
    ).rejects.toThrow("sync");
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
    for (const bad of [0, -1, 1.5, Number.NaN])
      await expect(mapPool([1], bad, async () => 1)).rejects.toThrow(RangeError);
  });
});
