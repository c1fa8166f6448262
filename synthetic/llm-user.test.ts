import OpenAI from "openai";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type ChatRequestBody, type FakeOpenAI, startFakeOpenAI } from "../tests/support/fake-openai";
import { createLlmUser, customerSystemPrompt, LLM_USER_TEMPERATURE } from "./llm-user";
import type { Scenario } from "./schema";
import { simulate } from "./simulate";
import { offlineRuntime, TEST_NOW, testPersona } from "./test-support";

let fake: FakeOpenAI | null = null;
const runtime = offlineRuntime();
afterEach(async () => {
  await fake?.close();
  fake = null;
});
afterAll(() => runtime.close());

const scenario = (o: Partial<Scenario> = {}): Scenario => ({
  id: "syn-llm-001",
  seed: 1,
  now: TEST_NOW,
  tuple: { intent: "booking", completeness: "none", behaviour: "cooperative", turns: "multi", trap: null },
  trap: null,
  factIds: [],
  goal: "book a tune-up",
  query: "hi, can I book a tune-up?",
  persona: testPersona(),
  writer: "template",
  user: "llm",
  maxTurns: 12,
  generatorVersion: "test",
  ...o,
});

/** A stand-in customer model: answers whatever the bot (the last "user" message) asks, from the persona. */
function customer(body: ChatRequestBody) {
  const bot = String(body.messages?.at(-1)?.content ?? "");
  const say = (message: string, done = false) => ({
    kind: "json" as const,
    content: JSON.stringify({ message, done, gave_up: false }),
  });
  if (bot.includes("You're booked")) return say("", true);
  if (bot.includes("What day")) return say("Friday");
  if (bot.includes("What time")) return say("10:30am please");
  if (bot.includes("What name")) return say("Sarah Lee");
  if (bot.includes("phone number or email")) return say("503-555-0142");
  if (bot.includes("Shall I book it")) return say("yes");
  return say("I'd like to book a tune-up");
}

describe("createLlmUser (fake OpenAI-compatible server)", () => {
  it("plays the customer through the real turn function until the booking is stored", async () => {
    fake = await startFakeOpenAI({ respond: customer });
    const s = scenario();
    const user = createLlmUser({
      client: new OpenAI({ baseURL: fake.baseURL, apiKey: "test", maxRetries: 0 }),
      model: "synth-user",
      scenario: s,
    });
    const sim = await simulate(runtime, {
      user,
      goal: { kind: "book" },
      questionCount: 0,
      maxTurns: 12,
      now: TEST_NOW,
      scenarioId: s.id,
      metadata: {},
    });
    expect(sim.stopReason).toBe("goal_reached");
    expect(sim.turns.at(-1)?.state).toBe("booked");
    expect(sim.turns[0]?.user).toBe("hi, can I book a tune-up?");
    for (const r of fake.requests) {
      expect(r.body).toMatchObject({
        model: "synth-user",
        temperature: LLM_USER_TEMPERATURE,
        response_format: { type: "json_object" },
      });
      expect(r.body?.messages?.[0]).toEqual({ role: "system", content: customerSystemPrompt(s) });
    }
    // Roles are flipped for the customer model: the bot's replies arrive as "user" messages.
    expect(fake.requests.at(-1)?.body?.messages?.at(-1)?.role).toBe("user");
    expect(customerSystemPrompt(s)).toMatch(/You are role-playing a CUSTOMER/);
  });

  it("stops when the model says the goal is met or it gives up", async () => {
    fake = await startFakeOpenAI([
      { kind: "json", content: JSON.stringify({ message: "", done: false, gave_up: true }) },
      { kind: "json", content: JSON.stringify({ message: "thanks!", done: true, gave_up: false }) },
    ]);
    const client = new OpenAI({ baseURL: fake.baseURL, apiKey: "test", maxRetries: 0 });
    const s = scenario({
      persona: testPersona({
        goal: { kind: "answer", expect: "answer" },
        questions: ["What time do you close on Saturday?", "Where are you?"],
      }),
      query: "What time do you close on Saturday?",
    });
    const goal = s.persona.goal;
    // The same scenario twice, each with a fresh simulated user.
    const once = () =>
      simulate(runtime, {
        user: createLlmUser({ client, model: "m", scenario: s }),
        goal,
        questionCount: 2,
        maxTurns: 5,
        now: TEST_NOW,
        scenarioId: s.id,
        metadata: {},
      });
    const a = await once();
    const b = await once();
    expect([a.stopReason, b.stopReason]).toEqual(["gave_up", "goal_reached"]);
  });
});
