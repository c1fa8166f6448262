import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Scenario } from "../harness/scenario";
import { freePort, startApp } from "../harness/server";
import { sessionCookie } from "../harness/team";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** A real read-only database: a small tmpfs, written by one server, then remounted read-only for the next (root). */
export const scenarios: Scenario[] = [
  {
    name: "read-only database: the trace browser, its search and the axial board are still served, never a 500",
    timeoutMs: 180_000,
    async run(ctx) {
      const dir = mkdtempSync(join(tmpdir(), "bikeshop-ro-"));
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=16m", "tmpfs", dir]);
      const env = {
        ...process.env,
        DATABASE_PATH: join(dir, "bikeshop.db"),
        OPENAI_API_KEY: "",
        NEXT_TELEMETRY_DISABLED: "1",
      };
      try {
        const writable = await startApp(ROOT, await freePort(), env);
        let cookie: string;
        try {
          cookie = await sessionCookie(writable.baseUrl);
          // A customer turn, so the read-only server has a conversation to list and search.
          const chat = await fetch(`${writable.baseUrl}/api/chat`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: writable.baseUrl },
            body: JSON.stringify({ message: "Can I book a tune-up?" }),
          });
          assert.equal(chat.status, 200, `chat turn → ${chat.status}`);
          await chat.text();
          const ok = await fetch(`${writable.baseUrl}/traces`, { headers: { cookie } });
          assert.equal(ok.status, 200, "the trace browser opens while the database is writable");
        } finally {
          await writable.stop();
        }
        execFileSync("mount", ["-o", "remount,ro", dir]);
        // Same file, now on a read-only mount: the trace browser (a text search too, which indexes recent turns
        // first when it can) is served from it, never a 500. Storage errors while a page loads get the 503 page
        // (unit tests: app/traces/page.test.ts, app/_server/store-unavailable.test.ts).
        const readOnly = await startApp(ROOT, await freePort(), env);
        try {
          for (const path of ["/traces", "/traces?q=tune-up", "/annotate/axial"]) {
            const r = await fetch(`${readOnly.baseUrl}${path}`, { headers: { cookie } });
            const body = await r.text();
            assert.equal(r.status, 200, `GET ${path} on a read-only database → ${r.status}\n${body.slice(0, 300)}`);
            assert.doesNotMatch(body, /SqliteError|SQLITE_/, `${path}: no internals in the page`);
          }
        } finally {
          await readOnly.stop();
        }
        ctx.note("read-only database: /traces, /traces?q=, /annotate/axial served (200)");
      } finally {
        execFileSync("umount", [dir]);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
