import { Agent, request } from "node:http";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "./fake-openai";

let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const ask = (client: OpenAI) =>
  client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] });

describe("the fake OpenAI server's connections", () => {
  it("does not reset a pooled socket the client reuses after the event loop ran late (a busy machine)", async () => {
    fake = await startFakeOpenAI({ respond: () => ({ kind: "json", content: "ok" }) });
    const client = new OpenAI({ baseURL: fake.baseURL, apiKey: "test", maxRetries: 0 });
    await ask(client);
    await new Promise((r) => setTimeout(r, 10));
    // The loop is blocked past the server's idle window (Node: 5 s + 1 s): both the client's pool expiry and the
    // server's idle timer are late, and with a server-side idle close the reused socket died under the request.
    const until = Date.now() + 6_500;
    while (Date.now() < until) {
      // busy: what a loaded 2-core machine does to a test worker
    }
    await expect(ask(client)).resolves.toMatchObject({ choices: [{ message: { content: "ok" } }] });
  });

  it("close() still ends open connections, a hung request included", async () => {
    fake = await startFakeOpenAI([{ kind: "hang" }]);
    const agent = new Agent({ keepAlive: true });
    const hung = new Promise<string | undefined>((resolve) => {
      const req = request(`${fake!.baseURL}/chat/completions`, { method: "POST", agent }, () => resolve("answered"));
      req.on("error", (error: Error & { code?: string }) => resolve(error.code));
      req.end(JSON.stringify({ model: "m", messages: [] }));
    });
    while (fake.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
    await fake.close();
    fake = null;
    expect(await hung).toBe("ECONNRESET");
    agent.destroy();
  });
});
