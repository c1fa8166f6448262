import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, type FakeStep, startFakeOpenAI } from "../tests/support/fake-openai";
import { openTraceStore } from "../traces/index";
import { createRuntime } from "./create-runtime";
import { createOpenAIProvider } from "./providers/index";

const NOW = "2026-11-23T09:00:00-08:00";
const GOOD_UNDERSTANDING: FakeStep = {
  kind: "json",
  content: JSON.stringify({
    intent: "question",
    topics: ["hours"],
    slots: { service: null, dateText: "Saturday", timeText: null, name: null, contact: null, notOffered: null },
  }),
};
let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function turnWith(steps: FakeStep[], maxRetries = 0) {
  fake = await startFakeOpenAI(steps);
  const provider = createOpenAIProvider({
    baseURL: fake.baseURL,
    apiKey: "sk-fault-test",
    model: "gpt-4o-mini",
    timeoutMs: 400,
    maxRetries,
  });
  const path = join(mkdtempSync(join(tmpdir(), "faults-")), "f.db");
  const rt = createRuntime({ databasePath: path, provider: { provider, promptVersion: "p" } });
  const r = await rt.runTurn({ message: "What time do you close on Saturdays?", now: NOW, source: "cli" });
  await rt.close();
  if (!r.ok) throw new Error(r.error.message);
  const store = openTraceStore(path);
  const turns = store.getTurns(r.turn.conversationId);
  store.close();
  return { r: r.turn, turns };
}

describe("model faults against the fake OpenAI server: graceful reply, error span, turn stored, valid state", () => {
  it.each<[string, FakeStep[], RegExp]>([
    ["timeout on understanding", [{ kind: "hang" }, { kind: "hang" }], /understand: .*timeout/],
    [
      "500 on both jobs",
      [
        { kind: "status", status: 500 },
        { kind: "status", status: 500 },
      ],
      /understand: .*server/,
    ],
    ["connection reset", [{ kind: "reset" }, { kind: "reset" }], /understand: .*network/],
    [
      "invalid JSON for structured output",
      [
        { kind: "json", content: "{not json" },
        { kind: "stream", chunks: ["We close at 3pm on Saturdays."] },
      ],
      /understand: .*invalid_output/,
    ],
    [
      "a refusal",
      [
        { kind: "refusal", refusal: "I can't help with that" },
        { kind: "refusal", refusal: "no" },
      ],
      /understand: .*refusal/,
    ],
    [
      "truncated reply stream",
      [GOOD_UNDERSTANDING, { kind: "truncated-stream", chunks: ["We clo"] }],
      /writeReply: .*truncated/,
    ],
  ])("%s", async (_name, steps, error) => {
    const { r, turns } = await turnWith(steps);
    expect(r.reply).toMatch(/3pm/);
    expect(r.state).toBe("browsing");
    expect(r.error).toMatch(error);
    expect(turns).toHaveLength(1);
    const errorSpans = turns[0]!.spans.filter((s) => s.statusCode === "error");
    expect(errorSpans.some((s) => s.name === "chat understand" || s.name === "chat reply")).toBe(true);
    // The failed call is on the turn's llmCalls with its error, like a successful one.
    const job = error.source.startsWith("understand") ? "understand" : "reply";
    expect(turns[0]!.llmCalls).toContainEqual(
      expect.objectContaining({ job, provider: "openai", error: expect.stringMatching(/\S/) }),
    );
    expect(JSON.stringify(turns)).not.toContain("sk-fault-test");
  });

  it("a 429 with retry-after is retried and then succeeds", async () => {
    const { r, turns } = await turnWith(
      [
        { kind: "status", status: 429, headers: { "retry-after": "0" } },
        GOOD_UNDERSTANDING,
        { kind: "stream", chunks: ["We close at ", "3pm on Saturdays."] },
      ],
      2,
    );
    expect(r.reply).toBe("We close at 3pm on Saturdays.");
    expect(r.error).toBeNull();
    expect(turns[0]!.spans.every((s) => s.statusCode !== "error")).toBe(true);
  });
});

/** A real store whose writes all fail with `error` (reads still work), as on a read-only file or a full disk. */
function unwritable(path: string, error: unknown) {
  const real = openTraceStore(path);
  const fail = () => {
    throw error;
  };
  const store = {
    ...real,
    path,
    getConversation: real.getConversation.bind(real),
    lastTurn: real.lastTurn.bind(real),
    findBookings: real.findBookings.bind(real),
    createConversation: fail,
    commitTurn: fail,
  };
  return { store, close: () => real.close() };
}

/** Runs `fn` with stderr captured; returns what was written. */
async function captureStderr(fn: () => Promise<void>): Promise<string> {
  const logs: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => {
    logs.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    await fn();
  } finally {
    process.stderr.write = write;
  }
  return logs.join("");
}

describe("read-only database", () => {
  it("keeps answering, tells the operator, and keeps every failed turn in the dead letter", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ro-"));
    const path = join(dir, "ro.db");
    const readonly = unwritable(
      path,
      Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" }),
    );
    const log = await captureStderr(async () => {
      const rt = createRuntime({
        databasePath: path,
        store: readonly.store,
        tracing: false,
        env: { LLM_PROVIDER: "offline" },
      });
      const a = await rt.runTurn({ message: "What time do you close on Saturdays?", now: NOW, source: "cli" });
      const b = await rt.runTurn({
        conversationId: a.ok ? a.turn.conversationId : "",
        message: "and on Thursdays?",
        now: NOW,
        source: "cli",
      });
      expect(a.ok && a.turn.reply).toMatch(/3pm/);
      expect(b.ok && b.turn.reply).toMatch(/7pm/);
      await rt.close();
    });
    readonly.close();
    expect(log).toMatch(/trace write for c_.*#1 failed; will retry: attempt to write a readonly database/);
    const dead = readFileSync(`${path}.deadletter.jsonl`, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(dead.map((d) => d.write.turn.index).sort()).toEqual([1, 2]);
  });
});

describe("disk full", () => {
  it("keeps answering when neither the store nor the dead letter can be written, and hands every turn to the log", async () => {
    const dir = mkdtempSync(join(tmpdir(), "full-"));
    const path = join(dir, "full.db");
    // SQLite's own "disk full" error, from a connection capped at one page.
    const tiny = new Database(":memory:");
    tiny.pragma("max_page_count = 1");
    let diskFull: unknown;
    try {
      tiny.exec("CREATE TABLE a (x); CREATE TABLE b (x); INSERT INTO a VALUES (randomblob(9000))");
    } catch (error) {
      diskFull = error;
    }
    expect(diskFull).toMatchObject({ code: "SQLITE_FULL" });
    const full = unwritable(path, diskFull);
    mkdirSync(`${path}.deadletter.jsonl`); // appending to a directory fails for real (EISDIR)
    const log = await captureStderr(async () => {
      const rt = createRuntime({
        databasePath: path,
        store: full.store,
        tracing: false,
        env: { LLM_PROVIDER: "offline" },
      });
      const a = await rt.runTurn({ message: "What time do you close on Saturdays?", now: NOW, source: "cli" });
      expect(a.ok && a.turn.reply).toMatch(/3pm/);
      await rt.close();
    });
    full.close();
    expect(log).toMatch(/trace write for c_.*#1 failed; will retry: database or disk is full/);
    expect(log).toMatch(/could not be stored anywhere; its content: \{.*What time do you close on Saturdays\?/);
  });
});
