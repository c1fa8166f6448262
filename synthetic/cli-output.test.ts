import { describe, expect, it } from "vitest";
import { generateJson, generateText, replayJson } from "./cli-output";
import { sampleTuples } from "./sample-tuples";
import { synthesize } from "./synthesize";
import { offlineRuntime } from "./test-support";

describe("cli output", () => {
  it("--json prints exactly dataset + conversations[{id, scenario, turns, stopReason}], and replay JSON mirrors it", async () => {
    const runtime = offlineRuntime();
    const { lines, sample } = await synthesize(runtime, { count: 4, seed: 3, multiTurnShare: 0.5 });
    await runtime.close();
    const out = JSON.parse(generateJson("default", lines));
    expect(Object.keys(out)).toEqual(["dataset", "conversations"]);
    expect(out.dataset).toBe("default");
    expect(out.conversations).toHaveLength(4);
    for (const c of out.conversations) {
      expect(Object.keys(c)).toEqual(["id", "scenario", "turns", "stopReason"]);
      expect(c.scenario).toEqual(
        expect.objectContaining({
          tuple: expect.any(Object),
          factIds: expect.any(Array),
          query: expect.any(String),
          persona: expect.any(Object),
          seed: expect.any(Number),
          generatorVersion: expect.any(String),
        }),
      );
    }
    expect(
      generateText({ file: "f.jsonl", lines, sample, writer: "template", bot: "offline", tracePath: ":memory:" }),
    ).toMatch(/^wrote f\.jsonl: 4 conversations \(2 multi-turn\)/);
    const replay = JSON.parse(replayJson("default", [], { total: 0, same: 0, changed: 0, skipped: 0 }));
    expect(Object.keys(replay)).toEqual(["dataset", "summary", "conversations"]);
    expect(sampleTuples({ count: 1, seed: 1, multiTurnShare: 0 }).tuples).toHaveLength(1);
  });
});
