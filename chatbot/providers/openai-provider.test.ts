import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, type FakeStep, startFakeOpenAI } from "../../tests/support/fake-openai";
import type { ReplyInput, UnderstandInput } from "../provider";
import { parseLlmEnv } from "./openai-config";
import { createOpenAIProvider, type OpenAIProviderOptions } from "./openai-provider";
import { PROMPT_VERSION, REPLY_PROMPT, UNDERSTAND_PROMPT } from "./prompts";
import { isProviderError, type ProviderError } from "./provider-error";
import { UNDERSTANDING_JSON_SCHEMA } from "./understanding-json-schema";

const API_KEY = "sk-test-SUPERSECRET-4242";
const usage = { prompt_tokens: 120, completion_tokens: 30 };

const understandInput: UnderstandInput = {
  message: "Can I book a tune-up next Saturday 9:30am?",
  state: "idle",
  expecting: null,
  history: [{ role: "assistant", content: "Hi! How can I help?" }],
  now: "2026-03-10T10:00:00-07:00",
};

const replyInput: ReplyInput = {
  message: "When are you open on Saturday?",
  decision: { parts: [{ kind: "answer", topics: ["hours"], day: "sat" }], factIds: ["hours.sat"] },
  facts: [{ id: "hours.sat", section: "hours", text: "Saturday: open 9am to 3pm." }],
  history: [],
  now: "2026-03-10T10:00:00-07:00",
};

const validUnderstanding = {
  intent: "book",
  topics: [],
  slots: {
    service: "tune_up",
    dateText: "next Saturday",
    timeText: "9:30am",
    name: null,
    contact: null,
    notOffered: null,
  },
};

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

/** A provider against the fake server with a fake clock that advances 10ms per reading. */
function provider(overrides: Partial<OpenAIProviderOptions> = {}) {
  let t = 0;
  return createOpenAIProvider({
    baseURL: fake.baseURL,
    apiKey: API_KEY,
    model: "gpt-4o-mini",
    timeoutMs: 2_000,
    maxRetries: 0,
    now: () => (t += 10),
    ...overrides,
  });
}

/** The ProviderError a promise rejects with (fails the test if it resolves or rejects with something else). */
async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => expect.fail("expected a ProviderError"),
    (e: unknown) => e,
  );
  if (!isProviderError(error)) throw error;
  return error;
}

const understand = (p = provider()) => p.understand(understandInput);
const reply = (p = provider(), tokens: string[] = []) => p.writeReply(replyInput, (d) => tokens.push(d));

describe("understand", () => {
  it("parses valid structured output and records the call", async () => {
    fake.enqueue({ kind: "json", content: JSON.stringify(validUnderstanding), usage });
    const { understanding, call } = await understand();
    expect(understanding).toEqual(validUnderstanding);
    expect(call).toEqual({
      job: "understand",
      provider: "openai",
      model: "gpt-4o-mini",
      inputTokens: 120,
      outputTokens: 30,
      latencyMs: 10,
      finishReason: "stop",
      error: null,
      responseId: expect.stringMatching(/^chatcmpl-fake-\d+$/),
    });
  });

  it("sends model, temperature 0, the strict json_schema and the context to the configured base URL", async () => {
    fake.enqueue({ kind: "json", content: JSON.stringify(validUnderstanding) });
    await understand();
    const [request] = fake.requests;
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body).toMatchObject({
      model: "gpt-4o-mini",
      temperature: 0,
      response_format: {
        type: "json_schema",
        json_schema: { name: "understanding", strict: true, schema: UNDERSTANDING_JSON_SCHEMA },
      },
    });
    // What the trace says was sent is what was sent.
    const traced = provider().requestParameters?.("understand");
    expect(traced).toEqual({ temperature: request?.body?.temperature, stream: false, outputType: "json" });
    expect(request?.body?.messages).toEqual([
      { role: "system", content: UNDERSTAND_PROMPT },
      { role: "system", content: "Conversation state: idle\nThe assistant last asked for: nothing in particular" },
      { role: "assistant", content: "Hi! How can I help?" },
      { role: "user", content: understandInput.message },
    ]);
  });

  it("records 0 tokens when the server omits usage", async () => {
    fake.enqueue({ kind: "json", content: JSON.stringify(validUnderstanding) });
    const { call } = await understand();
    expect([call.inputTokens, call.outputTokens]).toEqual([0, 0]);
  });

  it.each<[string, FakeStep, ProviderError["kind"]]>([
    ["malformed JSON", { kind: "json", content: '{"intent": "book", ' }, "invalid_output"],
    ["JSON not matching the schema", { kind: "json", content: '{"intent":"buy_bike","topics":[]}' }, "invalid_output"],
    ["a refusal", { kind: "refusal", refusal: "I can't help with that." }, "refusal"],
    ["finish_reason length", { kind: "json", content: '{"intent":', finishReason: "length" }, "truncated"],
    ["finish_reason content_filter", { kind: "json", content: "", finishReason: "content_filter" }, "refusal"],
  ])("%s → ProviderError %s", async (_name, step, kind) => {
    fake.enqueue(step);
    const error = await providerError(understand());
    expect(error.kind).toBe(kind);
    expect(error.call).toMatchObject({ job: "understand", provider: "openai", error: expect.stringContaining(kind) });
    if (kind === "invalid_output") expect(error.cause).toBeDefined();
  });
});

