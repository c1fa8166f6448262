import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, openTraceStore } from "../../traces/index";
import { evalMigrations } from "./eval-migrations";
import { keepVerdictFacets, openVerdictStore, type StoredVerdict } from "./verdict-store";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const row = (conversationId: string, evaluator: string, verdict: StoredVerdict["verdict"]): StoredVerdict => ({
  runId: "r1",
  conversationId,
  scenarioId: "s1",
  evaluator,
  evaluatorVersion: "v1",
  kind: "code",
  mode: "over_eager",
  verdict,
  turn: verdict === "pass" ? null : 1,
  reason: verdict === "pass" ? null : `${evaluator} said ${verdict}`,
  factIds: verdict === "fail" ? ["hours.sat"] : [],
  createdAt: "2026-06-01T00:00:00Z",
});

/** A file as the build before step 3 left it: trace store, eval steps 1–2, the facets trigger, verdict rows. */
function previousSchemaFile(path: string): void {
  const traces = openTraceStore(path);
  for (const id of ["c1", "c2"])
    traces.createConversation({
      id,
      source: "eval",
      scenarioId: null,
      model: "m",
      promptVersion: "p",
      handbookVersion: "h",
      appVersion: "a",
      metadata: {},
      createdAt: `2026-06-01T00:00:0${id.slice(1)}Z`,
    });
  traces.close();
  const db = new Database(path);
  applyMigrations(db, evalMigrations.slice(0, 2), { owner: "evals" });
  keepVerdictFacets(db);
  db.prepare("INSERT INTO eval_runs (id, started_at, dataset) VALUES ('r1', '2026-06-01T00:00:00Z', 'default')").run();
  const insert = db.prepare(
    `INSERT INTO eval_verdicts (run_id, conversation_id, scenario_id, evaluator, evaluator_version, kind, mode, verdict, turn, reason, fact_ids, created_at)
     VALUES (@runId, @conversationId, @scenarioId, @evaluator, @evaluatorVersion, @kind, @mode, @verdict, @turn, @reason, @factIds, @createdAt)`,
  );
  for (const v of [row("c1", "check-a", "pass"), row("c1", "check-b", "fail"), row("c2", "judge-x", "error")])
    insert.run({ ...v, factIds: JSON.stringify(v.factIds) });
  // The old table refuses an abstention: this is what step 3 changes.
  expect(() => insert.run({ ...row("c2", "check-c", "uncertain"), factIds: "[]" })).toThrow(/CHECK constraint/);
  db.close();
}

describe("eval step 3: uncertain verdicts", () => {
  it("upgrades a file of the previous schema in place: rows, order and facets kept; uncertain stored and faceted", () => {
    dir = mkdtempSync(join(tmpdir(), "uncertain-migration-"));
    const path = join(dir, "old.db");
    previousSchemaFile(path);
    const before = new Database(path);
    const rowids = before.prepare("SELECT rowid, evaluator FROM eval_verdicts ORDER BY rowid").all();
    before.close();

    const store = openVerdictStore(path);
    expect(store.verdictsFor("c1")).toEqual([row("c1", "check-a", "pass"), row("c1", "check-b", "fail")]);
    store.putVerdicts([row("c2", "check-c", "uncertain")]);
    expect(store.verdictsFor("c2").find((v) => v.evaluator === "check-c")).toEqual(row("c2", "check-c", "uncertain"));
    expect(store.uncertainVerdicts().map((v) => [v.conversationId, v.evaluator, v.turn, v.reason])).toEqual([
      ["c2", "check-c", 1, "check-c said uncertain"],
    ]);
    store.close();

    const db = new Database(path);
    expect(db.prepare("SELECT rowid, evaluator FROM eval_verdicts WHERE rowid <= 3 ORDER BY rowid").all()).toEqual(
      rowids,
    );
    expect(db.prepare("SELECT step, name FROM schema_migrations WHERE owner = 'evals' ORDER BY step").all()).toEqual([
      { step: 1, name: "001-eval-tables" },
      { step: 2, name: "002-judge-definitions" },
      { step: 3, name: "003-uncertain-verdicts" },
    ]);
    // The facets trigger came back with the rebuilt table: old facets kept, the new abstention tagged.
    expect(
      db
        .prepare("SELECT facet, conversation_id FROM conversation_facets WHERE facet LIKE 'verdict:%' ORDER BY facet")
        .all(),
    ).toEqual([
      { facet: "verdict:error", conversation_id: "c2" },
      { facet: "verdict:fail", conversation_id: "c1" },
      { facet: "verdict:uncertain", conversation_id: "c2" },
    ]);
    expect(() => db.prepare("UPDATE eval_verdicts SET verdict = 'maybe' WHERE evaluator = 'check-a'").run()).toThrow(
      /CHECK constraint/,
    );
    db.close();
    openVerdictStore(path).close(); // a second open applies nothing twice
  });

  it("parses every row it reads: a verdict outside the four is an error, not a silent pass", () => {
    const store = openVerdictStore(":memory:");
    expect(() => store.putVerdicts([{ ...row("c1", "check-a", "pass"), verdict: "maybe" as "pass" }])).toThrow();
    store.close();
  });
});
