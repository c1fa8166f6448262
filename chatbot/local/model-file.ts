import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename } from "node:path";

/** The 4 bytes every GGUF file starts with. */
const GGUF_MAGIC = "GGUF";
/** Smaller than any usable model: a file this short is truncated or not a model. */
const MIN_MODEL_BYTES = 1_000_000;

/** A model file that cannot be used; the message names the file and how to get a good one. */
export class ModelFileError extends Error {
  override readonly name = "ModelFileError";
  constructor(
    readonly path: string,
    readonly reason: "missing" | "not_gguf" | "truncated" | "load_failed",
    detail: string,
    options: { cause?: unknown } = {},
  ) {
    super(
      `local model ${path}: ${detail}. Run \`pnpm model pull\` and set LOCAL_MODEL_PATH to the path it prints.`,
      options,
    );
  }
}

/** Checks that `path` is a plausible GGUF file (exists, starts with the magic, not truncated) before loading it. */
export function checkModelFile(
  path: string,
  expectedBytes?: number,
): { ok: true; bytes: number } | { ok: false; error: ModelFileError } {
  let bytes: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, error: new ModelFileError(path, "missing", "is not a file") };
    bytes = stat.size;
  } catch (cause) {
    return { ok: false, error: new ModelFileError(path, "missing", "does not exist", { cause }) };
  }
  const head = Buffer.alloc(4);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") !== GGUF_MAGIC) {
    return { ok: false, error: new ModelFileError(path, "not_gguf", "is not a GGUF file (no GGUF magic bytes)") };
  }
  if (bytes < MIN_MODEL_BYTES || (expectedBytes !== undefined && bytes !== expectedBytes)) {
    const want = expectedBytes === undefined ? "" : ` (expected ${expectedBytes})`;
    return { ok: false, error: new ModelFileError(path, "truncated", `is truncated: ${bytes} bytes${want}`) };
  }
  return { ok: true, bytes };
}

/** The model name recorded on traces: the GGUF file name without its extension. */
export function modelNameOf(path: string): string {
  return basename(path).replace(/\.gguf$/i, "");
}
