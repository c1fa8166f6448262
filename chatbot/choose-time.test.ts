import { describe, expect, it } from "vitest";
import { normalizeText, recognizeWhen } from "../knowledge-base/index";
import { meantTimes } from "./choose-time";

const NOW = "2026-10-13T10:00:00-07:00";
const meant = (text: string, held: string | null = null) => {
  const norm = normalizeText(text);
  return meantTimes(norm, recognizeWhen(norm, NOW, "America/Los_Angeles"), held);
};

describe("meantTimes: of several clock times, the one meant", () => {
  it.each([
    ["6pm is too late for me, can you make it 4pm", null, "16:00"],
    ["instead of 3pm, 1pm please", null, "13:00"],
    ["I get off work at 5 so 5:30 would suit", null, "17:30"],
    ["11am, not 10am", null, "11:00"],
    ["can we do 2:30pm rather than 4pm", "16:00", "14:30"],
    // The time already in the draft, said again beside a new one, gives way to it.
    ["4pm on the booking? hmm 2pm would be better", "16:00", "14:00"],
  ])("%s (held %s) → %s", (text, held, time) => expect(meant(text, held)).toContain(time));

  it("with nothing set aside the first time said stands", () => {
    expect(meant("10am or 11am, either is fine")).toEqual(["10:00"]);
    expect(meant("at 3pm")).toEqual(["15:00"]);
  });
});
