import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openTraceStore } from "../../traces/index";
import { createFakeAnnotationDeps } from "./deps";
import { seedTrace } from "./fixtures";
import { importLabelFile } from "./import-labels";
import { labelsToCsv } from "./label-csv";
import { labelsToJsonl } from "./label-jsonl";
import { loadHumanLabels } from "./load-human-labels";
import { EMPTY_LABEL } from "./schema";
import { openAnnotationStore } from "./store";

const who = { annotator: "ana", at: "2026-06-02T10:00:00.000Z" };
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("annotation store: label events", () => {
  it("appends events, skips no-op writes, and undoes back to nothing", () => {
    const store = openAnnotationStore(":memory:");
    const first = store.setLabel({ traceId: "c_1", ...who, state: { ...EMPTY_LABEL, verdict: "fail" } });
    expect(first.changed).toBe(true);
    expect(store.setLabel({ traceId: "c_1", ...who, state: { ...EMPTY_LABEL, verdict: "fail" } }).changed).toBe(false);
    store.setLabel({
      traceId: "c_1",
      ...who,
      state: { ...EMPTY_LABEL, verdict: "fail", note: "wrong hours", firstFailTurn: 1 },
    });
    const undo = store.undoLabel({ traceId: "c_1", annotator: "bo", at: "2026-06-02T10:01:00.000Z" });
    expect(undo).toMatchObject({ ok: true, current: { verdict: "fail", note: "", annotator: "bo" } });
    expect(store.undoLabel({ traceId: "c_1", ...who })).toMatchObject({ ok: true, current: { verdict: null } });
    expect(store.undoLabel({ traceId: "c_1", ...who })).toMatchObject({
      ok: false,
      error: { code: "nothing_to_undo" },
    });
    expect(store.labelHistory("c_1").map((e) => e.action)).toEqual(["set", "set", "undo", "undo"]);
    expect(store.labellingOrder()).toEqual(["c_1"]);
  });

  it("refuses to edit or delete history, even with raw SQL", () => {
    const dir = mkdtempSync(join(tmpdir(), "annot-"));
    dirs.push(dir);
    const path = join(dir, "db.sqlite");
    const store = openAnnotationStore(path);
    store.setLabel({ traceId: "c_1", ...who, state: { ...EMPTY_LABEL, verdict: "pass" } });
    store.close();
    const raw = new Database(path);
    expect(() => raw.exec("UPDATE annotation_label_events SET verdict = 'fail'")).toThrow(/append-only/);
    expect(() => raw.exec("DELETE FROM annotation_label_events")).toThrow(/append-only/);
    raw.close();
  });

  it("shares the trace store's file and survives reopening (a reload loses nothing)", () => {
    const dir = mkdtempSync(join(tmpdir(), "annot-"));
    dirs.push(dir);
    const path = join(dir, "db.sqlite");
    const traces = openTraceStore(path);
    seedTrace(traces, "c_1");
    const a = openAnnotationStore(path);
    a.setLabel({ traceId: "c_1", ...who, state: { ...EMPTY_LABEL, verdict: "fail", note: "n", firstFailTurn: 1 } });
    a.close();
    const b = openAnnotationStore(path);
    expect(b.labelOf("c_1")).toMatchObject({ verdict: "fail", note: "n", firstFailTurn: 1 });
    expect(traces.getConversation("c_1")?.id).toBe("c_1");
    b.close();
    traces.close();
  });
});

describe("annotation store: taxonomy versions", () => {
  it("starts at the seed (version 0) and stores each change as a new version", () => {
    const store = openAnnotationStore(":memory:");
    expect(store.taxonomy()).toMatchObject({ version: 0, change: null });
    const v1 = store.changeTaxonomy({
      change: { kind: "assign", modeId: "bad_data", traceIds: ["c_1"] },
      author: "ana",
      at: who.at,
      baseVersion: 0,
    });
    const v2 = store.changeTaxonomy({
      change: { kind: "update_mode", modeId: "bad_data", name: "wrong_facts" },
      author: "bo",
      at: who.at,
      baseVersion: 1,
    });
    expect(v1).toMatchObject({ ok: true, version: { version: 1 } });
    expect(v2).toMatchObject({ ok: true, version: { version: 2, author: "bo" } });
    expect(store.taxonomyHistory().map((v) => [v.version, v.change?.kind, v.taxonomy.modes[0]?.name])).toEqual([
      [2, "update_mode", "wrong_facts"],
      [1, "assign", "bad_data"],
    ]);
  });

  it("refuses a change made against an old version, and a bad change leaves no version", () => {
    const store = openAnnotationStore(":memory:");
    store.changeTaxonomy({ change: { kind: "delete_mode", modeId: "over_eager" }, author: "ana", at: who.at });
    expect(
      store.changeTaxonomy({
        change: { kind: "delete_mode", modeId: "bad_data" },
        author: "bo",
        at: who.at,
        baseVersion: 0,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: "stale_version" },
    });
    expect(
      store.changeTaxonomy({ change: { kind: "delete_mode", modeId: "nope" }, author: "bo", at: who.at }),
    ).toMatchObject({ ok: false });
    expect(store.taxonomy().version).toBe(1);
  });
});

