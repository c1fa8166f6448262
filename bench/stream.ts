import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRuntime } from "../chatbot/index";
import { type ChatRequestBody, type FakeStep, startFakeOpenAI } from "../tests/support/fake-openai";
import { percentile } from "./stats";

const QUESTIONS = [
  "What are your opening hours?",
  "How much is a tune-up?",
  "Do you fix flat tires?",
  "Where are you located?",
  "Do you work on e-bikes?",
  "Can I pay by card?",
  "thanks!",
];
/** The slow model's reply: ten pieces, one every `CHUNK_DELAY_MS`. */
export const CHUNKS = ["Hi", " there!", " How", " can", " I", " help", " with", " your", " bike", " today?"];
export const CHUNK_DELAY_MS = 60;
const NOW = "2026-11-23T09:00:00-08:00";

/** First-token and streaming figures of the runtime (in process, no browser; the e2e scenarios check behaviour). */
export interface StreamTimes {
  firstTokenP50Ms: number;
  firstTokenP90Ms: number;
  /** With a model streaming a piece every 60 ms: time from the first token to the last (540 ms when nothing buffers). */
  slowModelSpreadMs: number;
}

function slowModel(body: ChatRequestBody): FakeStep {
  if (body.stream)
    return {
      kind: "stream",
      chunks: CHUNKS,
      chunkDelayMs: CHUNK_DELAY_MS,
      usage: { prompt_tokens: 50, completion_tokens: 10 },
    };
  const slots = { service: null, dateText: null, timeText: null, name: null, contact: null, notOffered: null };
  const understanding = { intent: "greeting", topics: [], slots };
  return { kind: "json", content: JSON.stringify(understanding), usage: { prompt_tokens: 80, completion_tokens: 20 } };
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
      const times = await tokenTimes(offline, QUESTIONS[i % QUESTIONS.length]!);
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
