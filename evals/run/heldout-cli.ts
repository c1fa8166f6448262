/**
 * `pnpm eval:heldout [--input F.jsonl] [--json] [--failures]`: aggregate figures (TPR, TNR, per-mode recall, right
 * reason, uncertain) of the code evaluators on a labelled set. Prints no item unless `--failures` (dev sets only:
 * it lists each miss with its label and the checks' verdict), so running it on a blind set keeps it blind.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { scoreTranscript } from "../checks/index";
import { formatHeldoutFigures, HeldoutItem, heldoutFigures, heldoutMisses } from "../stats/index";
import { parseJsonl } from "./jsonl";

/** The committed blind held-out split (relative to the repository root). */
export const BLIND_HELDOUT_PATH = "evals/labelled/blind-heldout15.jsonl";

/** Reads and parses a held-out file; bad lines are an error named by line number only. */
export function readHeldout(path: string): HeldoutItem[] {
  const lines = parseJsonl(readFileSync(path, "utf8"), HeldoutItem);
  const bad = lines.flatMap((l) => (l.ok ? [] : [`line ${l.line}: ${l.error}`]));
  if (bad.length) throw new Error(`${path}: ${bad.length} line(s) do not parse:\n${bad.slice(0, 10).join("\n")}`);
  return lines.flatMap((l) => (l.ok ? [l.value] : []));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      input: { type: "string" },
      file: { type: "string" },
      json: { type: "boolean" },
      failures: { type: "boolean" },
    },
  });
  const items = readHeldout(values.input ?? values.file ?? BLIND_HELDOUT_PATH);
  const scored = items.map((t) => scoreTranscript(t));
  const figures = heldoutFigures(items, scored);
  if (values.failures) {
    for (const m of heldoutMisses(items, scored))
      process.stdout.write(`${m.kind}\t${m.id}\tlabel ${m.label}\tchecks ${m.scored}\n`);
  }
  process.stdout.write(values.json ? `${JSON.stringify(figures)}\n` : `${formatHeldoutFigures(figures)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
