import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePromptfooArgs, promptfooExitCode } from "./cli-args";

const BIN = (name: string) => join(process.cwd(), "node_modules/.bin", name);

describe("pnpm eval:promptfoo arguments", () => {
  it.each([
    [[], { ok: true, help: false, limit: undefined, bots: null }],
    [["--limit", "3"], { ok: true, help: false, limit: 3, bots: null }],
    [["--", "--limit", "3"], { ok: true, help: false, limit: 3, bots: null }],
    [["-h"], { ok: true, help: true, limit: undefined, bots: null }],
  ])("%j parses", (argv, expected) => expect(parsePromptfooArgs(argv)).toEqual(expected));

  it.each([
    [["--limit", "abc"], /--limit: expected a positive integer, got "abc"/],
    [["--limit", "0"], /positive integer/],
    [["--limit", "2.5"], /positive integer/],
    [["--limit", ""], /positive integer/],
    [["--limt", "3"], /Unknown option '--limt'/],
    [["extra"], /Unexpected argument 'extra'/],
  ])("%j is refused", (argv, message) => {
    const r = parsePromptfooArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it.each([
    [{ failures: 0, errors: 0 }, {}, 0],
    [{ failures: 1, errors: 0 }, {}, 100],
    [{ failures: 0, errors: 2 }, {}, 100],
    [{ failures: 1, errors: 0 }, { PROMPTFOO_FAILED_TEST_EXIT_CODE: "3" }, 3],
  ])("exit code for %j with %j is %i, as promptfoo's CLI", (stats, env, code) =>
    expect(promptfooExitCode(stats, env)).toBe(code),
  );
});

describe("pnpm eval:promptfoo (process)", () => {
  const env = {
    ...process.env,
    PROMPTFOO_CONFIG_DIR: mkdtempSync(join(tmpdir(), "pf-cli-")),
    LLM_PROVIDER: "offline",
    PROMPTFOO_DISABLE_TELEMETRY: "1",
    PROMPTFOO_DISABLE_UPDATE: "1",
  };

  it("refuses a bad --limit with the usage and runs nothing", () => {
    const r = spawnSync(BIN("tsx"), ["evals/promptfoo/cli.ts", "--limit", "abc"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/--limit: expected a positive integer[\s\S]*usage: pnpm eval:promptfoo/);
  });

  it("persists the run: `promptfoo list evals` in PROMPTFOO_CONFIG_DIR lists it", () => {
    const r = spawnSync(BIN("tsx"), ["evals/promptfoo/cli.ts", "--limit", "3"], {
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    const id = /eval (\S+) stored in/.exec(r.stdout)?.[1];
    const stats = /promptfoo: (\d+) passed, (\d+) failed, (\d+) errors/.exec(r.stdout);
    expect(id, r.stderr).toBeDefined();
    expect(Number(stats?.[1]) + Number(stats?.[2]) + Number(stats?.[3])).toBe(3);
    expect(r.status).toBe(Number(stats?.[2]) + Number(stats?.[3]) > 0 ? 100 : 0);
    const list = spawnSync(BIN("promptfoo"), ["list", "evals", "--ids-only"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(list.stdout.split("\n")).toContain(id);
  }, 180_000);
});
