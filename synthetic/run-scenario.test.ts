import { describe, expect, it } from "vitest";
import { draftScenario, GENERATOR_VERSION } from "./build-scenario";
import { runScenario } from "./run-scenario";
import type { Scenario } from "./schema";
import { synthesize } from "./synthesize";
import { offlineRuntimes, withoutIds } from "./test-support";

const fresh = offlineRuntimes();

describe("runScenario", () => {
  it("books the persona's existing booking in a setup conversation, then cancels it", async () => {
    const draft = draftScenario(
      {
        intent: "reschedule_cancel",
        completeness: "all_upfront",
        behaviour: "cooperative",
        turns: "multi",
        trap: null,
      },
      0,
      11,
    );
    const scenario: Scenario = {
      ...draft,
      query: `Hi, this is ${draft.persona.name} (${draft.persona.contact}). I need to cancel my booking.`,
      writer: "template",
      generatorVersion: GENERATOR_VERSION,
    };
    const runtime = fresh();
    const run = await runScenario(runtime, scenario);
    expect(run.setupConversationId).not.toBeNull();
    expect(runtime.deps.store.getConversation(run.setupConversationId!)).toMatchObject({
      scenarioId: `${scenario.id}:setup`,
      finalState: "booked",
    });
    expect(run.stopReason).toBe("goal_reached");
    expect(run.transcript.at(-1)?.parts).toContain("booking_cancelled");
    const conv = runtime.deps.store.getConversation(run.conversationId!);
    expect(conv?.metadata).toMatchObject({
      seed: scenario.seed,
      trapId: null,
      factIds: scenario.factIds,
      generatorVersion: GENERATOR_VERSION,
    });
  });
});

describe("synthesize (offline)", () => {
  it("same seed and options → same scenarios and the same conversations (ids aside)", async () => {
    const opts = { count: 30, seed: 5, multiTurnShare: 0.5 };
    const a = await synthesize(fresh(), opts);
    const b = await synthesize(fresh(), opts);
    expect(a.lines.map((l) => l.scenario)).toEqual(b.lines.map((l) => l.scenario));
    expect(withoutIds(a.lines)).toEqual(withoutIds(b.lines));
    expect(a.lines.filter((l) => l.scenario.tuple.turns === "multi")).toHaveLength(15);
    expect(a.lines.every((l) => l.status === "kept" && l.run !== null)).toBe(true);
  });

  it("stores every conversation as a synthetic trace with scenario metadata", async () => {
    const runtime = fresh();
    const { lines } = await synthesize(runtime, { count: 6, seed: 2, multiTurnShare: 0.5 });
    for (const l of lines) {
      const conv = runtime.deps.store.getConversation(l.run!.conversationId!);
      expect(conv?.source).toBe("synthetic");
      expect(conv?.scenarioId).toBe(l.id);
      expect(Object.keys(conv?.metadata ?? {})).toEqual(
        expect.arrayContaining(["tuple", "persona", "seed", "trapId", "factIds", "generatorVersion"]),
      );
      expect(conv?.turnCount).toBe(l.run!.turns);
    }
  });
});
