import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildTrainedModelFile } from "./trained-model";

/** Where `pnpm nlu:train` writes the trained classifiers (committed; `shared-model.ts` imports it). */
export const TRAINED_MODEL_PATH = fileURLToPath(new URL("./trained/classifiers.json", import.meta.url));

/** `pnpm nlu:train`: trains both classifiers on the corpus and writes the committed artifact. */
export function trainCli(): number {
  const file = buildTrainedModelFile();
  mkdirSync(fileURLToPath(new URL("./trained/", import.meta.url)), { recursive: true });
  writeFileSync(TRAINED_MODEL_PATH, `${JSON.stringify(file)}\n`);
  process.stdout.write(`wrote ${TRAINED_MODEL_PATH} (corpus ${file.corpusHash.slice(0, 12)})\n`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = trainCli();
