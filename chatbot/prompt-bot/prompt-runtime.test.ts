import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, type FakeStep, startFakeOpenAI } from "../../tests/support/fake-openai";
import { openTraceStore } from "../../traces/index";
import { BotConfigError } from "../bot-variant";
import { createRuntime } from "../create-runtime";
import { createOpenAIProvider } from "../providers/index";
import { PROMPT_BOT_VERSION } from "./prompt-bot-prompt";

const NOW = "2026-11-23T09:00:00-08:00";
const tmpDb = () => join(mkdtempSync(join(tmpdir(), "prompt-bot-")), "t.db");
let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function promptRuntime(steps: FakeStep[], path = tmpDb()) {
  fake = await startFakeOpenAI(steps);
  const provider = createOpenAIProvider({
    baseURL: fake.baseURL,
    apiKey: "sk-prompt-test",
    model: "fake-model",
    timeoutMs: 10_000, // no step here hangs: a short limit would only fail the test on a loaded machine
    maxRetries: 0,
  });
  return {
    path,
    rt: createRuntime({ databasePath: path, bot: "prompt", provider: { provider, promptVersion: "ignored" } }),
  };
}

describe("the prompt-only bot against the fake OpenAI server", () => {
  it("answers in one streamed call and traces the turn like the machine bot, with bot 'prompt' on the conversation", async () => {
    const { path, rt } = await promptRuntime([
      {
        kind: "stream",
        chunks: ["We close ", "at 3pm on Saturdays."],
        usage: { prompt_tokens: 1500, completion_tokens: 9 },
      },
      { kind: "stream", chunks: ["You're welcome!"], usage: { prompt_tokens: 1530, completion_tokens: 4 } },
    ]);
    const deltas: string[] = [];
    const first = await rt.runTurn({
      message: "When do you close on Saturday?",
      now: NOW,
      source: "cli",
      onToken: (d) => deltas.push(d),
    });
    if (!first.ok) throw new Error(first.error.message);
    const second = await rt.runTurn({
      conversationId: first.turn.conversationId,
      message: "thanks",
      now: NOW,
      source: "cli",
    });
    await rt.close();
    expect(deltas).toEqual(["We close ", "at 3pm on Saturdays."]);
    expect(first.turn).toMatchObject({
      reply: "We close at 3pm on Saturdays.",
      state: "prompt",
      decision: null,
      error: null,
    });
    expect(second.ok && second.turn.turn).toBe(2);

    // One model call per turn: system prompt with the facts and the reference weekday, then the history.
    expect(fake!.requests).toHaveLength(2);
    const [sys, ...rest] = fake!.requests[1]!.body!.messages!;
    expect(sys!.role).toBe("system");
    expect(sys!.content).toContain("Monday, November 23, 2026");
    expect(sys!.content).toContain("[hours.sat] Saturday: open 9am to 3pm.");
    expect(rest.map((m) => m.content)).toEqual([
      "When do you close on Saturday?",
      "We close at 3pm on Saturdays.",
      "thanks",
    ]);

    const store = openTraceStore(path);
    const conversation = store.getConversation(first.turn.conversationId)!;
    expect(conversation).toMatchObject({
      model: "fake-model",
      promptVersion: PROMPT_BOT_VERSION,
      metadata: { bot: "prompt" },
      turnCount: 2,
    });
    const [t1] = store.getTurns(first.turn.conversationId);
    expect(t1).toMatchObject({
      stateBefore: "prompt",
      stateAfter: "prompt",
      inputTokens: 1500,
      outputTokens: 9,
      error: null,
      decision: null,
    });
    expect(t1!.llmCalls).toEqual([
      expect.objectContaining({
        job: "reply",
        provider: "openai",
        model: "fake-model",
        inputTokens: 1500,
        outputTokens: 9,
      }),
    ]);
    const root = t1!.spans.find((s) => s.name === "chat.turn")!;
    expect(root.attributes).toMatchObject({ "chat.bot": "prompt", "chat.state.after": "prompt" });
    const llm = t1!.spans.filter((s) => s.name === "chat reply");
    expect(llm).toHaveLength(1);
    expect(llm[0]).toMatchObject({
      parentSpanId: root.spanId,
      attributes: { "chat.job": "reply", "gen_ai.usage.input_tokens": 1500 },
    });
    store.close();
  });

  it("records a failing model call on the trace as an error and gives the customer a clear fallback reply", async () => {
    const { path, rt } = await promptRuntime([{ kind: "status", status: 500 }]);
    const streamed: string[] = [];
    const out = await rt.runTurn({
      message: "Do you fix e-bike motors?",
      now: NOW,
      source: "cli",
      onToken: (d) => streamed.push(d),
    });
    await rt.close();
    if (!out.ok) throw new Error(out.error.message);
    expect(out.turn.reply).toMatch(/^Sorry — I can't answer right now\. Please call us on \(503\) 555-BIKE/);
    expect(streamed.join("")).toBe(out.turn.reply);
    expect(out.turn.error).toMatch(/^reply: ProviderError: reply failed \(server\)/);
    const store = openTraceStore(path);
    const [t] = store.getTurns(out.turn.conversationId);
    expect(t!.error).toMatch(/reply: .*server/);
    expect(t!.llmCalls).toEqual([expect.objectContaining({ job: "reply", error: expect.stringMatching(/^server:/) })]);
    const llm = t!.spans.find((s) => s.name === "chat reply")!;
    expect(llm.statusCode).toBe("error");
    expect(t!.spans.find((s) => s.name === "chat.turn")!.statusCode).toBe("error");
    store.close();
  });

  it("resumes from the stored history after a restart, and says so on the turn when that history is unreadable", async () => {
    const reply: FakeStep = { kind: "stream", chunks: ["ok"] };
    const { path, rt } = await promptRuntime([reply, reply, reply]);
    const first = await rt.runTurn({ message: "Hi, I'm Sam", now: NOW, source: "cli" });
    await rt.close();
    if (!first.ok) throw new Error(first.error.message);
    const id = first.turn.conversationId;
    const provider = createOpenAIProvider({
      baseURL: fake!.baseURL,
      apiKey: "sk",
      model: "fake-model",
      timeoutMs: 10_000, // no step here hangs: a short limit would only fail the test on a loaded machine
      maxRetries: 0,
    });
    const again = () =>
      createRuntime({ databasePath: path, bot: "prompt", provider: { provider, promptVersion: "p" } });
    const rt2 = again();
    const second = await rt2.runTurn({ conversationId: id, message: "What's my name?", now: NOW, source: "cli" });
    await rt2.close();
    expect(second.ok && second.turn.error).toBeNull();
    expect(fake!.requests[1]!.body!.messages!.map((m) => m.content).slice(1)).toEqual([
      "Hi, I'm Sam",
      "ok",
      "What's my name?",
    ]);
    const db = new Database(path);
    db.prepare("UPDATE turns SET snapshot = ? WHERE conversation_id = ?").run(JSON.stringify({ value: "idle" }), id);
    db.close();
    const rt3 = again();
    const third = await rt3.runTurn({ conversationId: id, message: "hello?", now: NOW, source: "cli" });
    await rt3.close();
    expect(third.ok && third.turn.error).toMatch(/^snapshot: unreadable, history dropped/);
    expect(fake!.requests[2]!.body!.messages!.map((m) => m.content).slice(1)).toEqual(["hello?"]);
  });

  it("refuses to continue a conversation held by the other bot", async () => {
    const path = tmpDb();
    const machine = createRuntime({ databasePath: path, tracing: false, env: { LLM_PROVIDER: "offline" } });
    const m = await machine.runTurn({ message: "hi", now: NOW, source: "cli" });
    await machine.close();
    if (!m.ok) throw new Error(m.error.message);
    const { rt } = await promptRuntime([], path);
    const out = await rt.runTurn({
      conversationId: m.turn.conversationId,
      message: "hi again",
      now: NOW,
      source: "cli",
    });
    const p = await rt.runTurn({ message: "hello", now: NOW, source: "cli" });
    await rt.close();
    expect(out).toMatchObject({
      ok: false,
      error: {
        code: "unknown_conversation",
        message: expect.stringMatching(/held by the machine bot; this one runs the prompt bot/),
      },
    });
    expect(fake!.requests).toHaveLength(1);
    const machine2 = createRuntime({ databasePath: path, tracing: false, env: { LLM_PROVIDER: "offline" } });
    const back = await machine2.runTurn({
      conversationId: p.ok ? p.turn.conversationId : "",
      message: "hi",
      now: NOW,
      source: "cli",
    });
    await machine2.close();
    expect(back).toMatchObject({ ok: false, error: { message: expect.stringMatching(/held by the prompt bot/) } });
  });

  it("on the offline engine says it needs a model, naming the variables, instead of falling back", () => {
    const make = (env: Record<string, string>) => () =>
      createRuntime({ databasePath: ":memory:", tracing: false, env });
    expect(make({ LLM_PROVIDER: "offline", BOT: "prompt" })).toThrow(BotConfigError);
    expect(make({ BOT: "prompt" })).toThrow(
      /needs a language model.*offline engine.*LLM_PROVIDER.*OPENAI_BASE_URL.*LOCAL_MODEL_PATH/,
    );
    expect(make({ BOT: "chatty" })).toThrow(/BOT: unknown bot "chatty"; expected machine\|prompt/);
    const machine = createRuntime({ databasePath: ":memory:", tracing: false, env: { LLM_PROVIDER: "offline" } });
    expect(machine.bot).toBe("machine");
    return machine.close();
  });
});