describe("import / export", () => {
  const seeded = () => {
    const deps = createFakeAnnotationDeps();
    seedTrace(deps.traces, "c_1", { turns: 2 });
    seedTrace(deps.traces, "c_2");
    seedTrace(deps.traces, "c_3");
    return deps;
  };

  it("imports nothing when any row is bad, and reports every bad line", async () => {
    const deps = seeded();
    const csv =
      "trace_id,verdict,note,first_fail_turn,modes\nc_1,fail,ok,1,bad_data\nc_2,fail,turn too far,5,\nc_3,nope,,,\n";
    const r = await importLabelFile(deps, { text: csv, fileName: "labels.csv", author: "ana" });
    expect(r).toEqual({ ok: false, errors: [{ line: 4, message: expect.stringContaining("verdict") }] });
    const r2 = await importLabelFile(deps, {
      text: csv.replace("c_3,nope", "c_3,pass"),
      fileName: "labels.csv",
      author: "ana",
    });
    expect(r2).toEqual({
      ok: false,
      errors: [{ line: 3, message: "Turn 5 does not exist; trace c_2 has 1 turn(s)." }],
    });
    expect(deps.labels.currentLabels().size).toBe(0);
    expect(deps.labels.taxonomy().version).toBe(0);
  });

  it("writes every row, creates unknown modes, and is harmless to run again", async () => {
    const deps = seeded();
    const csv =
      "trace_id,verdict,note,first_fail_turn,modes,annotator\nc_1,fail,said open Monday,2,bad_data;Date maths,bo\nc_2,pass,,,,\nc_3,defer,,,,\n";
    const r = await importLabelFile(deps, { text: csv, fileName: null, author: "ana" });
    expect(r).toEqual({ ok: true, result: { imported: 3, unchanged: 0, taxonomyVersion: 1, rows: 3 } });
    expect(deps.labels.labelOf("c_1")).toMatchObject({ verdict: "fail", annotator: "bo", firstFailTurn: 2 });
    expect(deps.labels.labelOf("c_2")?.annotator).toBe("ana");
    const t = deps.labels.taxonomy();
    expect(t.taxonomy.modes.at(-1)).toMatchObject({ id: "date_maths", name: "Date maths" });
    expect(t.taxonomy.assignments).toEqual({ c_1: ["bad_data", "date_maths"] });
    // The same file again changes nothing.
    expect(await importLabelFile(deps, { text: csv, fileName: null, author: "ana" })).toMatchObject({
      ok: true,
      result: { imported: 0, unchanged: 3, taxonomyVersion: null },
    });
  });

  it("round-trips labels and modes into another database by trace id (CSV and JSONL)", async () => {
    const a = seeded();
    a.labels.setLabel({
      traceId: "c_1",
      ...who,
      state: { verdict: "fail", note: '=HYPERLINK("x"), "quoted"\nnext', firstFailTurn: 2, factIds: ["hours.sat"] },
    });
    a.labels.setLabel({ traceId: "c_2", ...who, state: { ...EMPTY_LABEL, verdict: "pass" } });
    a.labels.changeTaxonomy({
      change: { kind: "assign", modeId: "over_eager", traceIds: ["c_1"] },
      author: "ana",
      at: who.at,
    });
    for (const text of [labelsToCsv(a.labels.exportRecords()), labelsToJsonl(a.labels.exportRecords())]) {
      const b = seeded();
      expect(await importLabelFile(b, { text, fileName: null, author: "zed" })).toMatchObject({ ok: true });
      expect(b.labels.exportRecords()).toEqual(a.labels.exportRecords());
      expect(b.labels.humanLabels().labels).toEqual(a.labels.humanLabels().labels);
    }
  });
});

describe("human labels", () => {
  it("gives every pass/fail trace one boolean per mode, leaving deferred traces out", () => {
    const dir = mkdtempSync(join(tmpdir(), "annot-"));
    dirs.push(dir);
    const path = join(dir, "db.sqlite");
    const store = openAnnotationStore(path);
    store.setLabel({ traceId: "c_1", ...who, state: { ...EMPTY_LABEL, verdict: "fail", firstFailTurn: 1, note: "x" } });
    store.setLabel({ traceId: "c_2", ...who, state: { ...EMPTY_LABEL, verdict: "pass" } });
    store.setLabel({ traceId: "c_3", ...who, state: { ...EMPTY_LABEL, verdict: "defer" } });
    store.changeTaxonomy({
      change: { kind: "assign", modeId: "policy_confusion", traceIds: ["c_1", "c_2"] },
      author: "ana",
      at: who.at,
    });
    store.close();
    const h = loadHumanLabels(path);
    expect(h.taxonomyVersion).toBe(1);
    expect(h.labels).toEqual([
      {
        traceId: "c_1",
        pass: false,
        modes: { bad_data: false, policy_confusion: true, over_eager: false },
        firstFailTurn: 1,
        note: "x",
        annotator: "ana",
        labelledAt: who.at,
      },
      {
        traceId: "c_2",
        pass: true,
        modes: { bad_data: false, policy_confusion: false, over_eager: false },
        firstFailTurn: null,
        note: "",
        annotator: "ana",
        labelledAt: who.at,
      },
    ]);
  });
});

describe("evaluator verdicts (triage mode)", () => {
  it("is null without a verdict table and reads common column names when there is one", () => {
    const dir = mkdtempSync(join(tmpdir(), "annot-"));
    dirs.push(dir);
    const path = join(dir, "db.sqlite");
    const store = openAnnotationStore(path);
    expect(store.verdicts("c_1")).toBeNull();
    const raw = new Database(path);
    raw.exec(`CREATE TABLE verdicts (id INTEGER PRIMARY KEY, conversation_id TEXT, evaluator_id TEXT, mode TEXT, pass INTEGER, reason TEXT, turn INTEGER);
      INSERT INTO verdicts (conversation_id, evaluator_id, mode, pass, reason, turn) VALUES ('c_1', 'check-hours-claims', 'bad_data', 0, 'said open Monday', 2);`);
    raw.close();
    expect(store.verdicts("c_1")).toEqual([
      { evaluator: "check-hours-claims", mode: "bad_data", verdict: "fail", reason: "said open Monday", turn: 2 },
    ]);
    store.close();
  });
});
