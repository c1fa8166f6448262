import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");
const run = promisify(execFile);
let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI({
    respond: () => ({
      kind: "stream",
      chunks: ["We close at 3pm on Saturdays."],
      usage: { prompt_tokens: 1400, completion_tokens: 8 },
    }),
  });
});
afterAll(() => fake.close());

// Child processes talk to the fake server in this process, so they run asynchronously (spawnSync would block it).
describe("pnpm chat --bot prompt, then pnpm traces show --json (fake OpenAI-compatible server)", () => {
  it("answers through the model and the stored conversation shows bot 'prompt' and the model call", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "prompt-cli-")), "c.db");
    const env = {
      ...process.env,
      DATABASE_PATH: db,
      LLM_PROVIDER: "openai",
      OPENAI_BASE_URL: fake.baseURL,
      CHAT_MODEL: "fake-270m",
      LLM_MAX_RETRIES: "0",
      BOT: "",
    };
    const chat = run(TSX, ["chatbot/cli.ts", "--json", "--bot", "prompt", "--now", "2026-11-23T09:00:00-08:00"], {
      env,
      timeout: 60_000,
    });
    chat.child.stdin!.end("When do you close on Saturday?\n");
    const { stdout } = await chat;
    const line = JSON.parse(stdout.trim());
    expect(line).toMatchObject({ turn: 1, state: "prompt", reply: "We close at 3pm on Saturdays." });
    const show = await run(TSX, ["traces/cli.ts", "show", line.conversationId, "--json"], { env, timeout: 60_000 });
    const doc = JSON.parse(show.stdout);
    expect(doc.conversation).toMatchObject({ model: "fake-270m", metadata: { bot: "prompt" } });
    expect(doc.turns[0]).toMatchObject({
      stateAfter: "prompt",
      error: null,
      inputTokens: 1400,
      llmCalls: [{ job: "reply", provider: "openai", model: "fake-270m" }],
    });
    const exported = await run(TSX, ["traces/cli.ts", "export", "--format", "jsonl"], { env, timeout: 60_000 });
    expect(JSON.parse(exported.stdout.trim()).metadata).toMatchObject({ bot: "prompt", model: "fake-270m" });
  }, 90_000);
});
