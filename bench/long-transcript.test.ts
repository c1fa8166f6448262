import { describe, expect, it } from "vitest";
import { benchLongTranscript, longTranscript } from "./long-transcript";

describe("long transcript bench helper", () => {
  it("builds exactly the asked number of alternating messages from recorded turns", () => {
    const t = longTranscript(7);
    expect(t.messages).toHaveLength(7);
    expect(t.messages.map((m) => m.role)).toEqual([
      "user",
      "assistant",
      "user",
      "assistant",
      "user",
      "assistant",
      "user",
    ]);
    expect(t.messages.every((m) => m.content.length > 0)).toBe(true);
  });

  it("times each run and reports the median", () => {
    const r = benchLongTranscript(40, 3);
    expect(r.runsMs).toHaveLength(3);
    expect(r.ms).toBe([...r.runsMs].sort((a, b) => a - b)[1]);
  });
});
