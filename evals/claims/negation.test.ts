import { describe, expect, it } from "vitest";
import { isNegated, negatedAt } from "./negation";

describe("negation: regret is not denial", () => {
  it.each([
    "Unfortunately on Thursday we close at 6",
    "Sadly, we shut at 3 on Saturdays",
    "Unfortunately the truing slot is full",
    "I'm afraid that takes two days",
  ])("%s is not negated", (text) => {
    expect(isNegated(text)).toBe(false);
  });

  it.each([
    "Unfortunately we don't do motor work",
    "Sadly we can't take walk-ins for that",
    "Unfortunately that's not something we offer",
    "I'm afraid we never open Sundays",
  ])("%s is negated (by its own cue)", (text) => {
    expect(isNegated(text)).toBe(true);
  });

  it("a cue after the mention reaches only the next few words", () => {
    const text = "We can swap the brake pads while it's here, it won't take long";
    expect(negatedAt(text, text.indexOf("brake pads"), text.indexOf("brake pads") + 10)).toBe(false);
  });
});

describe("negatedAt: the alternative a contrast turns down is not claimed", () => {
  const at = (text: string, word: string) => negatedAt(text, text.indexOf(word), text.indexOf(word) + word.length);
  it.each([
    ["Cables have to be booked rather than handled as a walk-in.", "walk-in"],
    ["Please reserve a slot as opposed to just walking in.", "walking in"],
    ["We'd book it in place of a same-day visit.", "same-day"],
  ])("%s: the set-aside '%s' is denied", (text, word) => expect(at(text, word)).toBe(true));
  it.each([
    ["Rather than wait for a slot, you can walk in.", "walk in"],
    ["Truing is a walk-in job, rather than a booked one.", "walk-in"],
  ])("%s: '%s' outside the set-aside stays claimed", (text, word) => expect(at(text, word)).toBe(false));
});

describe("negatedAt: a negation in a clause of its own after the mention does not reach back", () => {
  const at = (text: string, word: string) => negatedAt(text, text.indexOf(word), text.indexOf(word) + word.length);
  it.each([
    ["Our team can patch the carbon so you won't have to replace the frame.", "carbon"],
    ["We'll look at the motor because it shouldn't be cutting out.", "motor"],
    ["We can update the firmware while you wait if it doesn't take long.", "firmware"],
  ])("%s: '%s' is not negated", (text, word) => expect(at(text, word)).toBe(false));
  it.each([
    ["Motor diagnostics aren't something we do.", "Motor"],
    ["Batteries and firmware aren't things we handle.", "Batteries"],
    ["Batteries as well aren't something we can test.", "Batteries"],
    ["Motors so far aren't a job we take on.", "Motors"],
  ])("%s: '%s' is negated right after it", (text, word) => expect(at(text, word)).toBe(true));
});
