import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../tests/support/fake-openai";
import { draftScenario, generateScenarios } from "./build-scenario";
import { createLlmWriter } from "./llm-writer";

let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const client = (f: FakeOpenAI) => new OpenAI({ baseURL: f.baseURL, apiKey: "test", maxRetries: 0 });
const systemOf = (body: { messages?: Array<{ role: string; content: unknown }> } | null) =>
  String(body?.messages?.[0]?.content ?? "");
const userOf = (body: { messages?: Array<{ role: string; content: unknown }> } | null) =>
  String(body?.messages?.[1]?.content ?? "");

describe("createLlmWriter (fake OpenAI-compatible server)", () => {
  it("writes in two steps, tuple → scenario → query, validated JSON, with the synth model", async () => {
    fake = await startFakeOpenAI({
      respond: (body) =>
        systemOf(body).includes("design realistic test scenarios")
          ? {
              kind: "json",
              content: JSON.stringify({
                situation: "Sam wants to drop off a bike on Thanksgiving.",
                customerGoal: "book on Nov 26",
              }),
            }
          : { kind: "json", content: JSON.stringify({ query: "hey r u open thanksgiving? need my bike done" }) },
    });
    const writer = createLlmWriter({ client: client(fake), model: "synth-model" });
    const draft = draftScenario(
      {
        intent: "hours_location",
        completeness: "all_upfront",
        behaviour: "cooperative",
        turns: "single",
        trap: "thanksgiving",
      },
      0,
      1,
    );
    expect(await writer.write(draft)).toBe("hey r u open thanksgiving? need my bike done");
    expect(fake.requests).toHaveLength(2);
    const [sketch, query] = fake.requests.map((r) => r.body!);
    expect(sketch).toMatchObject({ model: "synth-model", response_format: { type: "json_object" } });
    expect(userOf(sketch!)).toContain("Closed every year on Thanksgiving Day, the fourth Thursday of November");
    expect(userOf(sketch!)).toContain(draft.persona.name);
    expect(userOf(query!)).toContain("Sam wants to drop off a bike on Thanksgiving.");
    expect(writer.version).toBe("llm-writer-v1:synth-model");
  });

  it("keeps tuple, trap fact ids and generator version on LLM-written scenarios", async () => {
    fake = await startFakeOpenAI({
      respond: (body) =>
        systemOf(body).includes("design realistic")
          ? {
              kind: "json",
              content: JSON.stringify({ situation: "A customer with a question.", customerGoal: "an answer" }),
            }
          : { kind: "json", content: JSON.stringify({ query: "quick q about ur hours" }) },
    });
    const { scenarios } = await generateScenarios(
      { count: 3, seed: 4, multiTurnShare: 0 },
      createLlmWriter({ client: client(fake), model: "m" }),
    );
    for (const s of scenarios) {
      expect(s).toMatchObject({
        writer: "llm",
        query: "quick q about ur hours",
        generatorVersion: "synthetic-v1/llm-writer-v1:m",
      });
      if (s.trap) expect(s.factIds.length).toBeGreaterThan(0);
    }
  });

  it("retries an invalid answer once, then fails with the validation error as cause", async () => {
    fake = await startFakeOpenAI([
      { kind: "json", content: "not json" },
      { kind: "json", content: JSON.stringify({ situation: "ok situation here", customerGoal: "goal" }) },
      { kind: "json", content: JSON.stringify({ wrong: true }) },
      { kind: "json", content: JSON.stringify({ query: "" }) },
    ]);
    const writer = createLlmWriter({ client: client(fake), model: "m" });
    const draft = draftScenario(
      { intent: "busy_times", completeness: "none", behaviour: "cooperative", turns: "single", trap: null },
      0,
      1,
    );
    const error = await writer.write(draft).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/query: the model's JSON did not match the schema twice/);
    expect((error as Error).cause).toBeDefined();
    expect(fake.requests).toHaveLength(4);
  });
});
