import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { understandOffline } from "./understand-offline";

const read = (message: string) =>
  understandOffline(handbook, {
    message,
    state: "browsing",
    expecting: null,
    history: [],
    now: "2027-03-10T10:00:00-08:00",
  });

// A job wanted on a named day beside a question whether the shop is open then (round 14; phrasings of our own).
describe("a wish for a bookable job beside 'are you open that day?'", () => {
  it.each([
    "do you open saturdays? thinking of getting a tune up done this saturday",
    "Is the shop open next Tuesday? I'd want to bring it in for truing that day",
  ])("%s → starts the booking", (m) => {
    const u = read(m);
    expect(u.intent).toBe("book");
    expect(u.offer).toBeFalsy();
  });

  it.each([
    "are you open on saturdays, and do you do tune-ups?",
    "is the shop open friday? I need a flat fixed, can I just walk in?",
  ])("%s → only answered", (m) => {
    const u = read(m);
    expect(u.intent === "book" && !u.offer).toBe(false);
  });
});
