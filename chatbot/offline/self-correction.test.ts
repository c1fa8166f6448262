import { describe, expect, it } from "vitest";
import { runChat } from "../test-support";
import { applySelfCorrections } from "./self-correction";

describe("applySelfCorrections", () => {
  it.each([
    ["tune-up on tuesday - sorry, wednesday at 11", "tune-up on wednesday at 11"],
    ["could I drop it at 2pm, um, 3pm?", "could I drop it at 3pm?"],
    ["the 14th, I mean the 16th", "the 16th"],
    ["Sat. no wait, Friday works better", "Friday works better"],
    ["truing for march 3 — make that march 5", "truing for march 5"],
    ["10:30 erm 11:00 please", "11:00 please"],
    // Several hesitation words between the two values.
    ["the 9th, no sorry, I mean the 10th", "the 10th"],
    ["at 4 - hang on, make that 4:30", "at 4:30"],
    ["thursday... wait no, my bad, tuesday", "tuesday"],
  ])("keeps the value settled on: %s", (typed, read) => {
    expect(applySelfCorrections(typed)).toBe(read);
  });

  it.each([
    ["saturday - hang on, I work most saturdays actually. tuesday", "saturday -", "tuesday"],
    ["drop off at 9:30, oh wait, the bus only gets in at ten past, so 10 then", "9:30", " 10 then"],
    ["wednesday... scratch that, my partner needs the car, thursday please", "wednesday", "thursday please"],
  ])("keeps the value settled on across a reason said between: %s", (typed, first, ending) => {
    const read = applySelfCorrections(typed);
    expect(read.endsWith(ending)).toBe(true);
    expect(read).not.toContain(first);
  });

  it.each([
    "Friday or Saturday, whichever is free",
    "at 2, no problem if you're busy",
    "tuesday, sorry for the late reply",
    "I can't wait, Saturday it is",
    "open Saturday and Tuesday?",
    "Friday at 2, no rush, or 3 if easier",
  ])("leaves a message with no correction of a value as typed: %s", (typed) => {
    expect(applySelfCorrections(typed)).toBe(typed);
  });
});

describe("a booking corrected inside one message keeps the corrected value", () => {
  // Tuesday 13 October 2026, 10am in Portland.
  const TUE = "2026-10-13T10:00:00-07:00";
  it.each([
    ["cable replacement thursday, sorry, friday at 11", { date: "2026-10-16", time: "11:00" }],
    ["full service wednesday at 2pm - um, 3pm", { date: "2026-10-14", time: "15:00" }],
  ])("%s", async (message, want) => {
    const [r] = await runChat([message], TUE);
    expect(r!.state).toMatch(/^booking/);
    expect(r!.context.draft).toMatchObject(want);
  });
});
