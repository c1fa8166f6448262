import type { Database } from "better-sqlite3";
import { migrations as defaultMigrations, type Migration } from "./migrations";

/**
 * Brings the file up to date: runs each step past `PRAGMA user_version` in its own IMMEDIATE transaction, so two
 * processes opening a fresh file at once cannot both apply the same step. Returns the resulting version.
 */
export function applyMigrations(db: Database, steps: readonly Migration[] = defaultMigrations): number {
  const version = () => db.pragma("user_version", { simple: true }) as number;
  if (version() > steps.length)
    throw new Error(
      `database schema version ${version()} is newer than this code knows (${steps.length}); upgrade the app`,
    );
  for (let target = version() + 1; target <= steps.length; target++) {
    const step = steps[target - 1]!;
    db.transaction(() => {
      if (version() >= target) return; // another process got here first
      try {
        if (typeof step.up === "string") db.exec(step.up);
        else step.up(db);
      } catch (error) {
        throw new Error(`migration ${target} (${step.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      db.pragma(`user_version = ${target}`);
    }).immediate();
  }
  return version();
}
