import { describe, expect, it } from "vitest";
import { scoreTranscript } from "./score-transcript";
import { WARM_UP_TRANSCRIPTS, warmUpChecks } from "./warm-up-checks";

describe("warmUpChecks", () => {
  it("scores its own conversations, which are right answers: every check passes them and none abstains", () => {
    for (const t of WARM_UP_TRANSCRIPTS)
      expect(scoreTranscript(t)).toMatchObject({ pass: true, failures: [], uncertain: [] });
    expect(() => warmUpChecks()).not.toThrow();
  });
});
