/** `pnpm traces ...`: list, show and export stored conversations. The I/O shell; parsing and formatting are pure modules. */
import { once } from "node:events";
import { createWriteStream, existsSync } from "node:fs";
import { finished } from "node:stream/promises";
import { type CliCommand, parseCliArgs, USAGE } from "./cli-args";
import { formatConversationList, formatTranscript, showDocument } from "./cli-format";
import { defaultDatabasePath } from "./config";
import { exportChunks } from "./export-chunks";
import { openTraceStore } from "./store";
import type { TraceStore } from "./trace-store";
import { loadProjectEnv } from "./load-env";

type Io = { out: (text: string) => void; err: (text: string) => void };

async function runExport(store: TraceStore, command: Extract<CliCommand, { kind: "export" }>): Promise<void> {
  const stream = command.out ? createWriteStream(command.out) : process.stdout;
  for (const chunk of exportChunks(store, command.format, { source: command.source }, command.dataset))
    if (!stream.write(chunk)) await once(stream, "drain"); // rejects if the stream errors meanwhile
  if (stream !== process.stdout) {
    stream.end();
    await finished(stream);
  }
}

async function run(command: Exclude<CliCommand, { kind: "help" }>, store: TraceStore, io: Io): Promise<number> {
  switch (command.kind) {
    case "list": {
      const { items, total } = store.listConversations({ source: command.source, limit: command.limit });
      io.out(command.json ? `${JSON.stringify({ items, total }, null, 2)}\n` : formatConversationList(items, total));
      return 0;
    }
    case "show": {
      const conversation = store.getConversation(command.id);
      if (!conversation) {
        io.err(`traces: no conversation with id "${command.id}" in ${store.path}\n`);
        return 1;
      }
      const turns = store.getTurns(command.id);
      io.out(
        command.json
          ? `${JSON.stringify(showDocument(conversation, turns), null, 2)}\n`
          : formatTranscript(conversation, turns),
      );
      return 0;
    }
    case "export":
      await runExport(store, command);
      return 0;
  }
}

async function main(argv: string[]): Promise<number> {
  loadProjectEnv(); // .env / .env.local, as `pnpm dev` sees them
  // `pnpm traces export ... | head` closes the pipe early: that is the reader being done, not a failure.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
  const io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.err(`traces: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.command.kind === "help") {
    io.out(USAGE);
    return 0;
  }
  const path = defaultDatabasePath();
  if (!existsSync(path)) {
    io.err(`traces: no trace database at ${path} (set DATABASE_PATH)\n`);
    return 1;
  }
  const store = openTraceStore(path);
  try {
    return await run(parsed.command, store, io);
  } finally {
    store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error("traces: failed:", error);
    process.exitCode = 1;
  },
);
