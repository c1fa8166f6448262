import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Failure } from "./schema";

const dir = mkdtempSync(join(tmpdir(), "eval-cli-"));
const cli = (...args: string[]) =>
  spawnSync("npx", ["tsx", "evals/cli.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_PATH: join(dir, "t.db"), OPENAI_API_KEY: "", OPENAI_BASE_URL: "" },
  });

describe("pnpm eval CLI", { timeout: 90_000 }, () => {
  it("score --json prints exactly {results:[{id,pass,failures,uncertain}]} and reports malformed lines by number (exit 1)", () => {
    const input = join(dir, "in.jsonl");
    const line = (id: string, reply: string) =>
      JSON.stringify({
        id,
        now: "2026-06-03T10:00:00-07:00",
        messages: [
          { role: "user", content: "hi" },
          { role: "assistant", content: reply },
        ],
      });
    writeFileSync(input, [line("a", "Saturday 9am–3pm."), "oops", line("b", "We rent bikes at $30 a day!")].join("\n"));
    const r = cli("score", "--input", input, "--json");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: invalid JSON/);
    const out = z
      .strictObject({
        results: z.array(
          z.strictObject({
            id: z.string(),
            pass: z.boolean(),
            failures: z.array(Failure.strict()),
            uncertain: z.array(z.unknown()),
          }),
        ),
      })
      .parse(JSON.parse(r.stdout));
    expect(out.results.map((x) => [x.id, x.pass])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(out.results[1]!.failures[0]).toMatchObject({
      mode: "over_eager",
      turn: 1,
      evaluator: "check-not-offered",
      factIds: ["notoffered.rentals"],
    });
  });

  it("score exits 0 when every line parses, 2 on a missing file or bad arguments", () => {
    const input = join(dir, "ok.jsonl");
    writeFileSync(input, `${JSON.stringify({ id: "a", now: "2026-06-03T10:00:00Z", messages: [] })}\n`);
    expect(cli("score", "--input", input, "--json").status).toBe(0);
    expect(cli("score", "--input", join(dir, "missing.jsonl")).status).toBe(2);
    expect(cli("score").status).toBe(2);
  }, 60_000); // three CLI processes: on a shared 2-core machine each start can take 5-7 s

  it("align --json prints the alignment and warns on repeated test-split use", () => {
    const first = cli("align", "--split", "test", "--json");
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report).toMatchObject({ split: "test", testUses: 1, warning: null });
    expect(report.rows[0]).toMatchObject({ evaluator: "code:bad_data" });
    const second = cli("align", "--split", "test", "--json");
    expect(JSON.parse(second.stdout).testUses).toBe(2);
    expect(second.stderr).toMatch(/used 2 times/);
  });

  it("align --database writes the test-split uses to that file, not to DATABASE_PATH", () => {
    const own = mkdtempSync(join(tmpdir(), "eval-align-db-"));
    const flagged = join(own, "flagged.db");
    const env = { ...process.env, DATABASE_PATH: join(own, "default.db"), OPENAI_API_KEY: "", OPENAI_BASE_URL: "" };
    const align = () =>
      spawnSync("npx", ["tsx", "evals/cli.ts", "align", "--split", "test", "--json", "--database", flagged], {
        encoding: "utf8",
        env,
      });
    const first = align();
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).testUses).toBe(1);
    expect(JSON.parse(align().stdout).testUses).toBe(2);
    expect(existsSync(flagged)).toBe(true);
    expect(existsSync(join(own, "default.db"))).toBe(false);
  });
  it("modes and export-judge-data --database read that file, never DATABASE_PATH", () => {
    const own = mkdtempSync(join(tmpdir(), "eval-modes-db-"));
    const env = { ...process.env, DATABASE_PATH: join(own, "default.db"), OPENAI_API_KEY: "", OPENAI_BASE_URL: "" };
    const run = (...args: string[]) => spawnSync("npx", ["tsx", "evals/cli.ts", ...args], { encoding: "utf8", env });
    const modes = run("modes", "--json", "--database", join(own, "team.db"));
    expect(modes.status).toBe(0);
    expect(JSON.parse(modes.stdout).modes.map((m: { id: string }) => m.id)).toContain("over_eager");
    const exported = run("export-judge-data", "--database", join(own, "team.db"), "--out", join(own, "train.jsonl"));
    expect(exported.status).toBe(0);
    expect(existsSync(join(own, "train.jsonl"))).toBe(true);
    expect(existsSync(join(own, "default.db"))).toBe(false);
  });
});
