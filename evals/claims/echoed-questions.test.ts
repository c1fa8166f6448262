import { describe, expect, it } from "vitest";
import { blankEchoedQuestions } from "./echoed-questions";

describe("blankEchoedQuestions", () => {
  it("blanks the customer's question restated with the person swapped, keeping offsets", () => {
    const reply = "Should you book a slot for that? No, pads are walk-in.";
    const out = blankEchoedQuestions(reply, "pads are worn. should I book a slot for that?");
    expect(out).toHaveLength(reply.length);
    expect(out.trim()).toBe("No, pads are walk-in.");
  });
  it("keeps the bot's own questions and proposals", () => {
    const reply = "Would 10:30 work for you? Should I book it?";
    expect(blankEchoedQuestions(reply, "can I drop it off friday")).toBe(reply);
  });
});
