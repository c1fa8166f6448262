import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatSummary, parseHeldout, runHeldout, summarize } from "./run-heldout";

/** Usage of `pnpm eval understanding`. */
export const UNDERSTANDING_USAGE =
  "usage: pnpm eval understanding --heldout FILE.jsonl [--json] [--failures] [--out FILE.json]";

/**
 * `pnpm eval understanding --heldout FILE`: runs a held-out (or dev) set through the offline bot and prints pass rates
 * by category. Failure details only with `--failures` (a blind set's first run should not show its items); `--out`
 * writes every result (with failures) to a JSON file. Exit 0 when every line parsed, 1 otherwise.
 */
export async function understandingCli(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      heldout: { type: "string" },
      json: { type: "boolean", default: false },
      failures: { type: "boolean", default: false },
      out: { type: "string" },
    },
  });
  if (!values.heldout) {
    process.stderr.write(`${UNDERSTANDING_USAGE}\n`);
    return 2;
  }
  const { items, errors } = parseHeldout(readFileSync(values.heldout, "utf8"));
  for (const e of errors) process.stderr.write(`eval understanding: line ${e.line}: ${e.error}\n`);
  const results = await runHeldout(items);
  const rows = summarize(results);
  if (values.out) {
    mkdirSync(values.out.replace(/\/[^/]*$/, "") || ".", { recursive: true });
    writeFileSync(values.out, `${JSON.stringify({ file: values.heldout, rows, results }, null, 2)}\n`);
  }
  if (values.json)
    process.stdout.write(
      `${JSON.stringify({ rows, errors: errors.length, ...(values.failures ? { results } : {}) })}\n`,
    );
  else {
    process.stdout.write(`${formatSummary(rows)}\n`);
    if (values.failures)
      for (const r of results.filter((x) => !x.pass))
        process.stdout.write(`✗ ${r.id} [${r.category}]\n${r.failures.map((f) => `    ${f}\n`).join("")}`);
  }
  return errors.length ? 1 : 0;
}
