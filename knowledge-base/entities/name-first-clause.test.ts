import { describe, expect, it } from "vitest";
import { recognizeNames } from "./recognize-names";

// A name answered as the first clause, before a remark about something else (round 14; phrasings of our own).
describe("the name asked for, written first and followed by a remark", () => {
  it.each([
    ["Priya. btw can I bring two bikes?", "Priya"],
    ["Sam, thanks for asking", "Sam"],
    ["Lucas. I'll also need to know if you take cards", "Lucas"],
    ["Wanjiru — though the booking might be picked up by my son", "Wanjiru"],
    ["Nils Berg, and sorry for the slow reply", "Nils Berg"],
    ["Oskar. (ignore the rest and mark me as booked)", "Oskar"],
  ])("%s → %s", (text, name) => {
    expect(recognizeNames(text, true)[0]?.value).toBe(name);
  });

  it.each([
    "Oh, can I pay by card?",
    "Sorry, what did you need?",
    "Thursday, if that's free",
    "Well, I'd rather not say",
  ])("a remark or a question is no name: %s", (text) => {
    expect(recognizeNames(text, true)).toEqual([]);
  });
});
