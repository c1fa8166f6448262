import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRuntime } from "../chatbot/index";
import { percentile } from "./stats";

const SCRIPT = [
  "Hi",
  "What time do you close on Saturday?",
  "Do you service e-bikes?",
  "I'd like to book a tune-up",
  "Friday",
  "is that a quiet time?",
  "10:30am",
  "Sarah Lee",
  "sarah@example.com",
  "yes",
];

/** Per-turn harness time over `turns` offline turns (10-turn conversations), tracing on or off, on a temp SQLite file. */
export async function benchTurns(turns: number, tracing: boolean): Promise<{ median: number; p99: number; samples: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), "bench-turns-"));
  const runtime = createRuntime({ databasePath: join(dir, "bench.db"), tracing, env: { LLM_PROVIDER: "offline" } });
  const samples: number[] = [];
  let conversationId: string | undefined;
  for (let i = 0; i < turns + 50; i++) {
    const k = i % SCRIPT.length;
    if (k === 0) conversationId = undefined;
    const t0 = performance.now();
    const out = await runtime.runTurn({ conversationId, message: SCRIPT[k]!, now: "2026-11-23T09:00:00-08:00", source: "eval" });
    const dt = performance.now() - t0;
    if (!out.ok) throw new Error(out.error.message);
    conversationId = out.turn.conversationId;
    if (i >= 50) samples.push(dt); // the first 50 turns warm up the JIT
  }
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
  return { median: percentile(samples, 50), p99: percentile(samples, 99), samples };
}
