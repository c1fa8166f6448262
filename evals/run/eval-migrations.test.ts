import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrations, openTraceStore } from "../../traces/index";
import { annotationMigrations } from "../annotation/migrations";
import { openAnnotationStore } from "../annotation/store";
import { createSqliteJudgeCache } from "../judges/judge-cache";
import { evalMigrations } from "./eval-migrations";
import { aSummary } from "./summary-fixture";
import { openVerdictStore } from "./verdict-store";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const exec = (db: Database.Database, up: string | ((d: Database.Database) => void)) =>
  typeof up === "string" ? db.exec(up) : up(db);

/** A file as the three older mechanisms left it: user_version, an annotation_schema table, bare eval tables. */
function oldFile(path: string): void {
  const db = new Database(path);
  for (const m of migrations) exec(db, m.up);
  db.pragma(`user_version = ${migrations.length}`);
  db.exec("CREATE TABLE annotation_schema (step INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  exec(db, annotationMigrations[0]!.up);
  db.prepare("INSERT INTO annotation_schema VALUES (1, '001-annotation', 'then')").run();
  db.prepare(
    "INSERT INTO annotation_label_events (trace_id, annotator, at, action, verdict) VALUES (?, ?, ?, ?, ?)",
  ).run("c1", "ann", "then", "set", "fail");
  exec(db, (evalMigrations[0]!.up as string).replace(/CREATE TABLE IF NOT EXISTS eval_judge_cache[^;]*;/, ""));
  db.prepare("INSERT INTO eval_runs (id, started_at, finished_at, dataset, summary) VALUES (?, ?, ?, ?, ?)").run(
    "r1",
    "2026-06-01T00:00:00Z",
    "2026-06-01T00:01:00Z",
    "default",
    JSON.stringify(aSummary("r1")),
  );
  db.close();
}

describe("one migration ledger per file", () => {
  it("opens a file from the older mechanisms, adopts their records and keeps every row", () => {
    dir = mkdtempSync(join(tmpdir(), "ledger-"));
    const path = join(dir, "old.db");
    oldFile(path);
    openTraceStore(path).close();
    openAnnotationStore(path).close();
    const verdicts = openVerdictStore(path);
    expect(verdicts.listRuns().map((r) => [r.id, r.summary?.runId])).toEqual([["r1", "r1"]]);
    verdicts.close();
    const db = new Database(path);
    createSqliteJudgeCache(db);
    const ledger = db.prepare("SELECT owner, step, name, applied_at FROM schema_migrations ORDER BY owner, step").all();
    expect(ledger).toEqual([
      { owner: "annotation", step: 1, name: "001-annotation", applied_at: "adopted" },
      // Steps added after the old mechanism retired run on the adopted file (the current-label table is backfilled).
      { owner: "annotation", step: 2, name: "002-current-labels", applied_at: expect.stringMatching(/^20\d\d-/) },
      { owner: "evals", step: 1, name: "001-eval-tables", applied_at: expect.stringMatching(/^20\d\d-/) },
      { owner: "evals", step: 2, name: "002-judge-definitions", applied_at: expect.stringMatching(/^20\d\d-/) },
      { owner: "evals", step: 3, name: "003-uncertain-verdicts", applied_at: expect.stringMatching(/^20\d\d-/) },
      ...migrations.map((m, i) => ({ owner: "traces", step: i + 1, name: m.name, applied_at: "adopted" })),
    ]);
    expect(db.pragma("user_version", { simple: true })).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'annotation_schema'").get()).toBeUndefined();
    expect(db.prepare("SELECT count(*) AS n FROM annotation_label_events").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM annotation_current_labels").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'eval_judge_cache'").get()).toBeDefined();
    db.close();
  });

  it("creates a fresh file with every owner's steps recorded once", () => {
    const db = new Database(":memory:");
    createSqliteJudgeCache(db);
    createSqliteJudgeCache(db);
    expect(db.prepare("SELECT owner, step FROM schema_migrations").all()).toEqual([
      { owner: "evals", step: 1 },
      { owner: "evals", step: 2 },
      { owner: "evals", step: 3 },
    ]);
  });
});
