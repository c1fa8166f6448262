import { describe, expect, it } from "vitest";
import { datasetDir, datasetPath, readDataset } from "../../synthetic/index";
import { scoreTranscript } from "../checks/index";

// The fixture the `ui uncertain` e2e scenario replays with `pnpm eval --dataset e2e-uncertain`: its recorded replies
// must stay ones the checks abstain on (and none fails), or the scenario would test nothing.
describe("synthetic/datasets/e2e-uncertain.jsonl", () => {
  it("records replies every check leaves uncertain: no failure, an abstention of check-closed-time-booking", () => {
    const lines = readDataset(datasetPath(datasetDir(), "e2e-uncertain"));
    expect(lines.map((l) => l.id)).toEqual(["e2e-uncertain-1", "e2e-uncertain-2"]);
    for (const l of lines) {
      const score = scoreTranscript({
        id: l.id,
        now: l.scenario.now,
        messages: (l.run?.transcript ?? []).flatMap((t) => [
          { role: "user" as const, content: t.user },
          { role: "assistant" as const, content: t.bot },
        ]),
      });
      expect(score.failures).toEqual([]);
      expect(score.uncertain?.map((u) => u.evaluator)).toEqual(["check-closed-time-booking"]);
    }
  });
});
