import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "./apply-migrations";
import { type Migration, migrations } from "./migrations";

const tables = (db: Database.Database) =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'conversation_text_%' ORDER BY name",
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
    expect(db.pragma("user_version", { simple: true })).toBe(migrations.length);
    expect(tables(db)).not.toContain("ok");
  });

  it("refuses a file written by newer code", () => {
    const db = new Database(":memory:");
    db.pragma("user_version = 99");
    expect(() => applyMigrations(db)).toThrow(/newer than this code/);
  });
});
