import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");
const CLIS: [name: string, script: string][] = [
  ["chat", "chatbot/cli.ts"],
  ["traces", "traces/cli.ts"],
  ["eval", "evals/cli.ts"],
  ["eval:promptfoo", "evals/promptfoo/cli.ts"],
  ["synth", "synthetic/cli.ts"],
  ["bench", "bench/run.ts"],
];
const run = (script: string, args: string[]) =>
  spawnSync(TSX, [script, ...args], {
    input: "",
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, LLM_PROVIDER: "offline" },
  });

describe("every CLI: --help, and unknown flags refused with the usage (one parser: node:util parseArgs)", () => {
  it.each(CLIS)("pnpm %s --help prints its usage and exits 0", (name, script) => {
    const r = run(script, ["--help"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`usage:[\\s\\S]*pnpm ${name}`));
  });

  it.each(CLIS)("pnpm %s --bogus exits 2 with the usage and does nothing", (name, script) => {
    const r = run(script, ["--bogus"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`--bogus[\\s\\S]*usage:[\\s\\S]*pnpm ${name}`));
    expect(r.stdout).toBe("");
  });
});
