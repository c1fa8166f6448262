import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nextBookableFriday } from "../harness/booking-date";
import { sendChat } from "../harness/chat";
import type { Scenario } from "../harness/scenario";
import { freePort, startApp } from "../harness/server";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** Fills the file system holding `dir` to the last byte (ENOSPC at every block size down to one byte). */
function fill(dir: string): void {
  let i = 0;
  for (const size of [256 * 1024, 4096, 512, 1]) {
    const block = Buffer.alloc(size);
    for (;;) {
      try {
        writeFileSync(join(dir, `filler-${i++}`), block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOSPC") break;
        throw error;
      }
    }
  }
}

/** Waits until the server's store worker has truncated the WAL (it does when idle), so the next commit must grow it. */
async function walTruncated(db: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (!existsSync(`${db}-wal`) || statSync(`${db}-wal`).size === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the WAL was not truncated while the server was idle");
}

/** A real full disk (a small tmpfs, mounted for this scenario; e2e runs as root in CI). */
export const scenarios: Scenario[] = [
  {
    name: "durability: on a full disk the customer gets no false confirmation, and kill -TERM loses nothing",
    timeoutMs: 180_000,
    async run(ctx) {
      const dir = mkdtempSync(join(tmpdir(), "bikeshop-full-"));
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=12m", "tmpfs", dir]);
      try {
        const app = await startApp(ROOT, await freePort(), {
          ...process.env,
          DATABASE_PATH: join(dir, "bikeshop.db"),
          OPENAI_API_KEY: "",
          NEXT_TELEMETRY_DISABLED: "1",
        });
        let conversationId = "";
        try {
          const page = await ctx.newPage("desktop");
          await page.goto(app.baseUrl);
          for (const m of ["I'd like to book a tune-up", nextBookableFriday().phrase, "10:30am", "Sam Full"])
            conversationId = (await sendChat(page, m)).turn.conversationId;
          const ready = await sendChat(page, "sam.full@example.com");
          assert.equal(ready.turn.state, "booking.confirming", ready.reply);

          await walTruncated(join(dir, "bikeshop.db"));
          fill(dir);
          const answer = await sendChat(page, "yes");
          assert.doesNotMatch(answer.reply, /BK-|you're booked/i, "no confirmation while the booking cannot be stored");
          assert.match(answer.reply, /did not go through/);
          assert.equal(answer.turn.bookingIds.length, 0);
          assert.equal(await page.getByText(/BK-/).count(), 0, "no reference anywhere on the page");
          await ctx.screenshot(page, "14-full-disk");
        } finally {
          await app.stop(); // SIGTERM to the server's process group
        }
        // The acknowledged turns that could not be written are in the dead letter or, when that cannot be written
        // either (same full disk), in the operator's log with their content.
        const deadLetter = join(dir, "bikeshop.db.deadletter.jsonl");
        const kept = (existsSync(deadLetter) ? readFileSync(deadLetter, "utf8") : "") + app.log();
        assert.ok(kept.includes(conversationId), `the failed turns are kept somewhere:\n${app.log().slice(-2000)}`);
        assert.match(kept, /did not go through/, "the refused confirmation turn itself is kept");
        ctx.note("durability: full disk → no confirmation; after kill -TERM the turns are in the dead letter or log");
      } finally {
        execFileSync("umount", [dir]);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
