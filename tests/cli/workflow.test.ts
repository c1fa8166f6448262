import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

// The shape GitHub Actions documents for a workflow, as far as this file uses it.
const Step = z.union([
  z.strictObject({
    uses: z.string().regex(/^[\w.-]+\/[\w.-]+@v\d+$/),
    with: z.record(z.string(), z.unknown()).optional(),
    name: z.string().optional(),
    if: z.string().optional(),
  }),
  z.strictObject({ run: z.string().min(1), name: z.string(), if: z.string().optional(), id: z.string().optional() }),
]);
const Workflow = z.strictObject({
  name: z.string(),
  on: z.record(z.enum(["push", "pull_request"]), z.unknown()),
  permissions: z.record(z.string(), z.enum(["read", "write", "none"])),
  jobs: z.record(
    z.string(),
    z.strictObject({
      "runs-on": z.string(),
      "timeout-minutes": z.number().int().positive(),
      env: z.record(z.string(), z.string()),
      steps: z.array(Step).min(1),
    }),
  ),
});

const workflow = Workflow.parse(parse(readFileSync(".github/workflows/eval.yml", "utf8")));
const job = Object.values(workflow.jobs)[0]!;
const runSteps = job.steps.flatMap((s) => ("run" in s ? [s] : []));
const step = (name: string) => runSteps.find((s) => s.name === name)!;
const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts as object);

/** Runs a step's script as GitHub's default shell does (bash -e -o pipefail), with the job's env plus `env`. */
const runStep = (script: string, env: Record<string, string>) =>
  spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
    encoding: "utf8",
    timeout: 180_000,
    env: { ...process.env, ...job.env, ...env },
  });

describe(".github/workflows/eval.yml", () => {
  it("is a valid workflow: install, typecheck, lint, test, eval, summary, upload — every pnpm command a real script", () => {
    expect(runSteps.map((s) => s.name)).toEqual([
      "Install",
      "Typecheck",
      "Lint",
      "Unit and integration tests",
      "Eval",
      "Eval report in the job summary",
    ]);
    for (const s of runSteps)
      for (const [, cmd] of s.run.matchAll(/\bpnpm (\w[\w:-]*)/g))
        expect(cmd === "install" || scripts.includes(cmd!), `pnpm ${cmd}`).toBe(true);
    expect(job.steps.at(-1)).toMatchObject({
      uses: "actions/upload-artifact@v4",
      if: "always()",
      with: { path: `${job.env.EVAL_REPORTS}/` },
    });
    expect(step("Eval report in the job summary").if).toBe("always()");
  });

  it("its eval and summary steps, run locally, put the eval's Markdown report into $GITHUB_STEP_SUMMARY", () => {
    const dir = mkdtempSync(join(tmpdir(), "workflow-"));
    const env = {
      EVAL_REPORTS: join(dir, "reports"),
      GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
      DATABASE_PATH: join(dir, "e.db"),
    };
    // The eval step as written, limited to 3 conversations to keep the test short.
    const evalRun = runStep(`${step("Eval").run} --limit 3`, env);
    expect(evalRun.status, evalRun.stderr).toBe(0);
    const summary = runStep(step("Eval report in the job summary").run, env);
    expect(summary.status, summary.stderr).toBe(0);
    const md = readFileSync(env.GITHUB_STEP_SUMMARY, "utf8");
    expect(md).toMatch(/\*\*Gate: PASS\*\*/);
  }, 200_000);

  it("the summary step still succeeds, and says so, when the eval wrote no report", () => {
    const dir = mkdtempSync(join(tmpdir(), "workflow-"));
    writeFileSync(join(dir, "summary.md"), "");
    const r = runStep(step("Eval report in the job summary").run, {
      EVAL_REPORTS: join(dir, "none"),
      GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "summary.md"), "utf8")).toMatch(/No eval report was written/);
  });
});
