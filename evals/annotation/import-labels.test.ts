import { describe, expect, it } from "vitest";
import type { AnnotationStore } from "./annotation-store";
import { createFakeAnnotationDeps } from "./deps";
import { seedTrace } from "./fixtures";
import { IMPORT_CHUNK_ROWS, importLabelFile } from "./import-labels";
import type { TaxonomyChange } from "./schema";
import { changeTaxonomy } from "./taxonomy-writes";

const seeded = (n: number) => {
  const deps = createFakeAnnotationDeps();
  for (let i = 0; i < n; i++) seedTrace(deps.traces, `c_${i}`, { turns: 0 });
  return deps;
};
const csvOf = (ids: string[], extra = "") =>
  `trace_id,verdict,note,fact_ids\n${ids.map((id) => `${id},fail,wrong hours${extra},`).join("\n")}\n`;

describe("label import: ids checked as the label screen checks them", () => {
  it("refuses trace ids that do not exist, line by line, and writes nothing", async () => {
    const deps = seeded(2);
    const r = await importLabelFile(deps, {
      text: csvOf(["c_0", "c_ghost", "c_1", "c_gone"]),
      fileName: "l.csv",
      author: "ana",
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 3, message: "There is no trace c_ghost." },
        { line: 5, message: "There is no trace c_gone." },
      ],
    });
    expect(deps.labels.currentLabels().size).toBe(0);
  });

  it("refuses fact ids that are not handbook facts (JSONL line numbers too)", async () => {
    const deps = seeded(1);
    const text = `\n${JSON.stringify({ traceId: "c_0", verdict: "fail", factIds: ["hours.sat", "hours.funday"] })}\n`;
    expect(await importLabelFile(deps, { text, fileName: "l.jsonl", author: "ana" })).toEqual({
      ok: false,
      errors: [{ line: 2, message: '"hours.funday" is not a handbook fact id.' }],
    });
  });
});

describe("label import: chunked, never one long block", () => {
  it("gives the event loop back between slices while a large file imports", async () => {
    const n = IMPORT_CHUNK_ROWS * 3;
    const deps = seeded(n);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const r = await importLabelFile(
      deps,
      { text: csvOf(Array.from({ length: n }, (_, i) => `c_${i}`)), fileName: "l.csv", author: "ana" },
      { sliceMs: 1 },
    );
    clearInterval(timer);
    expect(r).toMatchObject({ ok: true, result: { imported: n, rows: n } });
    expect(ticks).toBeGreaterThan(3);
  });

  it("writes in transactions of IMPORT_CHUNK_ROWS and reports how far it got when the database fails", async () => {
    const n = IMPORT_CHUNK_ROWS * 2 + 10;
    const deps = seeded(n);
    const real = deps.labels;
    const chunks: number[] = [];
    let fail = true;
    const labels: AnnotationStore = Object.assign(Object.create(real) as AnnotationStore, {
      importLabelEvents(records: Parameters<AnnotationStore["importLabelEvents"]>[0]) {
        if (fail && chunks.length === 1)
          throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
        chunks.push(records.length);
        return real.importLabelEvents(records);
      },
    });
    const input = { text: csvOf(Array.from({ length: n }, (_, i) => `c_${i}`)), fileName: "l.csv", author: "ana" };
    const r = await importLabelFile({ ...deps, labels }, input);
    expect(r).toMatchObject({
      ok: false,
      interrupted: {
        written: IMPORT_CHUNK_ROWS,
        rows: n,
        message: expect.stringContaining("import the same file again"),
      },
      cause: { code: "SQLITE_FULL" },
    });
    expect(real.currentLabels().size).toBe(IMPORT_CHUNK_ROWS);
    fail = false;
    expect(await importLabelFile({ ...deps, labels }, input)).toMatchObject({
      ok: true,
      result: { imported: n - IMPORT_CHUNK_ROWS, unchanged: IMPORT_CHUNK_ROWS },
    });
    expect(chunks).toEqual([IMPORT_CHUNK_ROWS, IMPORT_CHUNK_ROWS, IMPORT_CHUNK_ROWS, 10]);
    expect(real.currentLabels().size).toBe(n);
  });
});

describe("label import: the modes' taxonomy version", () => {
  it("is worked out again when someone changes the taxonomy during the import (both changes kept)", async () => {
    const deps = seeded(2);
    const real = deps.labels;
    let calls = 0;
    const labels: AnnotationStore = Object.assign(Object.create(real) as AnnotationStore, {
      importModes(...args: Parameters<AnnotationStore["importModes"]>) {
        if (calls++ === 0)
          real.changeTaxonomy({
            change: { kind: "assign", modeId: "over_eager", traceIds: ["c_1"] },
            author: "bo",
            at: "x",
          });
        return real.importModes(...args);
      },
    });
    const text = "trace_id,verdict,modes\nc_0,fail,Date maths\n";
    const r = await importLabelFile({ ...deps, labels }, { text, fileName: "l.csv", author: "ana" });
    expect(r).toMatchObject({ ok: true, result: { taxonomyVersion: 2 } });
    expect(calls).toBe(2);
    expect(real.taxonomy().taxonomy.assignments).toEqual({ c_0: ["date_maths"], c_1: ["over_eager"] });
  });
});

describe("taxonomy assign: ids checked", () => {
  const changes: [string, TaxonomyChange][] = [
    ["assign", { kind: "assign", modeId: "bad_data", traceIds: ["c_0", "c_ghost"] }],
    ["create_mode", { kind: "create_mode", mode: { name: "x", definition: "", factIds: [] }, traceIds: ["c_ghost"] }],
    [
      "split",
      { kind: "split", modeId: "bad_data", mode: { name: "y", definition: "", factIds: [] }, traceIds: ["c_ghost"] },
    ],
  ];
  it.each(changes)("%s refuses a trace id that does not exist and changes nothing", (_, change) => {
    const deps = seeded(1);
    expect(changeTaxonomy(deps, { change, author: "ana" })).toEqual({
      ok: false,
      error: { code: "unknown_trace", message: "There is no trace c_ghost; nothing was changed." },
    });
    expect(deps.labels.taxonomy().version).toBe(0);
  });

  it("still lets an unknown id be unassigned (clean-up of assignments made before the check)", () => {
    const deps = seeded(1);
    deps.labels.changeTaxonomy({
      change: { kind: "assign", modeId: "bad_data", traceIds: ["c_ghost"] },
      author: "old",
      at: "2026-06-01T00:00:00.000Z",
    });
    const r = changeTaxonomy(deps, {
      change: { kind: "unassign", modeId: "bad_data", traceIds: ["c_ghost"] },
      author: "ana",
    });
    expect(r).toMatchObject({ ok: true, version: { version: 2, taxonomy: { assignments: {} } } });
  });
});
