import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { crossValidate } from "./cross-validate";
import { buildTrainedModelFile } from "./trained-model";

/** Where `pnpm nlu:train` writes the trained classifiers (committed; `shared-model.ts` imports it). */
export const TRAINED_MODEL_PATH = fileURLToPath(new URL("./trained/classifiers.json", import.meta.url));

/** Usage of `pnpm nlu:train`. */
export const TRAIN_USAGE = "usage: pnpm nlu:train [--cv [--folds N]]";

/**
 * `pnpm nlu:train`: trains the classifiers on the corpus and writes the committed artifact; `--cv` instead prints the
 * k-fold cross-validated accuracy of the training settings on the corpus (writes nothing).
 */
export function trainCli(argv: string[] = []): number {
  let values: { cv?: boolean; folds?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { cv: { type: "boolean" }, folds: { type: "string" } } }));
  } catch {
    process.stderr.write(`${TRAIN_USAGE}\n`);
    return 2;
  }
  if (values.cv) {
    const k = Number(values.folds ?? 5);
    if (!Number.isInteger(k) || k < 2) {
      process.stderr.write(`${TRAIN_USAGE}\n`);
      return 2;
    }
    process.stdout.write(`${JSON.stringify(crossValidate(k), null, 2)}\n`);
    return 0;
  }
  const file = buildTrainedModelFile();
  mkdirSync(fileURLToPath(new URL("./trained/", import.meta.url)), { recursive: true });
  writeFileSync(TRAINED_MODEL_PATH, `${JSON.stringify(file)}\n`);
  process.stdout.write(`wrote ${TRAINED_MODEL_PATH} (corpus ${file.corpusHash.slice(0, 12)})\n`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = trainCli(process.argv.slice(2));
