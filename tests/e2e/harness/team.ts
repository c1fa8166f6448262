import type { Page } from "playwright-core";

/** The admin every e2e server gets (created through the first-admin API, as a new install would). */
export const E2E_ADMIN = { email: "admin@e2e.test", name: "E2E Admin", password: "e2e-admin-password" } as const;

const cookies = new Map<string, string>();

/** The `Cookie` value of a session for `email` on the app at `baseUrl` (signs in once per server and member). */
export async function sessionCookie(baseUrl: string, who: { email: string; password: string } = E2E_ADMIN) {
  const key = `${baseUrl} ${who.email}`;
  const cached = cookies.get(key);
  if (cached) return cached;
  if (who.email === E2E_ADMIN.email) await ensureAdmin(baseUrl);
  const r = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email: who.email, password: who.password }),
  });
  if (!r.ok) throw new Error(`sign-in as ${who.email} failed: ${r.status} ${await r.text()}`);
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  cookies.set(key, cookie);
  return cookie;
}

/** Creates the first admin when the store has none (409 when one exists is fine). */
export async function ensureAdmin(baseUrl: string): Promise<void> {
  const r = await fetch(`${baseUrl}/api/team/setup`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify(E2E_ADMIN),
  });
  if (r.status !== 201 && r.status !== 409) throw new Error(`first admin: ${r.status} ${await r.text()}`);
}

/** Adds a team member with a role (as the admin); an existing member is fine. */
export async function ensureMember(
  baseUrl: string,
  member: { email: string; password: string; role: string; name?: string },
) {
  const r = await teamFetch(baseUrl, "/api/team/users", {
    method: "POST",
    body: JSON.stringify({ ...member, name: member.name ?? member.email.split("@")[0] }),
  });
  if (r.status !== 201 && r.status !== 409) throw new Error(`add member: ${r.status} ${await r.text()}`);
}

/** `fetch` as a signed-in team member (default: the admin); JSON bodies, same-origin `Origin` on writes. */
export async function teamFetch(
  baseUrl: string,
  path: string,
  init: RequestInit = {},
  who?: { email: string; password: string },
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("cookie", await sessionCookie(baseUrl, who));
  if (init.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  if (init.method && init.method !== "GET") headers.set("origin", baseUrl);
  return fetch(`${baseUrl}${path}`, { ...init, headers });
}

/** Puts a team session into the page's browser context (so team pages open and the header shows team links). */
export async function signInPage(page: Page, baseUrl: string, who?: { email: string; password: string }) {
  const cookie = await sessionCookie(baseUrl, who);
  const url = new URL(baseUrl);
  await page.context().addCookies(
    cookie.split("; ").map((pair) => {
      const i = pair.indexOf("=");
      return {
        name: pair.slice(0, i),
        value: pair.slice(i + 1),
        domain: url.hostname,
        path: "/",
        httpOnly: true,
        sameSite: "Lax" as const,
      };
    }),
  );
}
