import { afterAll, beforeAll } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { createOfflineProvider } from "../offline/offline-provider";
import { createOpenAIProvider } from "./openai-provider";
import { describeProviderContract } from "./provider-contract";

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI({
    respond: (body) =>
      body.response_format
        ? {
            kind: "json",
            content:
              '{"intent":"book","topics":[],"slots":{"service":"tune_up","dateText":"next Saturday","timeText":"9:30am","name":null,"contact":null,"notOffered":null}}',
          }
        : { kind: "stream", chunks: ["We're open ", "9am to 3pm ", "on Saturday."], chunkDelayMs: 20 },
  });
});
afterAll(async () => {
  await fake.close();
});

describeProviderContract("offline", { make: () => createOfflineProvider(), abortable: false });
describeProviderContract("openai (fake server)", {
  make: () =>
    createOpenAIProvider({
      baseURL: fake.baseURL,
      apiKey: "test",
      model: "gpt-4o-mini",
      timeoutMs: 2_000,
      maxRetries: 0,
    }),
  abortable: true,
});
