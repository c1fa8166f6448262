import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { drainOnExit, type ExitingProcess } from "./drain-on-exit";

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const proc = {
    once: (event: string, fn: () => void) => emitter.once(event, fn),
    exit: (code: number) => {
      exits.push(code);
      emitter.emit("exit", code);
    },
  } as unknown as ExitingProcess;
  return { proc, emitter, exits };
}

describe("drainOnExit", () => {
  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ])("%s drains once, then exits %i", (signal, code) => {
    const { proc, emitter, exits } = fakeProcess();
    let drains = 0;
    drainOnExit(() => drains++, proc);
    emitter.emit(signal);
    expect(drains).toBe(1);
    expect(exits).toEqual([code]);
  });

  it("hands back the same once-only close for the normal way out", () => {
    const { proc, emitter } = fakeProcess();
    let drains = 0;
    const close = drainOnExit(() => ++drains, proc);
    expect(close()).toBe(1);
    emitter.emit("exit", 0);
    expect(close()).toBeUndefined();
    expect(drains).toBe(1);
  });

  it("drains on a plain exit too (another handler called process.exit)", () => {
    const { proc, emitter } = fakeProcess();
    let drains = 0;
    drainOnExit(() => drains++, proc);
    emitter.emit("exit", 0);
    expect(drains).toBe(1);
  });
});
