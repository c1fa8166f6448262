import { describe, expect, it } from "vitest";
import { compareRuns, replayDataset } from "./replay";
import type { RunResult } from "./schema";
import { synthesize } from "./synthesize";
import { offlineRuntimes } from "./test-support";

const fresh = offlineRuntimes();

const run = (o: Partial<RunResult> = {}): RunResult => ({
  conversationId: "c_a",
  setupConversationId: null,
  turns: 2,
  stopReason: "goal_reached",
  transcript: [
    { user: "hi", bot: "Booked BK-AAAAAA", stateBefore: "idle", state: "booked", parts: ["booked"] },
    { user: "thanks", bot: "You're welcome", stateBefore: "booked", state: "booked", parts: ["thanks"] },
  ],
  ...o,
});

describe("compareRuns", () => {
  it.each<[string, RunResult | null, RunResult, string[]]>([
    [
      "same apart from ids",
      run(),
      run({
        conversationId: "c_b",
        transcript: run().transcript.map((t) => ({ ...t, bot: t.bot.replace("AAAAAA", "BBBBBB") })),
      }),
      [],
    ],
    [
      "stop reason and turns",
      run(),
      run({ stopReason: "loop_guard", turns: 3 }),
      ["stopReason goal_reached → loop_guard", "turns 2 → 3"],
    ],
    [
      "state at a turn",
      run(),
      run({ transcript: [{ ...run().transcript[0]!, state: "browsing" }, run().transcript[1]!] }),
      ["turn 1: state booked → browsing"],
    ],
    [
      "reply text",
      run(),
      run({ transcript: [run().transcript[0]!, { ...run().transcript[1]!, bot: "Anything else?" }] }),
      ["turn 2: reply changed"],
    ],
    ["nothing stored", null, run(), ["no previous run"]],
  ])("%s", (_name, previous, current, want) => {
    expect(compareRuns(previous, current)).toEqual(want);
  });
});

describe("replayDataset", () => {
  it("re-runs kept scenarios against a fresh bot: unchanged bot → all the same; dropped lines skipped", async () => {
    const { lines } = await synthesize(fresh(), { count: 12, seed: 8, multiTurnShare: 0.5 });
    lines[0] = { ...lines[0]!, status: "dropped", reason: "reviewer: unrealistic" };
    lines[1] = { ...lines[1]!, run: { ...lines[1]!.run!, stopReason: "gave_up" } };
    const { items, summary } = await replayDataset(fresh(), lines);
    expect(summary).toEqual({ total: 12, same: 10, changed: 1, skipped: 1 });
    expect(items.find((i) => !i.same)?.changes[0]).toMatch(/^stopReason gave_up → /);
  });
});
