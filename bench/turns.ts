import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createOpenAIProvider, createRuntime } from "../chatbot/index";
import { percentile } from "./stats";
import { type TimedProvider, timeProvider } from "./timed-provider";

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
const WARM_UP = 50;

/** Harness time per turn: median, p99, max, and the median model wait subtracted from each turn (0 offline). */
export interface TurnTimes {
  median: number;
  p99: number;
  max: number;
  waitMedian: number;
  callsPerTurn: number;
}

/**
 * Per-turn harness time over `turns` turns (10-turn conversations, one at a time, temp SQLite file, after 50 warm-up
 * turns). Offline (no `model`): the whole `runTurn` time, the rule engine included. With `model`: `runTurn` time minus
 * the time spent inside the provider's calls, i.e. everything except waiting for the model.
 */
export async function benchTurns(
  turns: number,
  tracing: boolean,
  model?: TimedProvider,
  otlp?: string,
): Promise<TurnTimes> {
  const dir = mkdtempSync(join(tmpdir(), "bench-turns-"));
  const runtime = createRuntime({
    databasePath: join(dir, "bench.db"),
    tracing,
    // `otlp`: spans are also exported (protobuf, batched) to a collector at that base URL.
    env: { LLM_PROVIDER: "offline", ...(otlp ? { OTEL_EXPORTER_OTLP_ENDPOINT: otlp } : {}) },
    provider: model ? { provider: model.provider, promptVersion: "bench" } : undefined,
  });
  const samples: number[] = [];
  const waits: number[] = [];
  let calls = 0;
  let conversationId: string | undefined;
  for (let i = 0; i < turns + WARM_UP; i++) {
    const k = i % SCRIPT.length;
    if (k === 0) conversationId = undefined;
    model?.reset();
    const t0 = performance.now();
    const out = await runtime.runTurn({
      conversationId,
      message: SCRIPT[k]!,
      now: "2026-11-23T09:00:00-08:00",
      source: "eval",
    });
    const dt = performance.now() - t0;
    if (!out.ok) throw new Error(out.error.message);
    if (out.turn.error) throw new Error(`turn failed: ${out.turn.error}`);
    conversationId = out.turn.conversationId;
    if (i < WARM_UP) continue; // the first turns warm up the JIT and the HTTP connection pool
    const wait = model?.waitMs() ?? 0;
    samples.push(dt - wait);
    waits.push(wait);
    calls += model?.calls() ?? 0;
  }
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
  const [median, p99, max] = [50, 99, 100].map((p) => percentile(samples, p)) as [number, number, number];
  return { median, p99, max, waitMedian: percentile(waits, 50), callsPerTurn: calls / turns };
}

/**
 * `benchTurns` in a fresh process, so every configuration starts from the same state (OTel, once registered, stays
 * for the process; JIT and heap history would favour whichever ran later). `baseURL`: a fake OpenAI server, which
 * runs in the caller's process — not in the measured one.
 */
export function benchTurnsIsolated(
  turns: number,
  tracing: boolean,
  baseURL?: string,
  otlp?: string,
): Promise<TurnTimes> {
  const args = [
    "--import",
    "tsx",
    fileURLToPath(import.meta.url),
    String(turns),
    tracing ? "on" : "off",
    baseURL ?? "offline",
    ...(otlp ? [otlp] : []),
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString("utf8")));
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0 ? done(JSON.parse(out) as TurnTimes) : fail(new Error(`turns bench exited with ${code}`)),
    );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [turns, tracing, target, otlp] = process.argv.slice(2);
  const model =
    target && target !== "offline"
      ? timeProvider(
          createOpenAIProvider({
            baseURL: target,
            apiKey: "sk-bench",
            model: "gpt-4o-mini",
            timeoutMs: 30_000,
            maxRetries: 0,
          }),
        )
      : undefined;
  benchTurns(Number(turns), tracing === "on", model, otlp).then(
    (times) => process.stdout.write(`${JSON.stringify(times)}\n`),
    (error: unknown) => {
      process.stderr.write(`turns bench: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
