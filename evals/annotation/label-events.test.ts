import { describe, expect, it } from "vitest";
import { currentLabel, currentLabels, planUndo, sameLabel } from "./label-events";
import { EMPTY_LABEL, type LabelEvent, type LabelState } from "./schema";

let seq = 0;
const ev = (state: Partial<LabelState>, extra: Partial<LabelEvent> = {}): LabelEvent => ({
  ...EMPTY_LABEL,
  ...state,
  seq: ++seq,
  traceId: "c_1",
  annotator: "ana",
  at: `2026-06-02T10:00:0${seq % 10}Z`,
  action: "set",
  undoes: null,
  ...extra,
});

describe("label event log", () => {
  it("has no current label without events", () => {
    expect(currentLabel([])).toBeNull();
  });

  it("takes the latest event as the current label, whatever the array order", () => {
    const a = ev({ verdict: "pass" });
    const b = ev({ verdict: "fail", note: "wrong Saturday hours", firstFailTurn: 2 });
    expect(currentLabel([b, a])).toMatchObject({
      verdict: "fail",
      note: "wrong Saturday hours",
      firstFailTurn: 2,
      seq: b.seq,
    });
  });

  it("plans an undo that restores the state before the latest edit", () => {
    const a = ev({ verdict: "fail" });
    const b = ev({ verdict: "fail", note: "invented price" });
    const plan = planUndo([a, b]);
    expect(plan).toEqual({ ok: true, restore: { ...EMPTY_LABEL, verdict: "fail" }, undoes: b.seq });
  });

  it("walks back through history on repeated undos, then refuses", () => {
    const a = ev({ verdict: "pass" });
    const b = ev({ verdict: "fail" });
    const u1 = ev({ verdict: "pass" }, { action: "undo", undoes: b.seq });
    const plan2 = planUndo([a, b, u1]);
    expect(plan2).toEqual({ ok: true, restore: EMPTY_LABEL, undoes: a.seq });
    const u2 = ev({}, { action: "undo", undoes: a.seq });
    expect(planUndo([a, b, u1, u2])).toMatchObject({ ok: false, error: { code: "nothing_to_undo" } });
    expect(currentLabel([a, b, u1, u2])).toMatchObject({ verdict: null });
  });

  it("undoes an edit made after an undo, back to the state before it", () => {
    const a = ev({ verdict: "pass" });
    const b = ev({ verdict: "fail" });
    const u = ev({ verdict: "pass" }, { action: "undo", undoes: b.seq });
    const c = ev({ verdict: "defer" });
    expect(planUndo([a, b, u, c])).toEqual({ ok: true, restore: { ...EMPTY_LABEL, verdict: "pass" }, undoes: c.seq });
  });

  it("treats imported rows as undoable edits", () => {
    const a = ev({ verdict: "pass" }, { action: "import" });
    expect(planUndo([a])).toEqual({ ok: true, restore: EMPTY_LABEL, undoes: a.seq });
  });

  it("groups mixed events into one current label per trace", () => {
    const a = ev({ verdict: "pass" }, { traceId: "c_a" });
    const b = ev({ verdict: "fail" }, { traceId: "c_b" });
    const c = ev({ verdict: "defer" }, { traceId: "c_a" });
    const map = currentLabels([a, b, c]);
    expect(map.get("c_a")?.verdict).toBe("defer");
    expect(map.get("c_b")?.verdict).toBe("fail");
  });

  it.each([
    [{}, {}, true],
    [{ note: "x" }, { note: "x " }, false],
    [{ factIds: ["a", "b"] }, { factIds: ["b", "a"] }, false],
    [{ firstFailTurn: 1 }, { firstFailTurn: null }, false],
  ])("compares label states (%j vs %j → %s)", (a, b, same) => {
    expect(sameLabel({ ...EMPTY_LABEL, ...a }, { ...EMPTY_LABEL, ...b })).toBe(same);
  });
});
