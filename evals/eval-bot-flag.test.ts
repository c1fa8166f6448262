import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../tests/support/fake-openai";
import { openTraceStore } from "../traces/index";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");
const run = promisify(execFile);
let fake: FakeOpenAI;
let failing = false;
beforeAll(async () => {
  fake = await startFakeOpenAI({
    respond: () =>
      failing
        ? { kind: "status", status: 500 }
        : {
            kind: "stream",
            chunks: ["We're open 9am to 3pm on Saturdays."],
            usage: { prompt_tokens: 1400, completion_tokens: 10 },
          },
  });
});
afterAll(() => fake.close());

/** `pnpm eval --bot prompt --limit N --json` on the fake model, with its database and reports in a fresh folder. */
async function evalPromptBot(limit: number) {
  const dir = mkdtempSync(join(tmpdir(), "eval-bot-"));
  const db = join(dir, "t.db");
  const env = {
    ...process.env,
    LLM_PROVIDER: "openai",
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_API_KEY: "",
    CHAT_MODEL: "fake-270m",
    JUDGE_MODEL: "off",
    LLM_MAX_RETRIES: "0",
    BOT: "",
  };
  const args = ["evals/cli.ts", "--bot", "prompt", "--limit", String(limit), "--json", "--draws", "200"];
  const out = await run(TSX, [...args, "--database", db, "--reports", dir], { env, timeout: 120_000 }).catch(
    (e: { stdout: string }) => e,
  );
  return { dir, db, summary: JSON.parse(out.stdout) };
}

// Async child processes: the fake server answers from this process's event loop.
describe("pnpm eval --bot", () => {
  it("replays through the prompt-only bot on a configured model and records the variant on the run and its traces", async () => {
    const { dir, db, summary } = await evalPromptBot(2);
    expect(summary).toMatchObject({
      conversations: 2,
      bot: { variant: "prompt", provider: "openai", model: "fake-270m" },
      turnErrors: { withError: 0 },
    });
    const report = readdirSync(dir).find((f) => f.endsWith(".json"))!;
    expect(JSON.parse(readFileSync(join(dir, report), "utf8")).summary.bot.variant).toBe("prompt");
    const store = openTraceStore(db);
    const conversations = store.allConversations();
    store.close();
    expect(conversations.length).toBeGreaterThanOrEqual(2);
    expect(conversations.every((c) => c.metadata.bot === "prompt" && c.model === "fake-270m")).toBe(true);
  }, 150_000);

  it("counts turns answered by a fallback because the model failed, so a failing model cannot pass for a good one", async () => {
    failing = true;
    try {
      const { dir, summary } = await evalPromptBot(1);
      expect(summary.turnErrors.turns).toBeGreaterThan(0);
      expect(summary.turnErrors.withError).toBe(summary.turnErrors.turns);
      const md = readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith(".md"))!), "utf8");
      expect(md).toMatch(/⚠ \d+ of \d+ turns recorded an error and were answered by a fallback reply/);
    } finally {
      failing = false;
    }
  }, 150_000);

  it("exits 2 naming the model variables when --bot prompt has only the offline engine", async () => {
    const env = { ...process.env, LLM_PROVIDER: "offline", OPENAI_BASE_URL: "", OPENAI_API_KEY: "", BOT: "" };
    const dir = mkdtempSync(join(tmpdir(), "eval-bot-"));
    const out = await run(TSX, ["evals/cli.ts", "--bot", "prompt", "--database", join(dir, "t.db")], {
      env,
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/needs a language model.*LLM_PROVIDER.*OPENAI_BASE_URL.*LOCAL_MODEL_PATH/);
  }, 90_000);
});
