import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startProtobufReceiver } from "../traces/otlp-receiver.fixture";
import { createRuntime } from "./create-runtime";

const NOW = "2026-11-23T09:00:00-08:00";
const tmpDb = () => join(mkdtempSync(join(tmpdir(), "crt-")), "t.db");
let receivers: Awaited<ReturnType<typeof startProtobufReceiver>>[] = [];
afterEach(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  receivers = [];
});
async function receiver() {
  const r = await startProtobufReceiver();
  receivers.push(r);
  return r;
}
// A batch delay no test waits for: only a flush at close() delivers within the test.
const env = (endpoint: string) => ({
  LLM_PROVIDER: "offline",
  OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
  OTEL_BSP_SCHEDULE_DELAY: "600000",
});

describe("createRuntime tracing (one tracing per runtime, shut down on close)", () => {
  it("close() flushes this runtime's spans to its collector", async () => {
    const collector = await receiver();
    const rt = createRuntime({ databasePath: tmpDb(), env: env(collector.endpoint) });
    const r = await rt.runTurn({ message: "When do you close on Saturday?", now: NOW, source: "cli" });
    expect(r.ok).toBe(true);
    expect(collector.spans).toEqual([]);
    await rt.close();
    expect(collector.spans.filter((s) => s.name === "chat.turn")).toHaveLength(1);
  });

  it("a second runtime in the process traces with its own options and store, after the first one closed", async () => {
    const [a, b] = [await receiver(), await receiver()];
    const first = createRuntime({ databasePath: tmpDb(), env: env(a.endpoint) });
    await first.runTurn({ message: "hi", now: NOW, source: "cli" });
    await first.close();
    const second = createRuntime({ databasePath: tmpDb(), env: env(b.endpoint) });
    const r = await second.runTurn({ message: "Do you fix e-bikes?", now: NOW, source: "cli" });
    if (!r.ok) throw new Error(r.error.message);
    const stored = second.deps.store.getTurns(r.turn.conversationId)[0]?.spans.map((s) => s.name) ?? [];
    await second.close();
    expect(stored).toContain("chat.turn");
    expect(b.spans.map((s) => s.attributes["session.id"])).toContain(r.turn.conversationId);
    expect(a.spans.map((s) => s.attributes["session.id"])).not.toContain(r.turn.conversationId);
  });
});
