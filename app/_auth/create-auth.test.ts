import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { createApiToken, listApiTokens, revokeApiToken, verifyApiToken } from "./api-tokens";
import { type AuthSettings, createAuth, migrateAuth, type TeamAuth } from "./create-auth";
import { addUser, countUsers, listUsers, removeUser, resetPassword } from "./team-users";

const settings: AuthSettings = {
  secret: "s".repeat(40),
  baseURL: "http://localhost:3000",
  signInPerMinute: 3,
  clientIpHeader: "x-forwarded-for",
};
const ORIGIN = "http://localhost:3000";

async function signIn(auth: TeamAuth, email: string, password: string, ip = "10.0.0.1") {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

const cookieOf = (r: Response) => (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

describe("team auth on better-sqlite3", () => {
  let db: Database.Database;
  let auth: TeamAuth;
  beforeEach(async () => {
    db = new Database(":memory:");
    await migrateAuth(db, settings);
    auth = createAuth(db, settings);
  });

  it("stores a hashed password and signs in with an httpOnly SameSite cookie", async () => {
    expect(await countUsers(auth)).toBe(0);
    const added = await addUser(auth, {
      email: "Ann@Shop.test",
      name: "Ann",
      password: "correct horse",
      role: "admin",
    });
    expect(added.ok).toBe(true);
    const stored = db.prepare("SELECT password FROM account").get() as { password: string };
    expect(stored.password).not.toContain("correct horse");
    const r = await signIn(auth, "ann@shop.test", "correct horse");
    expect(r.status).toBe(200);
    const setCookie = r.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(r) }) });
    expect(session?.user.email).toBe("ann@shop.test");
    expect(session?.user.role).toBe("admin");
  });

  it("refuses a wrong password and rate-limits repeated attempts", async () => {
    await addUser(auth, { email: "a@shop.test", name: "A", password: "correct horse", role: "viewer" });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(auth, "a@shop.test", "wrong password")).status);
    // better-auth refuses once the count in the window reaches the limit.
    expect(statuses).toEqual([401, 401, 429, 429, 429]);
    expect((await signIn(auth, "a@shop.test", "correct horse", "10.0.0.2")).status).toBe(200);
  });

  it("without a trusted IP header, a forged X-Forwarded-For does not open a new bucket", async () => {
    const shared = createAuth(db, { ...settings, clientIpHeader: undefined });
    await addUser(shared, { email: "a@shop.test", name: "A", password: "correct horse", role: "viewer" });
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await signIn(shared, "a@shop.test", "wrong password", `10.9.0.${i}`)).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it("has no self sign-up", async () => {
    const r = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN },
        body: JSON.stringify({ email: "x@shop.test", password: "correct horse", name: "X" }),
      }),
    );
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(await countUsers(auth)).toBe(0);
  });

  it("lists, resets and removes team members", async () => {
    await addUser(auth, { email: "a@shop.test", name: "A", password: "correct horse", role: "annotator" });
    expect(
      (await addUser(auth, { email: "a@shop.test", name: "A", password: "correct horse", role: "admin" })).ok,
    ).toBe(false);
    expect((await listUsers(auth)).map((u) => [u.email, u.role])).toEqual([["a@shop.test", "annotator"]]);
    const before = cookieOf(await signIn(auth, "a@shop.test", "correct horse"));
    expect((await resetPassword(auth, "a@shop.test", "new battery staple")).ok).toBe(true);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: before }) })).toBeNull();
    expect((await signIn(auth, "a@shop.test", "correct horse", "10.0.0.3")).status).toBe(401);
    expect((await signIn(auth, "a@shop.test", "new battery staple", "10.0.0.4")).status).toBe(200);
    expect((await removeUser(auth, "a@shop.test")).ok).toBe(true);
    expect(await countUsers(auth)).toBe(0);
    expect((await removeUser(auth, "a@shop.test")).ok).toBe(false);
  });

  it("creates, verifies and revokes bearer tokens stored only as hashes", async () => {
    const { token, apiToken } = await createApiToken(auth, { name: "ci", role: "annotator", createdBy: "a@shop.test" });
    expect(JSON.stringify(db.prepare("SELECT * FROM apiToken").all())).not.toContain(token);
    expect(await verifyApiToken(auth, token)).toEqual({ name: "token:ci", role: "annotator" });
    expect(await verifyApiToken(auth, `${token}x`)).toBeNull();
    expect(await revokeApiToken(auth, apiToken.id)).toBe(true);
    expect(await verifyApiToken(auth, token)).toBeNull();
    expect((await listApiTokens(auth))[0]?.revoked).toBe(true);
  });
});
