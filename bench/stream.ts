import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRuntime } from "../chatbot/index";
import { startFakeOpenAI } from "../tests/support/fake-openai";
import { FAQ_QUESTIONS, slowModel } from "../tests/support/streaming-fixtures";
import { percentile } from "./stats";

const NOW = "2026-11-23T09:00:00-08:00";

/** First-token and streaming figures of the runtime (in process, no browser; the e2e scenarios check behaviour). */
export interface StreamTimes {
  firstTokenP50Ms: number;
  firstTokenP90Ms: number;
  /** With a model streaming a piece every 60 ms: time from the first token to the last (540 ms when nothing buffers). */
  slowModelSpreadMs: number;
}

/** Times from `runTurn` to each token, for one message. */
async function tokenTimes(runtime: ReturnType<typeof createRuntime>, message: string): Promise<number[]> {
  const times: number[] = [];
  const t0 = performance.now();
  const out = await runtime.runTurn({
    message,
    now: NOW,
    source: "eval",
    onToken: () => void times.push(performance.now() - t0),
  });
  if (!out.ok) throw new Error(out.error.message);
  return times;
}

/** Offline first-token latency over `messages` messages (after 10 warm-up ones), and a slow model's token spread. */
export async function benchStream(messages: number): Promise<StreamTimes> {
  const dir = mkdtempSync(join(tmpdir(), "bench-stream-"));
  try {
    const offline = createRuntime({ databasePath: join(dir, "offline.db"), env: { LLM_PROVIDER: "offline" } });
    const first: number[] = [];
    for (let i = 0; i < messages + 10; i++) {
      const times = await tokenTimes(offline, FAQ_QUESTIONS[i % FAQ_QUESTIONS.length]!);
      if (i >= 10) first.push(times[0] ?? Number.POSITIVE_INFINITY);
    }
    await offline.close();
    const fake = await startFakeOpenAI({ respond: slowModel });
    try {
      const env = {
        LLM_PROVIDER: "openai",
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_API_KEY: "sk-bench",
        LLM_MAX_RETRIES: "0",
      };
      const slow = createRuntime({ databasePath: join(dir, "slow.db"), env });
      const times = await tokenTimes(slow, "hello");
      await slow.close();
      return {
        firstTokenP50Ms: percentile(first, 50),
        firstTokenP90Ms: percentile(first, 90),
        slowModelSpreadMs: (times.at(-1) ?? 0) - (times[0] ?? 0),
      };
    } finally {
      await fake.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
