import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { openTraceStore } from "../traces/index";
import { createRuntime } from "./create-runtime";

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
