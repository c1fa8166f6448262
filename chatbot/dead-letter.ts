import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { DeadLetter } from "./turn-writer";

/** Where the dead letter's lines go; the production one appends to files and writes to stderr. */
export interface DeadLetterIo {
  appendLine(path: string, line: string): void;
  stderr(line: string): void;
}

const fsIo: DeadLetterIo = {
  appendLine(path, line) {
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, line);
  },
  stderr: (line) => process.stderr.write(line),
};

/** The dead-letter file beside a store's SQLite file, or null for an in-memory store (which has no file). */
export function deadLetterPath(storePath: string): string | null {
  return storePath === ":memory:" || storePath === "" ? null : `${storePath}.deadletter.jsonl`;
}

/** A dead letter for the store at `storePath`: JSONL beside its file; for an in-memory store, the line on stderr. */
export function createDeadLetter(storePath: string, io: DeadLetterIo = fsIo): DeadLetter {
  const path = deadLetterPath(storePath);
  return (write, error) => {
    const line = `${JSON.stringify({ error: String(error), write })}\n`;
    if (path) io.appendLine(path, line);
    else io.stderr(`[bikeshop] trace write dead-lettered (in-memory store, no file): ${line}`);
  };
}
