import type Database from "better-sqlite3";
import { type BetterAuthOptions, type BetterAuthPlugin, betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";

/** Settings the auth instance reads from the environment (parsed by `authEnv`). */
export type AuthSettings = {
  /** Signs session cookies; at least 32 characters. */
  secret: string;
  /** The public URL (`BETTER_AUTH_URL`); an https URL makes every cookie `Secure`. */
  baseURL?: string;
  /** Sign-in attempts allowed per client per minute. */
  signInPerMinute: number;
  /**
   * The header a trusted proxy puts the client address in (`TRUSTED_IP_HEADER`). Unset: client-sent headers are not
   * believed and sign-in attempts share one bucket, so a forged `X-Forwarded-For` cannot dodge the limit.
   */
  clientIpHeader?: string;
};

/** Bearer API tokens as a table of the auth schema, so one migration mechanism creates every auth table. */
const apiTokenSchema = {
  id: "api-tokens",
  schema: {
    apiToken: {
      fields: {
        name: { type: "string", required: true },
        tokenHash: { type: "string", required: true, unique: true },
        role: { type: "string", required: true },
        createdBy: { type: "string", required: true },
        createdAt: { type: "date", required: true },
        revokedAt: { type: "date", required: false },
      },
    },
  },
} satisfies BetterAuthPlugin;

/** The better-auth options for the team side: e-mail + password only, no self sign-up, roles, rate-limited sign-in. */
export function authOptions(db: Database.Database, s: AuthSettings) {
  return {
    appName: "JO's Bike Shop",
    database: db,
    secret: s.secret,
    baseURL: s.baseURL,
    // Cross-site requests are refused before the auth handler runs, by the app's one CSRF rule (`route()` →
    // `checkRequestOrigin`: Origin must equal the addressed host). Behind that check the request's own Origin is
    // trusted, so the app works on whatever address it is served (loopback port, LAN name) without a fixed list.
    trustedOrigins: s.baseURL ? [s.baseURL] : (request) => [request?.headers.get("origin")],
    telemetry: { enabled: false },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 256 },
    user: { additionalFields: { role: { type: "string", required: true, defaultValue: "viewer", input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": { window: 60, max: s.signInPerMinute } },
    },
    advanced: {
      useSecureCookies: s.baseURL?.startsWith("https://") ?? false,
      ipAddress: { ipAddressHeaders: s.clientIpHeader ? [s.clientIpHeader] : [] },
    },
    plugins: [apiTokenSchema],
  } satisfies BetterAuthOptions;
}

/** The team auth instance over an open SQLite connection (the app's database file). */
export function createAuth(db: Database.Database, s: AuthSettings) {
  return betterAuth(authOptions(db, s));
}

/** The auth instance's type (what `getAuth` hands out). */
export type TeamAuth = ReturnType<typeof createAuth>;

/** Creates or extends the auth tables (user, session, account, verification, apiToken); idempotent. */
export async function migrateAuth(db: Database.Database, s: AuthSettings): Promise<void> {
  const { runMigrations } = await getMigrations(authOptions(db, s));
  await runMigrations();
}
