import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { SingleBar } from "cli-progress";
import { type BotVariant, createRuntime } from "../../chatbot/index";
import { handbook } from "../../knowledge-base/index";
import { datasetDir, datasetPath, readDataset, runScenario, type Scenario } from "../../synthetic/index";
import { defaultDatabasePath } from "../../traces/index";
import { warmUpChecks } from "../checks/index";
import {
  createSqliteJudgeCache,
  judgeComplete,
  judgeConfig,
  judgeScore,
  readCalibrations,
  seedJudges,
} from "../judges/index";
import { parseLabelledSet } from "../stats/index";
import { gatingJudgesFrom } from "./gating-judges";
import type { EvalDeps } from "./run";
import { Baseline, Thresholds } from "./summary";
import { openVerdictStore } from "./verdict-store";

// The evals/ folder from this file's own path: `new URL("../x", import.meta.url)` is not a file URL once Next bundles
// this module (the app reaches it through evals/index), and fileURLToPath then throws at import.
const EVALS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Files of the evals domain, resolved next to this module. */
export const EVAL_FILES = {
  labelled: join(EVALS_DIR, "labelled", "handwritten.jsonl"),
  baseline: join(EVALS_DIR, "baseline.json"),
  thresholds: join(EVALS_DIR, "thresholds.json"),
  /** The scored judges' train-split thresholds (`pnpm eval calibrate-judges`). */
  judgeCalibrations: join(EVALS_DIR, "judges", "calibrations.json"),
};

/** Reads a labelled JSONL file and its content hash (the key of the test-split use record). */
export function readLabelled(path: string) {
  const text = readFileSync(path, "utf8");
  return { items: parseLabelledSet(text), hash: createHash("sha256").update(text).digest("hex").slice(0, 16) };
}

/**
 * Production wiring: the bot variant from `bot` or `BOT` (machine by default) on the provider from the environment
 * (offline unless a model is configured), SQLite at DATABASE_PATH. Throws `BotConfigError` for a prompt bot without a model.
 */
export function createEvalDeps(
  o: {
    databasePath?: string | null;
    env?: Record<string, string | undefined>;
    tty?: boolean;
    bot?: BotVariant | null;
  } = {},
): EvalDeps & { close(): Promise<void> } {
  const env = o.env ?? process.env;
  const path = o.databasePath ?? defaultDatabasePath(env as NodeJS.ProcessEnv);
  const runtime = createRuntime({ databasePath: path, env, bot: o.bot ?? undefined });
  // Set-up is start-up work: the run's clock should measure replay and scoring, not the first turn's model loading.
  runtime.deps.provider.warmUp?.();
  warmUpChecks();
  const store = openVerdictStore(path);
  const cacheDb = new Database(path);
  cacheDb.pragma("busy_timeout = 5000");
  const judge = judgeConfig(env);
  return {
    bot: { variant: runtime.bot, provider: runtime.deps.provider.name, model: runtime.deps.provider.model },
    loadDataset: (name) =>
      readDataset(datasetPath(datasetDir(), name))
        .filter((l) => l.status === "kept")
        .map((l) => ({ id: l.id, scenarioId: l.scenario.id, trap: l.scenario.trap, payload: l.scenario })),
    async replay(item, runId) {
      const scenario = item.payload as Scenario;
      let turnErrors = 0;
      const run = await runScenario(
        {
          runTurn: async (req) => {
            const out = await runtime.runTurn({
              ...req,
              source: "eval",
              metadata: { ...req.metadata, evalRunId: runId },
            });
            // Counted only for the evaluated conversation, not a reschedule scenario's setup booking.
            if (out.ok && out.turn.error && req.scenarioId === scenario.id) turnErrors += 1;
            return out;
          },
        },
        scenario,
      );
      const messages = run.transcript.flatMap((t) => [
        { role: "user" as const, content: t.user },
        { role: "assistant" as const, content: t.bot },
      ]);
      return {
        conversationId: run.conversationId ?? `${scenario.id}:rejected`,
        transcript: { id: run.conversationId ?? scenario.id, now: scenario.now, messages },
        states: run.transcript.map((t) => t.state),
        turnErrors,
      };
    },
    labelled: () => readLabelled(EVAL_FILES.labelled),
    // A mode's judge is scored against its stored train threshold when this judge version was calibrated.
    judges: (train, split) =>
      judge
        ? seedJudges(
            {
              train,
              split,
              provider: judge.provider,
              model: judge.model,
              complete: judgeComplete(judge),
              score: judgeScore(judge),
              cache: createSqliteJudgeCache(cacheDb),
              now: () => new Date().toISOString(),
              h: handbook,
            },
            readCalibrations(EVAL_FILES.judgeCalibrations),
          ).judges
        : [],
    gatingJudges: () =>
      gatingJudgesFrom(path, judge, createSqliteJudgeCache(cacheDb), (line) => void process.stderr.write(`${line}\n`)),
    store,
    baseline: () =>
      existsSync(EVAL_FILES.baseline) ? Baseline.parse(JSON.parse(readFileSync(EVAL_FILES.baseline, "utf8"))) : null,
    thresholds: () => Thresholds.parse(JSON.parse(readFileSync(EVAL_FILES.thresholds, "utf8"))),
    write(file, text) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
    now: () => new Date().toISOString(),
    progress(total) {
      if (!(o.tty ?? process.stderr.isTTY)) return { tick() {}, stop() {} };
      const bar = new SingleBar({
        format: "eval [{bar}] {value}/{total} conversations · ETA {eta}s",
        stream: process.stderr,
        clearOnComplete: true,
      });
      bar.start(total, 0);
      return { tick: () => bar.increment(), stop: () => bar.stop() };
    },
    log: (line) => void process.stderr.write(`${line}\n`),
    async close() {
      await runtime.close();
      store.close();
      cacheDb.close();
    },
  };
}
