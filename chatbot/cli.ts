import { createInterface } from "node:readline";
import { closeOnSignals, loadProjectEnv } from "../traces/index";
import { BotConfigError } from "./bot-variant";
import { parseChatArgs, turnJson, USAGE, wantsHelp } from "./cli-args";
import { createRuntime } from "./create-runtime";

/** `pnpm chat`: a REPL on a TTY, one message per line otherwise; `--json` prints one object per turn. */
async function main() {
  loadProjectEnv(); // .env / .env.local, as `pnpm dev` sees them
  let args: ReturnType<typeof parseChatArgs>;
  if (wantsHelp(process.argv.slice(2))) {
    process.stdout.write(`${USAGE}\n`);
    return process.exit(0);
  }
  try {
    args = parseChatArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`chat: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  let runtime: ReturnType<typeof createRuntime>;
  try {
    runtime = createRuntime({ bot: args.bot ?? undefined });
  } catch (error) {
    if (!(error instanceof BotConfigError)) throw error;
    process.stderr.write(`chat: ${error.message}\n`);
    process.exit(2);
  }
  // Ctrl-C, kill -TERM, a closed terminal: drain the turn writer, flush the spans (OTLP batch) and close the store
  // before exiting.
  closeOnSignals(() => runtime.close());
  const tty = process.stdin.isTTY && !args.json;
  let conversationId: string | undefined = args.conversation ?? undefined;
  let exitCode = 0;
  const rl = createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty });
  rl.on("SIGINT", () => rl.close()); // on a TTY readline takes Ctrl-C itself: leave the loop and close normally
  if (tty) {
    process.stdout.write(
      `JO's Bike Shop — chat (${runtime.bot} bot, ${runtime.deps.provider.name}). /new starts over, /quit leaves.\n`,
    );
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
  await runtime.close();
  process.exit(exitCode);
}

main().catch((error) => {
  // A configuration problem (bad LLM env, unusable model file) is the user's to fix: its message, no stack.
  const expected = error instanceof Error && (error.name === "ModelFileError" || error.name === "LlmConfigError");
  process.stderr.write(
    `chat: ${error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error)}\n`,
  );
  process.exit(expected ? 2 : 1);
});
