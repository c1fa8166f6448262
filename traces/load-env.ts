import nextEnv from "@next/env";

/**
 * Loads `.env`, `.env.local` and the mode-specific files from `dir` into process.env exactly as Next.js does for
 * `pnpm dev` (the `@next/env` loader Next itself uses: variables already set win; `.env.local` is skipped when
 * NODE_ENV=test). Every CLI calls it first, so `pnpm chat`, `eval`, `synth` see what `pnpm dev` sees.
 */
export function loadProjectEnv(dir: string = process.cwd()): void {
  const dev = process.env.NODE_ENV !== "production";
  nextEnv.loadEnvConfig(dir, dev, { info: () => {}, error: (...args: unknown[]) => console.error(...args) });
}
