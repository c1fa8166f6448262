import { writeFileSync } from "node:fs";
import { Presets, SingleBar } from "cli-progress";
import { BotConfigError, createRuntime } from "../chatbot/index";
import { generateJson, generateText, replayJson, replayText } from "./cli-output";
import { defaultDatasetName, parseSynthArgs, type SynthArgs, USAGE } from "./cli-args";
import { datasetDir, datasetPath, readDataset, toDatasetCsv, writeDataset } from "./dataset";
import { createLlmUser } from "./llm-user";
import { createLlmWriter, createSynthClient } from "./llm-writer";
import { replayDataset } from "./replay";
import { type RunDeps, scriptedUserFor } from "./run-scenario";
import { synthesize } from "./synthesize";
import { synthLlmConfig } from "./synth-env";
import { closeOnSignals, loadProjectEnv } from "../traces/index";

const DATASET_DIR = datasetDir();

/** A progress bar with ETA on stderr, only when stderr is a terminal and output is not JSON. */
function progressBar(enabled: boolean) {
  if (!enabled) return null;
  return new SingleBar(
    {
      format: "synth |{bar}| {value}/{total} conversations | ETA {eta_formatted} | last: {stop}",
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
}

async function run(args: Exclude<SynthArgs, { command: "export" }>): Promise<number> {
  const env = args.offline ? { ...process.env, LLM_PROVIDER: "offline" } : process.env;
  const llm = args.offline ? null : synthLlmConfig(env);
  const client = llm ? createSynthClient(llm) : null;
  const runtime = createRuntime({ env, bot: args.bot ?? undefined });
  // Ctrl-C / kill -TERM mid-run: drain the turn writer, flush the spans and close the store (once), then exit.
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= runtime.close());
  closeOnSignals(close);
  const deps: RunDeps = {
    runTurn: runtime.runTurn,
    userFor:
      client && llm
        ? (s) => (s.user === "llm" ? createLlmUser({ client, model: llm.model, scenario: s }) : scriptedUserFor(s))
        : scriptedUserFor,
  };
  const bar = progressBar(Boolean(process.stderr.isTTY) && !args.json);
  try {
    if (args.command === "generate") {
      const name = args.dataset ?? defaultDatasetName(args);
      const file = datasetPath(DATASET_DIR, name);
      const writer = client && llm ? createLlmWriter({ client, model: llm.model }) : undefined;
      const opts = {
        count: args.count,
        seed: args.seed,
        multiTurnShare: args.multiTurnShare,
        baseNow: args.now ?? undefined,
        user: client ? ("llm" as const) : ("scripted" as const),
      };
      const { lines, sample } = await synthesize({ ...deps, writer }, opts, {
        onStart: (total) => bar?.start(total, 0, { stop: "-" }),
        onScenario: (done, _s, r) => bar?.update(done, { stop: r.stopReason }),
      });
      bar?.stop();
      writeDataset(file, lines);
      if (args.json) process.stdout.write(`${generateJson(name, lines)}\n`);
      else {
        const text = generateText({
          file,
          lines,
          sample,
          writer: writer ? "llm" : "template",
          bot: `${runtime.bot} (${runtime.deps.provider.name})`,
          tracePath: runtime.deps.store.path,
        });
        process.stdout.write(`${text}\n`);
      }
      return 0;
    }
    const lines = readDataset(datasetPath(DATASET_DIR, args.dataset));
    bar?.start(lines.filter((l) => l.status === "kept").length, 0, { stop: "-" });
    let done = 0;
    const { items, summary } = await replayDataset(deps, lines, (item) =>
      bar?.update(++done, { stop: item.current.stopReason }),
    );
    bar?.stop();
    const out = args.json ? replayJson(args.dataset, items, summary) : replayText(args.dataset, items, summary);
    process.stdout.write(`${out}\n`);
    return 0;
  } finally {
    bar?.stop();
    await close();
  }
}

/** `pnpm synth`: generate scenarios and run them through the bot, replay a dataset, or export it as CSV. */
async function main(): Promise<number> {
  loadProjectEnv(); // .env / .env.local, as `pnpm dev` sees them
  let args: SynthArgs;
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    args = parseSynthArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`synth: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === "export") {
    const csv = toDatasetCsv(readDataset(datasetPath(DATASET_DIR, args.dataset)));
    if (args.out) writeFileSync(args.out, csv);
    else process.stdout.write(`${csv}\n`);
    return 0;
  }
  return run(args);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`synth: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof BotConfigError ? 2 : 1);
  },
);
