import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { defaultDatabasePath } from "../../traces/index";
import { type AuthSettings, createAuth, migrateAuth, type TeamAuth } from "./create-auth";

const Env = z.object({
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  BETTER_AUTH_URL: z.url().optional(),
  TRUSTED_IP_HEADER: z.string().min(1).optional(),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(2).max(10_000).default(10),
});

/**
 * The signing secret: `BETTER_AUTH_SECRET`, else one generated on first use and kept beside the database
 * (`<db>.auth-secret`, mode 0600) so sessions survive restarts and the CLI and the server agree.
 */
function secretFor(dbPath: string, given: string | undefined): string {
  if (given) return given;
  if (dbPath === ":memory:") return randomBytes(32).toString("base64url");
  const file = `${dbPath}.auth-secret`;
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}

/** Opens the team auth on the app's SQLite file (its own connection), creating its tables on first use. */
export async function openTeamAuth(
  env: Record<string, string | undefined> = process.env,
): Promise<{ auth: TeamAuth; db: Database.Database }> {
  const e = Env.parse(env);
  const path = defaultDatabasePath(env);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  const settings: AuthSettings = {
    secret: secretFor(path, e.BETTER_AUTH_SECRET),
    baseURL: e.BETTER_AUTH_URL,
    signInPerMinute: e.SIGN_IN_ATTEMPTS_PER_MINUTE,
    clientIpHeader: e.TRUSTED_IP_HEADER,
  };
  await migrateAuth(db, settings);
  return { auth: createAuth(db, settings), db };
}
