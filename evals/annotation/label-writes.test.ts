import { describe, expect, it } from "vitest";
import { createFakeAnnotationDeps } from "./deps";
import { seedTrace } from "./fixtures";
import { saveLabel, undoLastLabel } from "./label-writes";
import { EMPTY_LABEL } from "./schema";

describe("label writes", () => {
  const deps = createFakeAnnotationDeps();
  seedTrace(deps.traces, "c_1", { turns: 2 });

  it.each([
    ["missing", {}, "unknown_trace"],
    ["c_1", { firstFailTurn: 3 }, "turn_out_of_range"],
    ["c_1", { factIds: ["hours.sat", "hours.funday"] }, "unknown_fact"],
  ])("refuses %s %j (%s)", (traceId, state, code) => {
    expect(
      saveLabel(deps, { traceId, annotator: "ana", state: { ...EMPTY_LABEL, verdict: "fail", ...state } }),
    ).toMatchObject({
      ok: false,
      error: { code },
    });
  });

  it("saves with the injected clock, de-duplicates fact ids, and undoes", () => {
    const r = saveLabel(deps, {
      traceId: "c_1",
      annotator: "ana",
      state: { ...EMPTY_LABEL, verdict: "fail", firstFailTurn: 2, factIds: ["hours.sat", "hours.sat"] },
    });
    expect(r).toMatchObject({
      ok: true,
      changed: true,
      current: { at: "2026-06-02T18:00:00.000Z", factIds: ["hours.sat"] },
    });
    expect(undoLastLabel(deps, { traceId: "c_1", annotator: "ana" })).toMatchObject({
      ok: true,
      current: { verdict: null },
    });
    expect(undoLastLabel(deps, { traceId: "c_1", annotator: "ana" })).toMatchObject({
      ok: false,
      error: { code: "nothing_to_undo" },
    });
  });
});

describe("taxonomy writes", () => {
  it("refuses unknown handbook fact ids and versions the rest", async () => {
    const { changeTaxonomy } = await import("./taxonomy-writes");
    const deps = createFakeAnnotationDeps();
    const mode = { name: "wrong_hours", definition: "", factIds: ["hours.funday"] };
    expect(changeTaxonomy(deps, { change: { kind: "create_mode", mode, traceIds: [] }, author: "ana" })).toMatchObject({
      ok: false,
      error: { code: "unknown_fact" },
    });
    expect(
      changeTaxonomy(deps, {
        change: { kind: "create_mode", mode: { ...mode, factIds: ["hours.sat"] }, traceIds: [] },
        author: "ana",
        baseVersion: 0,
      }),
    ).toMatchObject({ ok: true, version: { version: 1, at: "2026-06-02T18:00:00.000Z" } });
  });
});
