import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { type HoursClaim, hoursClaims } from "./hours-claims";
import { normaliseMessage } from "./normalise";

// Tuesday 10 November 2026, 9:00 in Portland.
const NOW = "2026-11-10T09:00:00-08:00";
const read = (text: string, user = "") => hoursClaims(normaliseMessage(text), NOW, handbook, user);
const pick = (claims: HoursClaim[], day: string) =>
  claims
    .filter((c) => c.day === day)
    .map(({ status, opens, closes, slots, specific }) => ({ status, opens, closes, slots, specific }));

describe("hoursClaims: subject linking (round 6)", () => {
  it("a trailing 'or 7 pm on Thursday' is Thursday's own closing time, not a new claim without a kind", () => {
    const claims = read("Weekdays we shut at 6 p.m., or 7 p.m. on Thursday.");
    expect(pick(claims, "thu")).toContainEqual(expect.objectContaining({ closes: 19 * 60, specific: true }));
  });

  it("the noun after a time names its role ('the 9 am opening', 'a 3 pm close')", () => {
    const claims = read("Thursday runs until 7 pm, and Saturday's 9 am opening comes with a 3 pm close.");
    expect(pick(claims, "sat")).toContainEqual(expect.objectContaining({ opens: 9 * 60 }));
    expect(pick(claims, "sat").some((c) => c.closes === 9 * 60)).toBe(false);
  });

  it("booking talk earlier in the message makes a bare range the drop-off window", () => {
    const claims = read("A truing has to be booked a day ahead.\n\nFirst chance: Thursday (Nov 12), 10:00–6:00.");
    expect(pick(claims, "thu")).toEqual([
      expect.objectContaining({ opens: null, closes: null, slots: { from: 600, to: 1080, strict: false } }),
    ]);
  });

  it("…but a sentence that speaks of opening is hours, after booking talk too", () => {
    const claims = read("Book a day ahead. We're open Friday from 10, until 6 (Thursday until 7).");
    expect(pick(claims, "thu")).toContainEqual(expect.objectContaining({ closes: 19 * 60 }));
    expect(pick(claims, "thu").some((c) => c.opens === 19 * 60)).toBe(false);
  });

  it("a time called an available slot says the day is open", () => {
    expect(pick(read("Sunday at 11:30 is still available if you want it."), "sun")).toContainEqual(
      expect.objectContaining({ status: "open" }),
    );
    expect(pick(read("Sunday at 11:30 isn't available — we're closed."), "sun")).not.toContainEqual(
      expect.objectContaining({ status: "open" }),
    );
  });

  it("a weekday named as a comparison is not the subject", () => {
    const claims = read("On Thanksgiving we keep Friday-like hours, 10 to 6.");
    expect(claims.map((c) => c.date)).toEqual(["2026-11-26"]);
    expect(pick(read("Christmas Eve is just like a Saturday: 9 am to 3 pm."), "sat")).toEqual([]);
  });

  it("a line introducing a list says nothing about the day named before it", () => {
    const claims = read(
      "We're closed Thursday the 26th for Thanksgiving.\nThe days open near it:\n- Wednesday 10–6\n- Friday 10–6",
    );
    expect(pick(claims, "thu").map((c) => c.status)).toEqual(expect.arrayContaining(["closed"]));
    expect(pick(claims, "thu").some((c) => c.status === "open")).toBe(false);
  });

  it("'any weekday' is the weekday group; 'our next weekday is Tuesday' names no group", () => {
    expect(read("Any weekday from 9 am works.").map((c) => c.day)).toEqual(["mon", "tue", "wed", "thu", "fri"]);
    expect(read("Our next weekday is Tuesday, with slots from 10 to 5.").map((c) => c.day)).toEqual(["tue"]);
  });

  it("a lone time in brackets after a range moves its end for the day it names", () => {
    const slots = pick(read("Drop-off slots: weekdays 10 am to 5 pm (6 pm on Thursday)."), "thu");
    expect(slots).toContainEqual(
      expect.objectContaining({ specific: true, slots: expect.objectContaining({ from: null, to: 1080 }) }),
    );
    const hours = pick(read("We're open weekdays 10 to 6 (7 on Thursday)."), "thu");
    expect(hours).toContainEqual(expect.objectContaining({ specific: true, closes: 1140 }));
  });

  it("a spaced em dash between two times starts a new clause, not a range", () => {
    const claims = read("Saturday we close at 3 pm — 6 pm is when we close on weekdays.");
    expect(pick(claims, "sat").some((c) => c.opens === 900)).toBe(false);
    expect(pick(read("Saturday: 9 am – 3 pm."), "sat")).toContainEqual(
      expect.objectContaining({ opens: 540, closes: 900 }),
    );
  });
});

