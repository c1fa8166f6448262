import { type ChatProvider, createOpenAIProvider } from "../chatbot/index";
import { type FakeOpenAI, type FakeStep, startFakeOpenAI } from "../tests/support/fake-openai";

/** A structured-output answer the understanding job accepts (same shape as in chatbot/model-faults.test.ts). */
const UNDERSTANDING = JSON.stringify({
  intent: "question",
  topics: ["hours"],
  slots: { service: null, dateText: "Saturday", timeText: null, name: null, contact: null, notOffered: null },
});
const REPLY = ["On Saturdays ", "we're open ", "9am to 3pm."];
const USAGE = { prompt_tokens: 420, completion_tokens: 12 };

/** A fake OpenAI-compatible server on loopback answering every request after `latencyMs`, and a provider bound to it. */
export interface FakeModel {
  baseURL: string;
  /** Requests answered so far (one per model call). */
  served(): number;
  provider(): ChatProvider;
  close(): Promise<void>;
}

/**
 * Starts the fake: requests with `response_format` (the understanding job) get the JSON above, the others (the reply
 * job, streamed) get a short three-chunk stream; `latencyMs` is added before each answer.
 */
export async function startFakeModel(latencyMs: number): Promise<FakeModel> {
  let served = 0;
  let fake: FakeOpenAI | null = null;
  fake = await startFakeOpenAI({
    respond: (body): FakeStep => {
      served++;
      // The fake keeps every request it saw; a long benchmark would grow that list without bound.
      fake?.requests.splice(0, fake.requests.length);
      return body.response_format
        ? { kind: "json", content: UNDERSTANDING, usage: USAGE, latencyMs }
        : { kind: "stream", chunks: REPLY, usage: USAGE, latencyMs };
    },
  });
  const server = fake;
  return {
    baseURL: server.baseURL,
    served: () => served,
    provider: () =>
      createOpenAIProvider({
        baseURL: server.baseURL,
        apiKey: "sk-bench",
        model: "gpt-4o-mini",
        timeoutMs: 30_000,
        maxRetries: 0,
      }),
    close: () => server.close(),
  };
}
