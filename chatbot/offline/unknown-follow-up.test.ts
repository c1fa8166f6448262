import { describe, expect, it } from "vitest";
import { pressesUnknown } from "./unknown-follow-up";

const chatAfter = (reply: string) => [
  { role: "user" as const, content: "how much for a saddle fitting?" },
  { role: "assistant" as const, content: reply },
];
const unsure = "I'm not sure about that, and I don't want to guess. Please call us.";

describe("pressesUnknown", () => {
  it.each(["ok but roughly?", "any idea at all what that would run?", "just a guess is fine"])(
    "presses on the unknown thing: %s",
    (t) => {
      expect(pressesUnknown(t, chatAfter(unsure))).toBe(true);
    },
  );

  it.each([
    ["roughly?", "A standard tune-up is $89."],
    ["ok fair enough, what are your opening hours on saturday and is there parking near it", unsure],
  ])("not after an answer the bot knew, nor a long new question: %s", (t, reply) => {
    expect(pressesUnknown(t, chatAfter(reply))).toBe(false);
  });
});
