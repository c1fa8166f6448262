import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

/** A real SQLITE_READONLY error: a write on a connection opened read-only. */
function readOnlyWriteError(): unknown {
  const path = join(mkdtempSync(join(tmpdir(), "ro-")), "t.db");
  new Database(path).exec("CREATE TABLE t (x)");
  const ro = new Database(path, { readonly: true });
  try {
    ro.exec("INSERT INTO t VALUES (1)");
  } catch (error) {
    return error;
  } finally {
    ro.close();
  }
  throw new Error("the write did not fail");
}

describe("orStoreUnavailable", () => {
  it("sends a read-only database to the 503 page, keeping where the visitor was", async () => {
    const { orStoreUnavailable } = await import("./store-unavailable");
    const error = readOnlyWriteError();
    expect(error).toMatchObject({ code: "SQLITE_READONLY" });
    const thrown = await orStoreUnavailable("/traces?page=2", async () => {
      throw new Error("listing failed", { cause: error });
    }).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ digest: expect.stringContaining("/unavailable?from=%2Ftraces%3Fpage%3D2;") });
  });

  it("rethrows anything else (a bug stays a logged 500) and passes a rendered page through", async () => {
    const { orStoreUnavailable } = await import("./store-unavailable");
    const bug = new TypeError("x is undefined");
    await expect(orStoreUnavailable("/traces", () => Promise.reject(bug))).rejects.toBe(bug);
    await expect(orStoreUnavailable("/traces", async () => "page")).resolves.toBe("page");
  });
});

describe("GET /unavailable", () => {
  it("is a 503 HTML page with the error table's message and a same-site way back", async () => {
    const { GET } = await import("../unavailable/route");
    const r = await GET(new Request("http://localhost/unavailable?from=%2F%2Fevil.example"), {
      params: Promise.resolve({}),
    });
    expect(r.status).toBe(503);
    expect(r.headers.get("content-type")).toContain("text/html");
    expect(r.headers.get("retry-after")).toBe("30");
    const html = await r.text();
    expect(html).toContain("The database cannot be written or read right now (read-only or full disk)");
    expect(html).toContain('href="/traces"');
    expect(html).not.toContain("evil.example");
  });
});
