import type { Transcript } from "../schema";

/** Wednesday 3 June 2026, 10:00 in Portland: the default reference time of test conversations. */
export const WED = "2026-06-03T10:00:00-07:00";

/** A transcript from alternating user/assistant texts (user first), for table-driven tests. */
export function convo(texts: string[], now = WED, id = "t"): Transcript {
  return { id, now, messages: texts.map((content, i) => ({ role: i % 2 === 0 ? "user" : "assistant", content })) };
}

/** A table row: the messages (or one user/assistant pair), the expected verdict and an optional reference time. */
export type Row = { msgs: string[]; pass: boolean; now?: string; turn?: number };

/** Shorthand rows: `ok("user", "reply")` passes, `bad("user", "reply")` fails. */
export const ok = (...msgs: string[]): Row => ({ msgs, pass: true });
export const bad = (...msgs: string[]): Row => ({ msgs, pass: false });
/** The same row at another reference time. */
export const at = (now: string, row: Row): Row => ({ ...row, now });

/** The failures as sorted "mode:evaluator@turn" keys: what the labelled and phrasing tables expect to fire. */
export const fired = (failures: readonly { mode: string; evaluator: string; turn: number }[]): string[] =>
  [...new Set(failures.map((f) => `${f.mode}:${f.evaluator}@${f.turn}`))].sort();
