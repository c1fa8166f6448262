import { createInterface } from "node:readline";
import { parseChatArgs, turnJson } from "./cli-args";
import { createRuntime } from "./create-runtime";
import { drainOnExit } from "./drain-on-exit";

/** `pnpm chat`: a REPL on a TTY, one message per line otherwise; `--json` prints one object per turn. */
async function main() {
  let args: ReturnType<typeof parseChatArgs>;
  try {
    args = parseChatArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`chat: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const runtime = createRuntime();
  // Ctrl-C, kill -TERM or the end of input: the turn writer is drained and the store closed before the process ends.
  drainOnExit(() => runtime.close());
  const tty = process.stdin.isTTY && !args.json;
  let conversationId: string | undefined = args.conversation ?? undefined;
  let exitCode = 0;
  const rl = createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty });
  if (tty) {
    process.stdout.write(`JO's Bike Shop — chat (${runtime.deps.provider.name}). /new starts over, /quit leaves.\n`);
    rl.setPrompt("you> ");
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    if (text === "/new") {
      conversationId = undefined;
      if (tty) process.stdout.write("(new conversation)\n");
      rl.prompt();
      continue;
    }
    if (text === "") {
      if (tty) rl.prompt();
      continue;
    }
    if (tty) process.stdout.write("bot> ");
    const out = await runtime.runTurn({
      conversationId,
      message: line,
      now: args.now ?? undefined,
      source: "cli",
      onToken: tty ? (d) => process.stdout.write(d) : undefined,
    });
    if (!out.ok) {
      process.stderr.write(`chat: ${out.error.message}\n`);
      if (out.error.code === "unknown_conversation") {
        exitCode = 1;
        break;
      }
      if (tty) rl.prompt();
      continue;
    }
    conversationId = out.turn.conversationId;
    if (args.json) process.stdout.write(`${turnJson(out.turn)}\n`);
    else if (tty) process.stdout.write(`\n   [${out.turn.state}]\n`);
    else process.stdout.write(`${out.turn.reply}\n`);
    if (tty) rl.prompt();
  }
  rl.close();
  process.exit(exitCode);
}

main().catch((error) => {
  process.stderr.write(`chat: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
