import { describe, expect, it } from "vitest";
import { mulberry32 } from "../chatbot/index";
import type { Goal, Persona } from "./schema";
import { createScriptedUser } from "./scripted-user";
import { simulate } from "./simulate";
import { offlineRuntimes, TEST_NOW, testPersona } from "./test-support";

const fresh = offlineRuntimes();

async function run(persona: Persona, opening: string, opts: { maxTurns?: number; goal?: Goal } = {}) {
  const runtime = fresh();
  const user = createScriptedUser({ persona, completeness: "partial", opening, rng: mulberry32(1) });
  const metadata = {
    tuple: { intent: "booking" },
    persona,
    seed: 1,
    trapId: null,
    factIds: [],
    generatorVersion: "test",
  };
  const sim = await simulate(runtime, {
    user,
    goal: opts.goal ?? persona.goal,
    questionCount: persona.questions.length,
    maxTurns: opts.maxTurns ?? 12,
    now: TEST_NOW,
    scenarioId: "syn-test-001",
    metadata,
  });
  return { sim, runtime, metadata };
}

describe("simulate (offline bot, scripted user)", () => {
  it("goal_reached: a cooperative customer gets a booking stored, traced as a synthetic conversation", async () => {
    const { sim, runtime, metadata } = await run(testPersona(), "I'd like to book a tune-up");
    expect(sim.stopReason).toBe("goal_reached");
    expect(sim.turns.at(-1)?.state).toBe("booked");
    expect(sim.turns.map((t) => t.user)).toEqual([
      "I'd like to book a tune-up",
      "Friday",
      "10:30am",
      "Sarah Lee",
      "503-555-0142",
      expect.any(String),
    ]);
    const conv = runtime.deps.store.getConversation(sim.conversationId!);
    expect(conv).toMatchObject({
      source: "synthetic",
      scenarioId: "syn-test-001",
      turnCount: 6,
      finalState: "booked",
      metadata: JSON.parse(JSON.stringify(metadata)),
    });
    expect(runtime.deps.store.findBookings("Sarah Lee", "503-555-0142")).toHaveLength(1);
  });

  it("gave_up: an impatient customer stops after an unhelpful answer", async () => {
    const persona = testPersona({
      patience: 0,
      goal: { kind: "answer", expect: "answer" },
      questions: ["Do you sell gift cards?"],
    });
    const { sim } = await run(persona, "Do you sell gift cards?");
    expect(sim.stopReason).toBe("gave_up");
    expect(sim.turns).toHaveLength(1);
  });

  it("turn_cap: the conversation stops at the cap", async () => {
    const { sim } = await run(testPersona(), "I'd like to book a tune-up", { maxTurns: 2 });
    expect(sim.stopReason).toBe("turn_cap");
    expect(sim.turns).toHaveLength(2);
  });

  it("loop_guard: the same bot reply twice in a row stops the conversation", async () => {
    const persona = testPersona({ contact: "nope", patience: 5 });
    const { sim } = await run(persona, "I'd like to book a tune-up on Friday at 10:30am");
    expect(sim.stopReason).toBe("loop_guard");
    const [a, b] = sim.turns.slice(-2);
    expect(a?.reply).toBe(b?.reply);
    expect(b?.user).toBe("nope");
  });

  it("rejected: the turn function refuses the message", async () => {
    const { sim } = await run(testPersona(), "x".repeat(5000));
    expect(sim).toMatchObject({ stopReason: "rejected", conversationId: null, turns: [] });
  });
});
