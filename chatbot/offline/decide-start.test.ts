import { describe, expect, it } from "vitest";
import { decideStart, type StartSignals } from "./decide-start";

const base: StartSignals = {
  norm: "",
  asking: true,
  request: 0.4,
  topics: [],
  bookable: true,
  hasClock: false,
  dayNamed: false,
  givesWho: false,
};
const decide = (norm: string, more: Partial<StartSignals> = {}) => decideStart({ ...base, norm, ...more });

describe("starting a booking is a decision with a reason", () => {
  it.each([
    ["pencil me in for a tune-up next thursday", {}],
    ["please book a wheel true for friday", {}],
    ["could i bring it over for a full service the day after tomorrow?", {}],
    ["can you squeeze a cable swap in on the 9th?", {}],
    ["i'd like a full service on my road bike, is wednesday ok?", {}],
  ])("an explicit request starts collecting: %s", (t, more) => {
    expect(decide(t, more)).toMatchObject({ start: true, reason: "explicit_request" });
  });

  it.each([
    ["when i book a tune-up is there anything to pay in advance?", ["payment"]],
    ["if we reserve a full service how long before can we cancel?", ["cancellation_policy"]],
  ])("a booking verb that only supposes asks: %s", (t, topics) => {
    expect(decide(t, { topics: topics as StartSignals["topics"] })).toMatchObject({ start: false, offer: true });
  });

  it.each([
    "is a wheel true ever possible on a sunday?",
    "any monday you could do a cable replacement?",
    "do tune-ups happen on mondays at all",
  ])("asking about a kind of day answers with the hours and offers: %s", (t) => {
    expect(decide(t)).toMatchObject({ start: false, offer: true, reason: "asks_kind_of_day" });
  });

  it("a particular day beside a kind of day is a request ('I'm off mondays, can I get one on monday the 8th?')", () => {
    expect(decide("i'm off mondays, can i get a truing on monday the 8th?")).toMatchObject({ start: true });
  });

  it.each(["what's the earliest a full service could be done?", "when's your next free slot for truing, roughly?"])(
    "asking when the work could be had answers with the first free slot and offers: %s",
    (t) => {
      expect(decide(t)).toMatchObject({ start: false, offer: true, reason: "asks_availability" });
    },
  );

  it("a slot given in full is a request even when asked ('is 11 on the 20th free for a tune-up?')", () => {
    const d = decide("is 11 on the 20th free for a tune-up?", { hasClock: true, dayNamed: true, topics: ["hours"] });
    expect(d).toMatchObject({ start: true, reason: "slot_given" });
  });

  it("unsure: the request classifier decides, and below its sure mark the answer offers the booking", () => {
    expect(decide("tune-up for the weekend, is that a thing?", { request: 0.3 })).toMatchObject({
      start: false,
      offer: true,
      reason: "unsure",
    });
    expect(decide("tune-up for the weekend, is that a thing?", { request: 0.9 })).toMatchObject({ start: true });
  });

  it("a wish for something that is not booked is no request ('want to drop my bike off')", () => {
    expect(decide("what date is saturday? want to drop my bike off", { bookable: false })).toMatchObject({
      start: false,
    });
  });
});
