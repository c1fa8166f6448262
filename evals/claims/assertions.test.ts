import { describe, expect, it } from "vitest";
import { scoreTranscript } from "../checks/index";
import { convo } from "../checks/test-support";
import { assertedText, blankQuotes } from "./assertions";

describe("blankQuotes / assertedText keep offsets", () => {
  it("blanks quoted words and questions to the customer with spaces, leaving apostrophes alone", () => {
    const q = 'You said "open till 8" — we\'re open until 7.';
    expect(blankQuotes(q)).toHaveLength(q.length);
    expect(blankQuotes(q)).not.toMatch(/till 8/);
    expect(blankQuotes("We're open; it's Tom's bike.")).toBe("We're open; it's Tom's bike.");
    expect(assertedText("Did you mean Sunday? We're closed then.")).toMatch(/^\s+We're closed then\.$/);
  });
});

// What a reply quotes, denies or asks is no assertion; the same value said as the shop's own still fails.
const NOW = "2026-06-03T10:00:00-07:00";
describe("quoted, denied and asked values are not claims; the shop's own statements still are", () => {
  it.each([
    ["saturday till 8?", "You wrote “open till 8 on Saturday” — in fact Saturdays we close at 3 p.m.", true],
    ["flyer said $60", "That flyer's '$60 tune-up' isn't ours; our tune-up is $89.", true],
    ["tune-up $60?", "A tune-up isn't $60 — it's $89.", true],
    ["full service $100?", "The full service is not about $100; it's $179.", true],
    ["sunday?", "Are you asking whether we're open Sunday? We're closed Sundays and Mondays.", true],
    ["sunday?", "Did you mean this Sunday, June 7, from 10 to 4? We're closed Sundays.", true],
    ["$60?", "Where did you see $60 for a tune-up? Ours is $89.", true],
    ["how long?", "Were you expecting a 1-day full service? It takes 3–5 business days.", true],
    ["price?", "I'm not sure whether the tune-up is $60 elsewhere? Here it's $89.", true],
    // The shop's own words, wrong: still failures.
    ["saturday till 8?", "You wrote “till 8” — Saturdays we close at 5 p.m.", false],
    ["tune-up $60?", "A tune-up is $60, not $89.", false],
    ["sunday?", "Are you asking about Sunday? We're open Sundays 10 to 4.", false],
    ["saturday?", "Would you like Saturday, when we're open until 5 p.m.?", false],
  ])("%s / %s → pass %s", (user, reply, pass) => {
    expect(scoreTranscript(convo([user, reply], NOW)).pass).toBe(pass);
  });
});
