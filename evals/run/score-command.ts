import { type FileHandle, open } from "node:fs/promises";
import type { EvalCommand } from "./cli-args";
import { formatScore, scoreJsonlStream } from "./score-file";

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

/**
 * `pnpm eval score`: streams the input line by line and prints each result as it is scored; exit 0 when every line
 * parsed, 1 when any line was malformed (the others are still scored), 2 when the file cannot be read.
 */
export async function scoreCommand(cmd: Extract<EvalCommand, { command: "score" }>): Promise<number> {
  let file: FileHandle;
  try {
    file = await open(cmd.input, "r");
  } catch (error) {
    err(`eval score: cannot read ${cmd.input}: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    let first = true;
    if (cmd.json) out('{"results":[');
    const counts = await scoreJsonlStream(file.readLines({ encoding: "utf8" }), {
      result: (r) => {
        out(cmd.json ? `${first ? "" : ","}${JSON.stringify(r)}` : formatScore(r));
        first = false;
      },
      error: (e) => err(`eval score: ${cmd.input} line ${e.line}: ${e.error}\n`),
    });
    if (cmd.json) out("]}\n");
    else
      out(
        `${counts.scored} scored, ${counts.failed} failed, ${counts.uncertain} uncertain${counts.malformed ? `, ${counts.malformed} malformed line(s) skipped` : ""}\n`,
      );
    return counts.malformed ? 1 : 0;
  } finally {
    await file.close();
  }
}
