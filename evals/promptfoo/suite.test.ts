import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { scoreTranscript } from "../checks/score-transcript";
import { type BotOutput, createBotProvider } from "./bot-provider";
import { parsePromptfooArgs } from "./cli-args";
import { buildPromptfooSuite, handbookAssertion } from "./suite";

const NOW = "2026-11-23T09:00:00-08:00";
let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

describe("promptfoo integration", () => {
  it("the assertion fails a plausible-but-wrong answer and passes the handbook's", () => {
    const wrong = {
      now: NOW,
      messages: [
        { role: "user", content: "When do you close on Saturday?" },
        { role: "assistant", content: "We're open until 5pm on Saturdays." },
      ],
    };
    const right = {
      now: NOW,
      messages: [
        { role: "user", content: "When do you close on Saturday?" },
        { role: "assistant", content: "On Saturdays we're open 9am to 3pm." },
      ],
    };
    expect(handbookAssertion(JSON.stringify(wrong))).toMatchObject({
      pass: false,
      reason: expect.stringMatching(/bad_data/),
    });
    expect(handbookAssertion(right)).toMatchObject({ pass: true, score: 1 });
    const unsure = {
      now: NOW,
      messages: [
        { role: "user", content: "can I come by after work?" },
        { role: "assistant", content: "Sure — see you at 6:30pm!" },
      ],
    };
    expect(handbookAssertion(unsure)).toEqual({
      pass: true,
      score: 0.5,
      reason: expect.stringMatching(/^uncertain \(needs human review\): check-closed-time-booking @turn 1: /),
    });
  });

  it("the bot provider replays all user turns at the test's reference time", async () => {
    const r = await createBotProvider({ env: { LLM_PROVIDER: "offline" } }).callApi("", {
      vars: { turns: JSON.stringify(["I'd like a tune-up", "Friday"]), now: NOW },
    });
    const out = r.metadata!.transcript as BotOutput;
    expect(out.states).toEqual(["booking.collecting", "booking.collecting"]);
    expect(out.messages[3]!.content).toMatch(/Friday, November 27/);
    // The output cell is the reply text, each turn numbered; usage is what was measured (offline: 0 tokens, not a guess).
    expect(r.output).toBe(`[1] ${out.messages[1]!.content}\n\n[2] ${out.messages[3]!.content}`);
    expect(r.tokenUsage).toEqual({ prompt: 0, completion: 0, total: 0, numRequests: 4 });
    expect([r.cost, r.latencyMs! >= 0]).toEqual([0, true]);
  });

  it("a prompt-bot provider answers through the model, and the suite builds one provider per variant named variant:model", async () => {
    fake = await startFakeOpenAI({
      respond: () => ({
        kind: "stream",
        chunks: ["Open 9am to 3pm."],
        usage: { prompt_tokens: 9, completion_tokens: 5 },
      }),
    });
    const env = {
      LLM_PROVIDER: "openai",
      OPENAI_BASE_URL: fake.baseURL,
      CHAT_MODEL: "fake-270m",
      LLM_MAX_RETRIES: "0",
    };
    const prompt = createBotProvider({ bot: "prompt", env });
    expect(prompt.id()).toBe("prompt:fake-270m");
    const r = await prompt.callApi("", { vars: { turns: JSON.stringify(["Saturday hours?", "thanks"]), now: NOW } });
    expect(r.output).toContain("Open 9am to 3pm.");
    expect((r.metadata as { transcript: BotOutput }).transcript).toMatchObject({
      states: ["prompt", "prompt"],
      messages: [{ content: "Saturday hours?" }, { content: "Open 9am to 3pm." }, {}, {}],
    });
    expect(fake.requests).toHaveLength(2);
    expect(createBotProvider({ bot: "machine", env: { LLM_PROVIDER: "offline" } }).id()).toBe(
      "machine:offline-rules-v1",
    );
  });

  it("a prompt-bot provider on the offline engine refuses at once; eval:promptfoo reads --bot as a list", () => {
    expect(() => createBotProvider({ bot: "prompt", env: { LLM_PROVIDER: "offline" } })).toThrow(
      /needs a language model.*LOCAL_MODEL_PATH/,
    );
    expect(() => createBotProvider({ env: { LLM_PROVIDER: "offline", BOT: "prompt" } })).toThrow(
      /needs a language model/,
    );
    expect(parsePromptfooArgs(["--limit", "5", "--bot", "machine,prompt"])).toEqual({
      ok: true,
      help: false,
      limit: 5,
      bots: ["machine", "prompt"],
    });
    expect(parsePromptfooArgs([])).toEqual({ ok: true, help: false, limit: undefined, bots: null });
    expect(parsePromptfooArgs(["--bot", "machine,agent"])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/--bot: unknown bot "agent"/),
    });
    expect(parsePromptfooArgs(["--limit", "0"])).toMatchObject({ ok: false, error: expect.stringMatching(/--limit/) });
  });

  it("promptfoo's evaluate() runs the dataset through the bot with our assertion, and its verdicts are ours", async () => {
    process.env.PROMPTFOO_CONFIG_DIR = mkdtempSync(join(tmpdir(), "pf-"));
    process.env.PROMPTFOO_DISABLE_TELEMETRY = "1";
    process.env.PROMPTFOO_DISABLE_UPDATE = "1";
    const { evaluate } = await import("promptfoo");
    const suite = buildPromptfooSuite({
      limit: 5,
      providers: [createBotProvider({ env: { LLM_PROVIDER: "offline" } })],
    });
    const summary = await (
      await evaluate(suite as never, { maxConcurrency: 2, showProgressBar: false, cache: false })
    ).toEvaluateSummary();
    const { stats, results } = summary as unknown as {
      stats: { successes: number; failures: number; errors: number };
      results: { success: boolean; response?: { metadata?: { transcript?: BotOutput } } }[];
    };
    expect(stats.successes + stats.failures).toBe(5);
    expect(stats.errors).toBe(0);
    // Each verdict is our evaluators' verdict on that test's own transcript (not just a count that adds up).
    expect(results).toHaveLength(5);
    for (const r of results) {
      const t = r.response?.metadata?.transcript;
      expect(t).toBeDefined();
      expect(r.success).toBe(scoreTranscript({ id: "x", now: t!.now, messages: t!.messages }).pass);
    }
  }, 60_000);
});
