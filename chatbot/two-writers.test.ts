import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { aTurn } from "../traces/fixtures";
import { openTraceStore } from "../traces/index";
import { createRuntime } from "./create-runtime";
import { createTurnWriter } from "./turn-writer";

const NOW = "2026-11-23T09:00:00-08:00";

it("two runtimes on one file and one conversation take turns: each appends after the other, nothing dead-lettered", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "two-writers-")), "t.db");
  const env = { LLM_PROVIDER: "offline" };
  const server = createRuntime({ databasePath: path, tracing: false, env });
  const cli = createRuntime({ databasePath: path, tracing: false, env });
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => {
    errors.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    const first = await server.runTurn({ message: "I'd like to book a tune-up", now: NOW, source: "ui" });
    if (!first.ok) throw new Error(first.error.message);
    const id = first.turn.conversationId;
    const plan: [typeof server, string][] = [
      [cli, "Friday"],
      [server, "10:30am"],
      [cli, "Sam Lee"],
      [server, "sam@example.com"],
    ];
    for (const [rt, message] of plan) {
      const r = await rt.runTurn({ conversationId: id, message, now: NOW, source: "cli" });
      if (!r.ok) throw new Error(r.error.message);
    }
    const store = openTraceStore(path);
    const turns = store.getTurns(id);
    expect(turns.map((t) => t.index)).toEqual([1, 2, 3, 4, 5]);
    // One history: each turn starts where the previous one (from either process) ended.
    for (let i = 1; i < turns.length; i++) expect(turns[i]!.stateBefore).toBe(turns[i - 1]!.stateAfter);
    expect(turns.at(-1)!.stateAfter).toBe("booking.confirming");
    store.close();
  } finally {
    process.stderr.write = write;
    await server.close();
    await cli.close();
  }
  expect(errors.join("")).not.toMatch(/already stored|dead letter/);
});

it("two processes committing the same turn index at once: the second is appended after the first, not dead-lettered", () => {
  const path = join(mkdtempSync(join(tmpdir(), "two-writers-")), "t.db");
  const a = openTraceStore(path);
  const b = openTraceStore(path);
  const logged: string[] = [];
  const deadLettered: unknown[] = [];
  const writer = createTurnWriter(
    b,
    (m) => logged.push(m),
    (w) => deadLettered.push(w),
  );
  const turn = (index: number, user: string) =>
    aTurn({
      index,
      now: NOW,
      user,
      assistant: `re: ${user}`,
      traceId: `t-${user}`,
      createdAt: "2026-11-23T17:00:00.000Z",
    });
  a.createConversation({
    id: "c1",
    source: "ui",
    scenarioId: null,
    model: "m",
    promptVersion: "p",
    handbookVersion: "h",
    appVersion: "0",
    metadata: {},
    createdAt: "2026-11-23T17:00:00.000Z",
  });
  a.commitTurn(turn(1, "from the server"), []);
  // The CLI computed index 1 as well (it read the store just before the server's commit).
  expect(writer.write({ conversation: null, turn: turn(1, "from the cli"), spans: [], effects: {} })).toBe(true);
  expect(a.getTurns("c1").map((t) => [t.index, t.user])).toEqual([
    [1, "from the server"],
    [2, "from the cli"],
  ]);
  expect(deadLettered).toEqual([]);
  expect(logged).toEqual([]);
  a.close();
  b.close();
});
