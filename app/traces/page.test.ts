import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// Outside a Next request there are no request headers: a signed-out visitor, as far as the page can tell.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), connection: async () => {} }));
// The database path is a directory: SQLite cannot open it (SQLITE_CANTOPEN), like a store on a lost mount.
process.env.DATABASE_PATH = mkdtempSync(join(tmpdir(), "traces-page-"));

it("/traces with a database that cannot be used sends the browser to the 503 page, not a 500", async () => {
  const { default: TracesPage } = await import("./page");
  const thrown = await TracesPage({ searchParams: Promise.resolve({}) }).catch((e: unknown) => e);
  expect(thrown).toMatchObject({
    digest: expect.stringContaining("NEXT_REDIRECT;replace;/unavailable?from=%2Ftraces;"),
  });
});
