import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { adoptUserVersion, applyMigrations } from "./apply-migrations";
import { type Migration, migrations } from "./migrations";

const tables = (db: Database.Database) =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'conversation_text_%' AND name != 'schema_migrations' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);

describe("applyMigrations", () => {
  it("creates every table and records the version", () => {
    const db = new Database(":memory:");
    expect(applyMigrations(db)).toBe(migrations.length);
    expect(tables(db)).toEqual([
      "bookings",
      "conversation_facets",
      "conversation_text",
      "conversations",
      "feedback",
      "saved_views",
      "spans",
      "turns",
    ]);
    expect(applyMigrations(db)).toBe(migrations.length);
  });

  it("runs only the steps appended since the last run, including code steps", () => {
    const db = new Database(":memory:");
    applyMigrations(db);
    const labels: Migration = { name: "002-labels", up: "CREATE TABLE labels (id TEXT PRIMARY KEY)" };
    const seed: Migration = { name: "003-seed", up: (d) => d.prepare("INSERT INTO labels VALUES ('x')").run() };
    expect(applyMigrations(db, [...migrations, labels, seed])).toBe(migrations.length + 2);
    expect(db.prepare("SELECT id FROM labels").all()).toEqual([{ id: "x" }]);
  });

  it("rolls back a failing step and names it", () => {
    const db = new Database(":memory:");
    const broken: Migration = { name: "999-broken", up: "CREATE TABLE ok (id INTEGER); CREATE TABLE nope (" };
    const n = migrations.length + 1;
    expect(() => applyMigrations(db, [...migrations, broken])).toThrow(
      new RegExp(`migration ${n} \\(999-broken\\) failed`),
    );
    expect(ledger(db, "traces")).toHaveLength(migrations.length);
    expect(tables(db)).not.toContain("ok");
  });

  it("refuses a file written by newer code", () => {
    const db = new Database(":memory:");
    applyMigrations(db);
    db.prepare("INSERT INTO schema_migrations VALUES ('traces', 99, '099-future', 'x')").run();
    expect(() => applyMigrations(db)).toThrow(/newer than this code/);
    const legacy = new Database(":memory:");
    legacy.pragma("user_version = 99");
    expect(() => applyMigrations(legacy)).toThrow(/newer than this code/);
  });

  it("keeps each owner's steps apart on one file", () => {
    const db = new Database(":memory:");
    applyMigrations(db);
    const evals: Migration[] = [{ name: "001-evals", up: "CREATE TABLE eval_x (id TEXT)" }];
    expect(applyMigrations(db, evals, { owner: "evals" })).toBe(1);
    expect(applyMigrations(db, evals, { owner: "evals" })).toBe(1);
    expect(ledger(db, "evals")).toEqual(["001-evals"]);
    expect(ledger(db, "traces")).toHaveLength(migrations.length);
  });
});

describe("a file migrated with PRAGMA user_version (before the ledger)", () => {
  it("adopts the steps the version counted, zeroes it, and applies only the later steps", () => {
    const db = new Database(":memory:");
    // The old mechanism: steps 1-4 applied, counted in user_version.
    for (const step of migrations.slice(0, 4)) typeof step.up === "string" ? db.exec(step.up) : step.up(db);
    db.pragma("user_version = 4");
    expect(applyMigrations(db)).toBe(migrations.length);
    expect(ledger(db, "traces")).toEqual(migrations.map((m) => m.name));
    expect(db.prepare("SELECT applied_at FROM schema_migrations WHERE step = 4").get()).toEqual({
      applied_at: "adopted",
    });
    expect(db.pragma("user_version", { simple: true })).toBe(0);
    expect(adoptUserVersion(db)).toBe(0);
  });
});

const ledger = (db: Database.Database, owner: string) =>
  (db.prepare("SELECT name FROM schema_migrations WHERE owner = ? ORDER BY step").all(owner) as { name: string }[]).map(
    (r) => r.name,
  );
