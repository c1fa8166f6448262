import { describe, expect, it } from "vitest";
import type { HeldoutItem } from "./heldout-figures";
import { heldoutMisses } from "./heldout-misses";

const item = (id: string, pass: boolean, turn?: number): HeldoutItem => ({
  id,
  now: "2026-06-02T10:00:00-07:00",
  messages: [],
  label: { pass, modes: pass ? [] : ["bad_data"], firstFailTurn: turn, note: "" },
});
const fail = (turn: number, mode = "bad_data" as const) => ({ mode, turn, evaluator: "check-x" });

describe("heldoutMisses", () => {
  it("lists false fails, missed fails and wrong reasons; right answers are not listed", () => {
    const items = [item("a", true), item("b", false, 1), item("c", false, 2), item("d", false, 1), item("e", true)];
    const scored = [
      { failures: [fail(1)] },
      { failures: [] },
      { failures: [fail(1)] },
      { failures: [fail(1)] },
      { failures: [] },
    ];
    expect(heldoutMisses(items, scored).map((m) => `${m.kind}:${m.id}`)).toEqual([
      "false-fail:a",
      "missed-fail:b",
      "wrong-reason:c",
    ]);
  });
  it("lists an uncertain item that is otherwise right", () => {
    const m = heldoutMisses([item("u", true)], [{ failures: [], uncertain: [{ mode: "bad_data" }] }]);
    expect(m).toEqual([{ id: "u", kind: "uncertain", label: "pass", scored: "pass (uncertain)" }]);
  });
});
