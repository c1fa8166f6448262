import type { Database } from "better-sqlite3";
import { migrations as defaultMigrations, type Migration } from "./migrations";

/** Who owns a list of steps on the shared file ("traces", "annotation", "evals"), and how an older file recorded them. */
export interface MigrationOwner {
  owner: string;
  /**
   * For a file migrated before the ledger existed: how many of this owner's steps the older mechanism had applied
   * (it may also retire that record). Called once, inside the transaction, only while the owner has no ledger rows.
   */
  adopt?: (db: Database) => number;
}

/** The trace store's steps were once counted in `PRAGMA user_version`: adopt that count and zero it. */
export function adoptUserVersion(db: Database): number {
  const n = db.pragma("user_version", { simple: true }) as number;
  if (n) db.pragma("user_version = 0");
  return n;
}

const TRACES: MigrationOwner = { owner: "traces", adopt: adoptUserVersion };
const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  owner TEXT NOT NULL, step INTEGER NOT NULL CHECK (step > 0), name TEXT NOT NULL, applied_at TEXT NOT NULL,
  PRIMARY KEY (owner, step))`;

/**
 * The one migration mechanism of the SQLite file: each owner's ordered steps, recorded per step in `schema_migrations`.
 * Runs each step past the owner's last recorded one in its own IMMEDIATE transaction, so two processes opening a fresh
 * file at once cannot both apply the same step. Returns how many of the owner's steps the file now has.
 */
export function applyMigrations(
  db: Database,
  steps: readonly Migration[] = defaultMigrations,
  { owner, adopt }: MigrationOwner = TRACES,
): number {
  db.exec(LEDGER);
  const applied = () =>
    (db.prepare("SELECT max(step) AS n FROM schema_migrations WHERE owner = ?").get(owner) as { n: number | null }).n ??
    0;
  const record = db.prepare("INSERT INTO schema_migrations (owner, step, name, applied_at) VALUES (?, ?, ?, ?)");
  db.transaction(() => {
    if (applied() > 0 || !adopt) return;
    const n = adopt(db);
    if (n > steps.length)
      throw new Error(`${owner} schema version ${n} is newer than this code knows (${steps.length})`);
    for (let step = 1; step <= n; step++) record.run(owner, step, steps[step - 1]!.name, "adopted");
  }).immediate();
  if (applied() > steps.length)
    throw new Error(
      `${owner} database schema version ${applied()} is newer than this code knows (${steps.length}); upgrade the app`,
    );
  for (let target = applied() + 1; target <= steps.length; target++) {
    const step = steps[target - 1]!;
    db.transaction(() => {
      if (applied() >= target) return; // another process got here first
      try {
        if (typeof step.up === "string") db.exec(step.up);
        else step.up(db);
      } catch (error) {
        throw new Error(`${owner} migration ${target} (${step.name}) failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      record.run(owner, target, step.name, new Date().toISOString());
    }).immediate();
  }
  return applied();
}
