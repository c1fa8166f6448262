import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { normaliseMessage } from "./normalise";
import { specialHoursClaims } from "./special-hours-claims";

// A Wednesday; "this Saturday" is 2027-04-17.
const NOW = "2027-04-14T10:00:00-07:00";
const claims = (text: string, user = "") =>
  specialHoursClaims(normaliseMessage(text), NOW, handbook, user).map((c) => [c.kind, c.date, c.at]);

describe("specialHoursClaims: a weekday's own short day is no dated exception", () => {
  it.each([
    ["This Saturday, April 17, we're in 9 to 3. We wrap up earlier on Saturdays than midweek."],
    ["Saturday the 17th: 9 a.m. – 3 p.m.\nHeads-up: we shut earlier on weekends than on weekdays."],
    ["On Saturday (April 17) it's 9–3 — as every Saturday we close early."],
  ])("%s", (text) => {
    expect(claims(text)).toEqual([]);
  });

  it("a dated early close in its own sentence is still a claim", () => {
    expect(claims("We're closing early this Saturday, April 17 — at 1 p.m.")).toEqual([
      ["early_close", "2027-04-17", 780],
    ]);
  });
});

describe("specialHoursClaims: a time denied is not the time given", () => {
  it.each([
    ["Friday the 16th we're closing early, though not at 2 p.m. — it's 4 p.m.", 960],
    ["We're closing early on Friday the 16th — not at 2 p.m. as the flyer said; at 4 p.m.", 960],
  ])("%s", (text, at) => {
    expect(claims(text)).toEqual([["early_close", "2027-04-16", at]]);
  });

  it("only a denied time: the close is claimed without one", () => {
    expect(claims("We're closing early on Friday the 16th, so don't plan on a 6 p.m. pickup.")).toEqual([
      ["early_close", "2027-04-16", null],
    ]);
  });
});

describe("specialHoursClaims: a lead-in ending on a colon gives no hours of its own", () => {
  it.each([
    [
      "Sure thing, here are our holiday hours for that week:\n- Friday, April 16: 10 a.m. to 6 p.m.\n- Saturday, April 17: 9 a.m. to 3 p.m.",
    ],
    ["Good news on the special schedule — this is how the days look:\n\n**Friday (April 16)** normal hours, 10–6."],
  ])("%s", (text) => {
    expect(claims(text, "are you open friday the 16th?")).toEqual([]);
  });

  it("a lead-in with its own time still speaks", () => {
    expect(claims("Heads-up, we're closing early on Friday, April 16 at 2 p.m.:\n- drop-offs until 1")).toContainEqual([
      "early_close",
      "2027-04-16",
      840,
    ]);
  });

  it("the date of a cue read only from the customer's message is linked through the topic", () => {
    const [c] = specialHoursClaims("We close early that day.", NOW, handbook, "open friday april 16?");
    expect(c?.link).toBe("topic");
  });
});
