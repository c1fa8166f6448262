import { existsSync } from "node:fs";

/**
 * The GGUF the model tests run on (test support). `LOCAL_MODEL_PATH` unset or missing: the tests are skipped with
 * the reason in their title, except under CI=true, where a missing model is a failure (CI must not skip them).
 */
export function modelUnderTest(env: Record<string, string | undefined> = process.env): {
  path: string | null;
  skipReason: string;
} {
  const path = env.LOCAL_MODEL_PATH?.trim();
  if (path && existsSync(path)) return { path, skipReason: "" };
  const why = path ? `LOCAL_MODEL_PATH=${path} does not exist` : "LOCAL_MODEL_PATH is not set";
  if (env.CI === "true") throw new Error(`model tests cannot run under CI: ${why}. Run \`pnpm model pull\` first.`);
  const skipReason = `SKIPPED: ${why} (run \`pnpm model pull\` and export LOCAL_MODEL_PATH)`;
  process.stderr.write(`[model tests] ${skipReason}\n`);
  return { path: null, skipReason };
}
