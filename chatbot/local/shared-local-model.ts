import { basename } from "node:path";
import type { LocalModelConfig } from "./local-config";
import type { LocalModel } from "./local-model";
import { checkModelFile } from "./model-file";
import { findModelSource } from "./model-source";

const loads = new Map<string, Promise<LocalModel>>();

/**
 * The process's one load of the model at `config.path`: chat, judges, simulator, writers and "suggest groups" all
 * share it (each call gets its own sequence). The file is checked first, so a missing, truncated or non-GGUF file is
 * a `ModelFileError` naming it, never a native crash. A failed load is forgotten, so the next call tries again.
 */
export function sharedLocalModel(config: LocalModelConfig): Promise<LocalModel> {
  const known = loads.get(config.path);
  if (known) return known;
  const check = checkModelFile(config.path, findModelSource(basename(config.path))?.bytes);
  if (!check.ok) return Promise.reject(check.error);
  // Imported on first use: processes that never run the local model do not load the native binding.
  const load = import("./local-model").then((m) => m.loadLocalModel(config));
  loads.set(config.path, load);
  load.catch(() => loads.delete(config.path));
  return load;
}

/** Unloads every shared model (end of a CLI run, so the process can exit). */
export async function closeSharedLocalModels(): Promise<void> {
  const all = [...loads.values()];
  loads.clear();
  await Promise.all(all.map((p) => p.then((m) => m.close()).catch(() => undefined)));
}
