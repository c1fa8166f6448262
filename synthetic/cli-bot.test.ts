import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");
const synth = (args: string[]) =>
  spawnSync(TSX, ["synthetic/cli.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, BOT: "", DATABASE_PATH: ":memory:" },
    timeout: 60_000,
  });

describe("pnpm synth --bot", () => {
  it("exits 2 with usage on an unknown bot, and says --bot prompt needs a model with --offline (nothing generated)", () => {
    const unknown = synth(["--bot", "rag", "--count", "1"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--bot: unknown bot "rag"[\s\S]*usage:[\s\S]*--bot machine\|prompt/);
    const offline = synth(["--offline", "--bot", "prompt", "--count", "1", "--dataset", "never-written"]);
    expect(offline.status).toBe(2);
    expect(offline.stderr).toMatch(/needs a language model.*LLM_PROVIDER.*OPENAI_BASE_URL.*LOCAL_MODEL_PATH/);
    expect(offline.stdout).toBe("");
  });
});