describe("hoursClaims: regret is not negation (round 8)", () => {
  it.each([
    ["Unfortunately on Thursday we close at **6 p.m.**, so 6:15 is too late.", "thu", { closes: 1080 }],
    ["Sadly, Saturdays we shut at 1 pm.", "sat", { closes: 780 }],
    ["I'm afraid Wednesday we only open at 11.", "wed", { opens: 660 }],
    ["- Unfortunately Friday: 10 am – 5 pm", "fri", { opens: 600, closes: 1020 }],
  ])("%s", (text, day, expected) => {
    expect(pick(read(text), day)).toContainEqual(expect.objectContaining(expected));
  });

  it("a true closing time after a regret stays true", () => {
    expect(pick(read("Unfortunately Thursday we close at 7 pm, so 7:30 won't work."), "thu")).toContainEqual(
      expect.objectContaining({ closes: 1140 }),
    );
  });
});

describe("hoursClaims: the day's end and start, whatever the verb (round 8)", () => {
  it.each([
    ["Thursdays we **wrap up** at 6.", "thu", { closes: 1080 }],
    ["- Thursday: doors open 10, lights off at 6", "thu", { opens: 600, closes: 1080 }],
    ["I believe we shut the doors at 5 on Fridays.", "fri", { closes: 1020 }],
    ["Saturday we unlock at 8 and lock up at 1.", "sat", { opens: 480, closes: 780 }],
    ["We open our doors at 11 on Wednesdays.", "wed", { opens: 660 }],
  ])("%s", (text, day, expected) => {
    const claims = pick(read(text), day);
    for (const [key, value] of Object.entries(expected))
      expect(claims).toContainEqual(expect.objectContaining({ [key]: value }));
  });

  it("a repair finished by a time is no closing time", () => {
    expect(pick(read("Your tune-up will be finished by 3 on Thursday."), "thu").some((c) => c.closes === 900)).toBe(
      false,
    );
  });

  it("'shut the doors at 6' is a closing time, not a closed day", () => {
    expect(pick(read("We shut the doors at 6 on Thursdays."), "thu")).not.toContainEqual(
      expect.objectContaining({ status: "closed" }),
    );
  });
});

describe("hoursClaims: a time a booking was changed from is no opening time", () => {
  it.each([
    "Your drop-off is Friday at 11 am — I shifted it from 10:45 because slots start on the hour and half hour.",
    "All set for Thursday at 3 pm (I switched you over from 2:50, which isn't on the grid).",
    "Done: Wednesday at 1:30 pm, changed from 1 to 1:30 as you asked.",
  ])("%s", (text) => {
    const claims = read(text).filter((c) => c.opens !== null || c.closes !== null);
    expect(claims).toEqual([]);
  });

  it("'open from 10' is still an opening time", () => {
    expect(pick(read("On Friday we're open from 10."), "fri")).toContainEqual(expect.objectContaining({ opens: 600 }));
  });
});

describe("hoursClaims: time-and-day pairs joined by 'and' each keep their own time", () => {
  // Tuesday 10 November 2026: today Tuesday (10–6), tomorrow Wednesday (10–6), Thursday 10–7.
  it.each([
    ["We close at 6 pm today and 7 pm on Thursday.", "thu", 1140],
    ["Open till 6 today and 6 tomorrow, then till 7 on Thursday.", "wed", 1080],
    ["We're here until 6 on Friday and 3 on Saturday.", "sat", 900],
  ])("%s", (text, day, closes) => {
    const claims = pick(read(text), day).filter((c) => c.closes !== null);
    expect(claims.map((c) => c.closes)).toEqual([closes]);
  });
});

describe("hoursClaims: a spaced dash between two times is a range, not a clause break", () => {
  it.each([
    ["Open till 6 pm today (Tuesday), and 10 am – 6 pm tomorrow (Wednesday).", "tue", { closes: 1080 }],
    ["We close at 6 today, or come 10 am – 7 pm on Thursday.", "thu", { opens: 600, closes: 1140 }],
    ["Today we're here until 6 pm; Saturday it's 9 am – 3 pm.", "sat", { opens: 540, closes: 900 }],
  ])("%s", (text, day, expected) => {
    const claims = pick(read(text), day).filter((c) => c.opens !== null || c.closes !== null);
    for (const c of claims) expect(c).toMatchObject(expected);
    expect(claims.length).toBeGreaterThan(0);
  });
});
