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
  it("lists an item nothing failed on and a check abstained on as uncertain, with the abstention", () => {
    const m = heldoutMisses(
      [item("u", true), item("v", false, 2)],
      [
        { failures: [], uncertain: [{ mode: "bad_data", turn: 1, evaluator: "check-y" }] },
        { failures: [], uncertain: [{ mode: "bad_data" }] },
      ],
    );
    expect(m).toEqual([
      { id: "u", kind: "uncertain", label: "pass", scored: "abstained bad_data:check-y@1" },
      { id: "v", kind: "uncertain", label: "bad_data@2", scored: "abstained bad_data" },
    ]);
  });
  it("an item caught for the right reason while another check abstained is decided: caught+abstained", () => {
    const m = heldoutMisses(
      [item("c", false, 3), item("f", true)],
      [
        { failures: [fail(3)], uncertain: [{ mode: "over_eager", turn: 3, evaluator: "check-z" }] },
        { failures: [fail(1)], uncertain: [{ mode: "over_eager", turn: 2, evaluator: "check-z" }] },
      ],
    );
    expect(m).toEqual([
      {
        id: "c",
        kind: "caught+abstained",
        label: "bad_data@3",
        scored: "bad_data:check-x@3; also abstained over_eager:check-z@3",
      },
      { id: "f", kind: "false-fail", label: "pass", scored: "bad_data:check-x@1; also abstained over_eager:check-z@2" },
    ]);
  });
});