describe("writeReply", () => {
  it("streams deltas in order and returns the full text with usage tokens", async () => {
    fake.enqueue({ kind: "stream", chunks: ["We're open ", "Saturday ", "9am to 3pm."], usage, chunkDelayMs: 5 });
    const tokens: string[] = [];
    const { text, call } = await reply(provider(), tokens);
    expect(tokens).toEqual(["We're open ", "Saturday ", "9am to 3pm."]);
    expect(text).toBe("We're open Saturday 9am to 3pm.");
    expect(call).toMatchObject({
      job: "reply",
      inputTokens: 120,
      outputTokens: 30,
      finishReason: "stop",
      error: null,
      responseId: expect.stringMatching(/^chatcmpl-fake-\d+$/),
    });
  });

  it("asks for a stream with usage and grounds the prompt in the decision and the facts with ids", async () => {
    fake.enqueue({ kind: "stream", chunks: ["ok"] });
    await reply();
    const body = fake.requests[0]?.body;
    expect(body).toMatchObject({ model: "gpt-4o-mini", stream: true, stream_options: { include_usage: true } });
    expect(body?.messages?.[0]).toEqual({ role: "system", content: REPLY_PROMPT });
    expect(body?.messages?.[1]?.content).toContain("[hours.sat] Saturday: open 9am to 3pm.");
    expect(body?.messages?.[1]?.content).toContain('"kind": "answer"');
  });

  it.each<[string, FakeStep]>([
    ["the socket dies mid-stream", { kind: "truncated-stream", chunks: ["We're ", "open"] }],
    ["the stream ends without a finish_reason", { kind: "truncated-stream", chunks: ["We're ", "open"], end: "clean" }],
  ])("%s → truncated, after delivering the deltas it had", async (_name, step) => {
    fake.enqueue(step);
    const tokens: string[] = [];
    const error = await providerError(reply(provider(), tokens));
    expect(error.kind).toBe("truncated");
    expect(tokens).toEqual(["We're ", "open"]);
  });

  it("a stream that stalls after it started → timeout", async () => {
    fake.enqueue({ kind: "stalled-stream", chunks: ["We're "] });
    const started = Date.now();
    const error = await providerError(reply(provider({ timeoutMs: 300 })));
    expect(error.kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("a streamed refusal → refusal", async () => {
    fake.enqueue({ kind: "refusal", refusal: "I can't help with that." });
    expect((await providerError(reply())).kind).toBe("refusal");
  });

  it("an error thrown by the token sink propagates unchanged", async () => {
    fake.enqueue({ kind: "stream", chunks: ["a", "b"] });
    const boom = new Error("sink broke");
    const failing = provider().writeReply(replyInput, () => {
      throw boom;
    });
    await expect(failing).rejects.toBe(boom);
  });
});

describe("respond (free-form reply of the prompt-only bot)", () => {
  const input = {
    system: "SYSTEM PROMPT",
    history: [
      { role: "user" as const, content: "hi" },
      { role: "assistant" as const, content: "Hello!" },
    ],
    message: "Open Saturday?",
  };

  it("sends the caller's system prompt, history and message as one stream and records a reply call", async () => {
    fake.enqueue({ kind: "stream", chunks: ["9am ", "to 3pm."], usage });
    const tokens: string[] = [];
    const { text, call } = await provider().respond!(input, (d) => tokens.push(d));
    expect([tokens, text]).toEqual([["9am ", "to 3pm."], "9am to 3pm."]);
    expect(call).toMatchObject({ job: "reply", provider: "openai", inputTokens: 120, outputTokens: 30, error: null });
    expect(fake.requests[0]?.body).toMatchObject({
      stream: true,
      messages: [
        { role: "system", content: "SYSTEM PROMPT" },
        { role: "user", content: "hi" },
        { role: "assistant", content: "Hello!" },
        { role: "user", content: "Open Saturday?" },
      ],
    });
  });

  it("fails like writeReply: a stalled stream → timeout, with the call on the error", async () => {
    fake.enqueue({ kind: "stalled-stream", chunks: ["9am"] });
    const error = await providerError(provider({ timeoutMs: 300 }).respond!(input, () => {}));
    expect(error.kind).toBe("timeout");
    expect(error.call).toMatchObject({ job: "reply", error: expect.stringMatching(/^timeout:/) });
  });
});

describe("timeouts, retries and transport errors", () => {
  it("429 with retry-after, then success → succeeds on the 2nd request", async () => {
    fake.enqueue({ kind: "status", status: 429, headers: { "retry-after": "0" } });
    fake.enqueue({ kind: "json", content: JSON.stringify(validUnderstanding) });
    await expect(understand(provider({ maxRetries: 2 }))).resolves.toMatchObject({ understanding: { intent: "book" } });
    expect(fake.requests).toHaveLength(2);
  });

  it("500 twice, then success, with maxRetries 2 → succeeds on the 3rd request", async () => {
    fake.enqueue({ kind: "status", status: 500 }, { kind: "status", status: 500 });
    fake.enqueue({ kind: "stream", chunks: ["Hello"] });
    await expect(reply(provider({ maxRetries: 2 }))).resolves.toMatchObject({ text: "Hello" });
    expect(fake.requests).toHaveLength(3);
  });

  it("500 beyond the retry budget → server, with the status", async () => {
    fake.enqueue(
      ...Array.from({ length: 2 }, (): FakeStep => ({ kind: "status", status: 503, headers: { "retry-after": "0" } })),
    );
    const error = await providerError(understand(provider({ maxRetries: 1 })));
    expect([error.kind, error.status, fake.requests.length]).toEqual(["server", 503, 2]);
  });

  it("429 with no retries left → rate_limited", async () => {
    fake.enqueue({ kind: "status", status: 429, headers: { "retry-after": "0" } });
    expect((await providerError(understand())).kind).toBe("rate_limited");
  });

  it("401 → request, not retried", async () => {
    fake.enqueue({ kind: "status", status: 401 });
    const error = await providerError(understand(provider({ maxRetries: 2 })));
    expect([error.kind, error.status, fake.requests.length]).toEqual(["request", 401, 1]);
  });

  it("no answer (hang) with timeoutMs 300 → timeout within bounded time", async () => {
    fake.enqueue({ kind: "hang" });
    const started = Date.now();
    const error = await providerError(understand(provider({ timeoutMs: 300 })));
    expect(error.kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("connection reset → network", async () => {
    fake.enqueue({ kind: "reset" });
    expect((await providerError(reply())).kind).toBe("network");
  });

  it("the caller's AbortSignal → aborted", async () => {
    fake.enqueue({ kind: "hang" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await providerError(provider().understand(understandInput, controller.signal));
    expect(error.kind).toBe("aborted");
  });
});

describe("secrets and configuration", () => {
  it("the API key never appears in LlmCalls, error messages or error records", async () => {
    fake.enqueue({ kind: "json", content: JSON.stringify(validUnderstanding) });
    const { call } = await understand();
    const steps: FakeStep[] = [
      { kind: "status", status: 401, body: { error: { message: `Incorrect API key provided: ${API_KEY}` } } },
      { kind: "status", status: 500 },
      { kind: "reset" },
      { kind: "json", content: "not json" },
      { kind: "truncated-stream", chunks: ["x"] },
    ];
    const errors: ProviderError[] = [];
    for (const step of steps) {
      fake.enqueue(step);
      errors.push(await providerError(step.kind === "truncated-stream" ? reply() : understand()));
    }
    const leaked = [JSON.stringify(call), ...errors.flatMap((e) => [e.message, String(e), JSON.stringify(e.call)])];
    for (const text of leaked) expect(text).not.toContain(API_KEY);
    expect(errors[0]?.message).toContain("[redacted]");
  });

  it("hits the base URL from the environment config, with the placeholder key for keyless servers", async () => {
    const config = parseLlmEnv({ OPENAI_BASE_URL: fake.baseURL, CHAT_MODEL: "llama3.1" });
    if (config.provider !== "openai") throw new Error("expected the openai provider");
    const p = createOpenAIProvider({ ...config, apiKey: config.apiKey.reveal() });
    fake.enqueue({ kind: "json", content: JSON.stringify(validUnderstanding) });
    await p.understand(understandInput);
    expect(fake.requests[0]?.headers.authorization).toBe("Bearer not-needed");
    expect(fake.requests[0]?.body?.model).toBe("llama3.1");
  });

  it("serves both jobs from a default responder when nothing is queued", async () => {
    await fake.close();
    fake = await startFakeOpenAI({
      respond: (body) =>
        body.stream
          ? { kind: "stream", chunks: ["Hi", "!"] }
          : { kind: "json", content: JSON.stringify(validUnderstanding) },
    });
    const p = provider();
    await expect(p.understand(understandInput)).resolves.toMatchObject({ understanding: { intent: "book" } });
    await expect(reply(p)).resolves.toMatchObject({ text: "Hi!" });
  });

  it("exposes a 12-hex prompt version", () => expect(PROMPT_VERSION).toMatch(/^[0-9a-f]{12}$/));
});
