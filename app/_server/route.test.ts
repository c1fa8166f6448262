import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("./team-auth", () => ({
  memberFrom: async (headers: Headers) => {
    const role = headers.get("x-test-role");
    return role ? { name: "Ann", email: "ann@shop.test", role, via: "session" } : null;
  },
}));
const { route } = await import("./route");

const call = (h: ReturnType<typeof route<Record<string, never>>>, init: RequestInit & { role?: string } = {}) => {
  const headers = new Headers(init.headers);
  if (init.role) headers.set("x-test-role", init.role);
  return h(new Request("http://shop.test/api/x", { ...init, headers }), { params: Promise.resolve({}) });
};
const okHandler = () => Response.json({ ok: true });

describe("route(): the one guard", () => {
  it("refuses a team route without a member (401) and with too small a role (403)", async () => {
    const h = route({ name: "t", access: "label" }, okHandler);
    expect((await call(h)).status).toBe(401);
    expect((await call(h, { role: "viewer" })).status).toBe(403);
    expect((await call(h, { role: "annotator" })).status).toBe(200);
  });

  it("refuses a cross-site write before anything else, even for a member", async () => {
    const h = route({ name: "t", access: "public" }, okHandler);
    const r = await call(h, {
      method: "POST",
      headers: { host: "shop.test", origin: "http://evil.test" },
      role: "admin",
    });
    expect(r.status).toBe(403);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe("cross_origin");
  });

  it.each([
    [
      Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" }),
      503,
      "store_unavailable",
    ],
    [Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" }), 503, "store_unavailable"],
    [new URIError("URI malformed"), 400, "invalid_path"],
    [new Error("sk-proj-abcdefghijklmnopqrstu leaked"), 500, "internal_error"],
  ])("maps a thrown %s to %i %s, as JSON, with secrets kept out of the log", async (error, status, code) => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void logged.push(a.join(" ")));
    const r = await call(
      route({ name: "t", access: "public" }, () => {
        throw error;
      }),
    );
    spy.mockRestore();
    expect(r.status).toBe(status);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(logged.join("")).not.toContain("sk-proj-abcdefghijklmnopqrstu");
  });
});
