import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { axialBoard, countRows } from "./axial-data";
import { createFakeAnnotationDeps } from "./deps";
import { seedTrace } from "./fixtures";
import { annotationMigrations, applyAnnotationMigrations } from "./migrations";
import { EMPTY_LABEL } from "./schema";
import { openAnnotationStore } from "./store";

const at = "2026-06-02T10:00:00.000Z";

describe("axial board: paged in SQL", () => {
  const deps = createFakeAnnotationDeps();
  for (let i = 1; i <= 7; i++) {
    seedTrace(deps.traces, `c_${i}`);
    const verdict = i <= 5 ? "fail" : "pass";
    deps.labels.setLabel({
      traceId: `c_${i}`,
      annotator: "ana",
      at,
      state: { ...EMPTY_LABEL, verdict, note: `n${i}` },
    });
  }
  // c_2 is relabelled pass: its latest event counts, not its first.
  deps.labels.setLabel({ traceId: "c_2", annotator: "bo", at, state: { ...EMPTY_LABEL, verdict: "pass" } });

  it("returns one page of failed notes, oldest label first, with counts over every label", () => {
    const board = axialBoard(deps, { offset: 1, limit: 2 });
    expect(board.notes.map((n) => [n.traceId, n.note])).toEqual([
      ["c_3", "n3"],
      ["c_4", "n4"],
    ]);
    expect(board).toMatchObject({ failed: 4, labelled: 7, offset: 1, limit: 2 });
    expect(axialBoard(deps, { offset: 3, limit: 2 }).notes.map((n) => n.traceId)).toEqual(["c_5"]);
    expect(axialBoard(deps).notes).toHaveLength(4);
  });

  it("counts every pass/fail trace by its current verdict", () => {
    const rows = countRows(deps, { states: false });
    expect(rows.map((r) => [r.traceId, r.pass])).toEqual([
      ["c_1", false],
      ["c_3", false],
      ["c_4", false],
      ["c_5", false],
      ["c_6", true],
      ["c_7", true],
      ["c_2", true],
    ]);
  });
});

describe("annotation_current_labels (migration 002)", () => {
  it("is filled from the events already there, then kept by its trigger", () => {
    const db = new Database(":memory:");
    applyAnnotationMigrations(db, annotationMigrations.slice(0, 1));
    const insert = db.prepare(
      "INSERT INTO annotation_label_events (trace_id, annotator, at, action, verdict) VALUES (?, 'ana', ?, 'set', ?)",
    );
    insert.run("c_1", at, "fail");
    insert.run("c_1", at, "pass");
    insert.run("c_2", at, "fail");
    applyAnnotationMigrations(db);
    const current = () => db.prepare("SELECT trace_id, verdict FROM annotation_current_labels ORDER BY seq").all();
    expect(current()).toEqual([
      { trace_id: "c_1", verdict: "pass" },
      { trace_id: "c_2", verdict: "fail" },
    ]);
    insert.run("c_1", at, "fail");
    expect(current()).toEqual([
      { trace_id: "c_2", verdict: "fail" },
      { trace_id: "c_1", verdict: "fail" },
    ]);
    db.close();
  });

  it("opens an existing store once more without changing it", () => {
    const store = openAnnotationStore(":memory:");
    expect(store.verdictCounts()).toEqual({ pass: 0, fail: 0, defer: 0 });
    store.close();
  });
});
