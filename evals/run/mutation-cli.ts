/**
 * `pnpm test:mutation`: removes each registered code evaluator in turn (in a copy of the tree) and requires the
 * table tests to fail on every mutant; exits 1 naming any evaluator whose removal no test notices.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { registeredIds, withoutEvaluator } from "./mutation";

const TREE = [
  "evals",
  "knowledge-base",
  "chatbot",
  "traces",
  "synthetic",
  "package.json",
  "tsconfig.json",
  "vitest.config.ts",
  // vitest.config.ts's global setup (a temporary folder per run).
  "tests/support/temp-root.ts",
];
const TESTS = ["evals/checks/score-transcript.test.ts", "evals/stats/labelled-set.test.ts"];
const REGISTRY = "evals/checks/registry.ts";

function vitest(dir: string): number {
  const r = spawnSync(join(dir, "node_modules/.bin/vitest"), ["run", ...TESTS, "--bail=1", "--reporter=dot"], {
    cwd: dir,
    stdio: "ignore",
  });
  return r.status ?? 1;
}

function main(): number {
  const root = resolve(".");
  const dir = mkdtempSync(join(tmpdir(), "mutation-"));
  try {
    for (const p of TREE) cpSync(join(root, p), join(dir, p), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    const source = readFileSync(join(root, REGISTRY), "utf8");
    if (vitest(dir) !== 0) {
      process.stderr.write("the unmutated tree fails its table tests; fix them first\n");
      return 1;
    }
    const survivors: string[] = [];
    for (const id of registeredIds(source)) {
      writeFileSync(join(dir, REGISTRY), withoutEvaluator(source, id));
      const killed = vitest(dir) !== 0;
      process.stdout.write(`${killed ? "killed  " : "SURVIVED"} without ${id}\n`);
      if (!killed) survivors.push(id);
    }
    process.stdout.write(
      survivors.length ? `no test fails without: ${survivors.join(", ")}\n` : "every mutant killed\n",
    );
    return survivors.length ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
