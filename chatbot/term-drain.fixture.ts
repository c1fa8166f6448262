/**
 * Child process for term-drain.test.ts (not imported by anything): a runtime over the store at argv[2] whose writes
 * all fail (a full disk), wired like `pnpm chat` with `closeOnSignals`. It runs one turn, prints `ack <conversation id>`
 * once the reply is complete (acknowledged), then idles until the parent sends SIGTERM.
 */
import { closeOnSignals, openTraceStore } from "../traces/index";
import { createRuntime } from "./create-runtime";

const [path] = process.argv.slice(2);
if (!path) throw new Error("usage: term-drain.fixture.ts <db path>");
const real = openTraceStore(path);
const full = () => {
  throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
};
const store = { ...real, createConversation: full, commitTurn: full };
const runtime = createRuntime({ store, databasePath: path, tracing: false, env: { LLM_PROVIDER: "offline" } });
closeOnSignals(() => runtime.close());
const r = await runtime.runTurn({ message: "What are your opening hours?", source: "cli" });
if (!r.ok) throw new Error(r.error.message);
process.stdout.write(`ack ${r.turn.conversationId}\n`);
setInterval(() => {}, 60_000);
