import { afterEach } from "vitest";
import { createRuntime } from "../chatbot/index";
import type { Persona } from "./schema";

/** An offline bot over an in-memory trace store (tests only). */
export function offlineRuntime() {
  return createRuntime({ databasePath: ":memory:", tracing: false, env: { LLM_PROVIDER: "offline" } });
}

/** Call at a test file's top level: returns a maker of fresh offline runtimes, all closed after each test. */
export function offlineRuntimes(): () => ReturnType<typeof offlineRuntime> {
  const open: ReturnType<typeof offlineRuntime>[] = [];
  afterEach(async () => {
    for (const r of open.splice(0)) await r.close();
  });
  return () => {
    const r = offlineRuntime();
    open.push(r);
    return r;
  };
}

/** A cooperative booking persona; override any hidden fact (tests only). */
export function testPersona(o: Partial<Persona> = {}): Persona {
  return {
    name: "Sarah Lee",
    contact: "503-555-0142",
    bike: "a Trek FX 3",
    service: "tune_up",
    date: "Friday",
    time: "10:30am",
    altDate: "Saturday",
    altTime: "11am",
    patience: 2,
    behaviour: "cooperative",
    style: "plain",
    goal: { kind: "book" },
    questions: [],
    sideQuestion: null,
    pushLine: null,
    existingBooking: null,
    ...o,
  };
}

/** Monday 2026-11-23, 9am Pacific: the fixed `now` of simulator tests. */
export const TEST_NOW = "2026-11-23T09:00:00-08:00";

/** Replaces per-run random ids (conversations, booking references) so runs can be compared by content. */
export function withoutIds<T>(value: T): unknown {
  return JSON.parse(
    JSON.stringify(value)
      .replace(/BK-[A-Z0-9]+/g, "BK-#")
      .replace(/"c_[a-z0-9]+"/g, '"c_#"'),
  );
}
