import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openTraceStore } from "../traces/index";
import { createRuntime } from "./create-runtime";
import { createDeadLetter, type DeadLetterIo, deadLetterPath } from "./dead-letter";
import type { TurnWrite } from "./turn-writer";

const write = {
  conversation: null,
  turn: { conversationId: "c1", index: 1 },
  spans: [],
  effects: {},
} as unknown as TurnWrite;

function recordingIo() {
  const lines: { to: string; line: string }[] = [];
  const io: DeadLetterIo = {
    appendLine: (path, line) => lines.push({ to: path, line }),
    stderr: (line) => lines.push({ to: "stderr", line }),
  };
  return { io, lines };
}

describe("createDeadLetter", () => {
  it.each([
    ["/srv/a/traces.db", "/srv/a/traces.db.deadletter.jsonl"],
    [":memory:", "stderr"],
    ["", "stderr"],
  ])("a store at %j dead-letters to %s, with the write and the error", (storePath, to) => {
    const { io, lines } = recordingIo();
    createDeadLetter(storePath, io)(write, new Error("disk full"));
    expect(lines.map((l) => l.to)).toEqual([to]);
    expect(lines[0]!.line).toContain('"conversationId":"c1"');
    expect(lines[0]!.line).toContain("disk full");
  });

  it("names no file for an in-memory store", () => expect(deadLetterPath(":memory:")).toBeNull());
});

describe("createRuntime with an injected store", () => {
  it("writes the dead letter beside the injected store, not beside DATABASE_PATH", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dl-"));
    const injected = join(dir, "injected.db");
    const configured = join(dir, "configured.db");
    const real = openTraceStore(injected);
    const fail = () => {
      throw new Error("attempt to write a readonly database");
    };
    const store = {
      ...real,
      path: injected,
      getConversation: real.getConversation.bind(real),
      lastTurn: real.lastTurn.bind(real),
      createConversation: fail,
      commitTurn: fail,
    };
    const stderr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      const rt = createRuntime({ store, tracing: false, env: { LLM_PROVIDER: "offline", DATABASE_PATH: configured } });
      await rt.runTurn({ message: "When do you close on Saturday?", now: "2026-11-23T09:00:00-08:00", source: "cli" });
      await rt.close();
    } finally {
      process.stderr.write = stderr;
      real.close();
    }
    expect(existsSync(`${configured}.deadletter.jsonl`)).toBe(false);
    expect(readFileSync(`${injected}.deadletter.jsonl`, "utf8")).toContain('"user":"When do you close on Saturday?"');
  });
});
