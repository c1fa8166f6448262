import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openTraceStore } from "./store";

const dir = mkdtempSync(join(tmpdir(), "traces-crash-"));
const dbPath = join(dir, "crash.db");
const SPANS_PER_TURN = 25;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the commit loop in a child until it has reported `atLeast` commits, then SIGKILLs it mid-write. */
function commitThenKill(conversationId: string, atLeast: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(import.meta.dirname, "commit-loop.fixture.ts"),
        dbPath,
        conversationId,
        String(SPANS_PER_TURN),
      ],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    let lastReported = 0;
    child.stderr.on("data", (d) => (err += d));
    child.stdout.on("data", (d) => {
      out += d;
      const lines = out.split("\n").filter(Boolean);
      lastReported = Number(lines.at(-1));
      if (lastReported >= atLeast && !child.killed) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(lastReported);
      else reject(new Error(`commit loop exited with ${code}: ${err}`));
    });
  });
}

describe("a writer killed mid-commit (SIGKILL)", () => {
  it("leaves a consistent file: every turn has its spans and booking, turn_count matches, nothing reported is lost", async () => {
    const reported: Record<string, number> = {};
    for (const [i, atLeast] of [30, 45, 60].entries())
      reported[`crash-${i}`] = await commitThenKill(`crash-${i}`, atLeast);

    const store = openTraceStore(dbPath); // reopening runs WAL recovery
    const raw = new Database(dbPath, { readonly: true });
    try {
      expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(raw.pragma("foreign_key_check")).toEqual([]);
      // A turn's spans are a JSON column of its row: every committed row holds all of them, as valid JSON.
      const partial = raw.prepare(
        "SELECT count(*) AS n FROM turns WHERE NOT json_valid(spans) OR json_array_length(spans) != ?",
      );
      expect(partial.get(SPANS_PER_TURN)).toEqual({ n: 0 });
      for (const [id, lastReported] of Object.entries(reported)) {
        const conversation = store.getConversation(id);
        const turns = store.getTurns(id);
        expect(turns.length).toBeGreaterThanOrEqual(lastReported); // committed = durable, even with synchronous=NORMAL
        expect(conversation?.turnCount).toBe(turns.length);
        expect(conversation?.finalState).toBe(`s${turns.length}`);
        expect(turns.map((t) => t.index)).toEqual(Array.from({ length: turns.length }, (_, k) => k + 1));
        for (const turn of turns) {
          expect(turn.spans).toHaveLength(SPANS_PER_TURN);
          expect(store.getBooking(`${id}-b${turn.index}`)?.conversationId).toBe(id);
        }
        const bookings = raw.prepare("SELECT count(*) AS n FROM bookings WHERE conversation_id = ?").get(id);
        expect(bookings).toEqual({ n: turns.length });
      }
    } finally {
      raw.close();
      store.close();
    }
  }, 60_000);
});
