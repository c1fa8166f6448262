import { describe, expect, it } from "vitest";
import type { CheckResult, FailureMode, Transcript } from "../schema";

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

/** The table test every code check shares: each row's verdict, and each failing row's first failure names this
 * evaluator and mode (at the row's `turn` when given), so deleting or misrouting the check fails a row. */
export function describeCheckTable(
  check: (t: Transcript) => CheckResult,
  expected: { evaluator: string; mode: FailureMode; turn?: number },
  rows: readonly Row[],
): void {
  describe(check.name, () => {
    it.each(rows.map((r) => [r.msgs.at(-1), r] as const))("%s", (_, r) => {
      const result = check(convo(r.msgs, r.now));
      expect(result.pass, JSON.stringify(result.failures)).toBe(r.pass);
      if (!r.pass)
        expect(result.failures[0]).toMatchObject({ ...expected, ...(r.turn !== undefined && { turn: r.turn }) });
    });
  });
}
