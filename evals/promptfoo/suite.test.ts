import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { createBotProvider } from "./bot-provider";
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
    const wrong = { now: NOW, messages: [{ role: "user", content: "When do you close on Saturday?" }, { role: "assistant", content: "We're open until 5pm on Saturdays." }] };
    const right = { now: NOW, messages: [{ role: "user", content: "When do you close on Saturday?" }, { role: "assistant", content: "On Saturdays we're open 9am to 3pm." }] };
    expect(handbookAssertion(JSON.stringify(wrong))).toMatchObject({ pass: false, reason: expect.stringMatching(/bad_data/) });
    expect(handbookAssertion(right)).toMatchObject({ pass: true, score: 1 });
  });

  it("the bot provider replays all user turns at the test's reference time", async () => {
    const r = await createBotProvider({ env: { LLM_PROVIDER: "offline" } }).callApi("", { vars: { turns: JSON.stringify(["I'd like a tune-up", "Friday"]), now: NOW } });
    const out = JSON.parse(r.output!);
    expect(out.states).toEqual(["booking.collecting", "booking.collecting"]);
    expect(out.messages[3].content).toMatch(/Friday, November 27/);
  });

  it("a prompt-bot provider answers through the model, and the suite builds one provider per variant named variant:model", async () => {
    fake = await startFakeOpenAI({ respond: () => ({ kind: "stream", chunks: ["Open 9am to 3pm."], usage: { prompt_tokens: 9, completion_tokens: 5 } }) });
    const env = { LLM_PROVIDER: "openai", OPENAI_BASE_URL: fake.baseURL, CHAT_MODEL: "fake-270m", LLM_MAX_RETRIES: "0" };
    const prompt = createBotProvider({ bot: "prompt", env });
    expect(prompt.id()).toBe("prompt:fake-270m");
    const r = await prompt.callApi("", { vars: { turns: JSON.stringify(["Saturday hours?", "thanks"]), now: NOW } });
    expect(JSON.parse(r.output!)).toMatchObject({ states: ["prompt", "prompt"], messages: [{ content: "Saturday hours?" }, { content: "Open 9am to 3pm." }, {}, {}] });
    expect(fake.requests).toHaveLength(2);
    expect(createBotProvider({ bot: "machine", env: { LLM_PROVIDER: "offline" } }).id()).toBe("machine:offline-rules-v1");
  });

  it("a prompt-bot provider on the offline engine refuses at once; eval:promptfoo reads --bot as a list", () => {
    expect(() => createBotProvider({ bot: "prompt", env: { LLM_PROVIDER: "offline" } })).toThrow(/needs a language model.*LOCAL_MODEL_PATH/);
    expect(() => createBotProvider({ env: { LLM_PROVIDER: "offline", BOT: "prompt" } })).toThrow(/needs a language model/);
    expect(parsePromptfooArgs(["--limit", "5", "--bot", "machine,prompt"])).toEqual({ limit: 5, bots: ["machine", "prompt"] });
    expect(parsePromptfooArgs([])).toEqual({ limit: undefined, bots: null });
    expect(() => parsePromptfooArgs(["--bot", "machine,agent"])).toThrow(/--bot: unknown bot "agent"/);
    expect(() => parsePromptfooArgs(["--limit", "0"])).toThrow(/--limit/);
  });

  it("promptfoo's evaluate() runs the dataset through the bot with our assertion, and its verdicts are ours", async () => {
    process.env.PROMPTFOO_CONFIG_DIR = mkdtempSync(join(tmpdir(), "pf-"));
    process.env.PROMPTFOO_DISABLE_TELEMETRY = "1";
    process.env.PROMPTFOO_DISABLE_UPDATE = "1";
    const { evaluate } = await import("promptfoo");
    const run = async (provider: ReturnType<typeof createBotProvider>) => {
      const suite = buildPromptfooSuite({ limit: 5, providers: [provider] });
      const summary = await (await evaluate(suite as never, { maxConcurrency: 2, showProgressBar: false, cache: false })).toEvaluateSummary();
      return (summary as { stats: { successes: number; failures: number; errors: number } }).stats;
    };
    // The offline bot answers from the handbook: every case passes.
    expect(await run(createBotProvider({ env: { LLM_PROVIDER: "offline" } }))).toMatchObject({ successes: 5, failures: 0, errors: 0 });
    // A bot that answers every question with wrong Saturday hours: every case fails on our assertion.
    const wrong = {
      id: () => "wrong-hours",
      async callApi(prompt: string, context?: { vars?: Record<string, unknown> }) {
        const messages = [{ role: "user", content: prompt }, { role: "assistant", content: "We're open until 5pm on Saturdays." }];
        return { output: JSON.stringify({ now: context?.vars?.now, messages, states: [] }) };
      },
    } as unknown as ReturnType<typeof createBotProvider>;
    expect(await run(wrong)).toMatchObject({ successes: 0, failures: 5, errors: 0 });
  }, 120_000);
});
