import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openTraceStore } from "../traces/index";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");
const MESSAGES = [
  "I'd like to book a tune-up",
  "Friday",
  "what are your hours?",
  "10:30am",
  "Sarah Lee",
  "sarah@example.com",
  "no",
  "make it 11am",
  "yes",
  "thanks",
];

describe("kill -9 of `pnpm chat` in the middle of a conversation", () => {
  it("leaves no half-written turn; the conversation continues after a restart", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "crash-")), "c.db");
    const env = { ...process.env, DATABASE_PATH: db, LLM_PROVIDER: "offline" };
    // node itself (not the tsx wrapper), so that SIGKILL hits the process doing the writes.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "chatbot/cli.ts", "--json", "--now", "2026-11-23T09:00:00-08:00"],
      { env, stdio: ["pipe", "pipe", "pipe"] },
    );
    let out = "";
    const seen = new Promise<void>((resolve) =>
      child.stdout.on("data", (d) => {
        out += String(d);
        if (out.split("\n").length > 25) resolve();
      }),
    );
    // Keep feeding turns so the kill lands while turns are being processed and committed.
    for (let i = 0; i < 400; i++) child.stdin.write(`${MESSAGES[i % MESSAGES.length]}\n`);
    await seen;
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));

    const raw = new Database(db);
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    const [conv] = raw.prepare("SELECT id, turn_count FROM conversations").all() as {
      id: string;
      turn_count: number;
    }[];
    const idx = (
      raw.prepare("SELECT idx FROM turns WHERE conversation_id = ? ORDER BY idx").all(conv!.id) as { idx: number }[]
    ).map((r) => r.idx);
    raw.close();
    expect(idx.length).toBeGreaterThanOrEqual(25);
    expect(idx).toEqual(idx.map((_, i) => i + 1));
    expect(conv!.turn_count).toBe(idx.length);
    const store = openTraceStore(db);
    const turns = store.getTurns(conv!.id);
    expect(
      turns.filter((t) => !t.spans.some((s) => s.name === "chat.turn")).map((t) => [t.index, t.spans.length, t.error]),
    ).toEqual([]);
    store.close();

    const again = spawnSync(TSX, ["chatbot/cli.ts", "--json", "--conversation", conv!.id], {
      env,
      input: "What time do you close on Saturday?\n",
      encoding: "utf8",
    });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout.trim())).toMatchObject({
      conversationId: conv!.id,
      turn: idx.length + 1,
      reply: expect.stringMatching(/3pm/),
    });
  }, 60_000);
});
