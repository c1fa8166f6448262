import { describe, expect, it } from "vitest";
import { durationClaims } from "./duration-claims";
import { normaliseMessage } from "./normalise";

const spans = (text: string, focus: Parameters<typeof durationClaims>[1] = null) =>
  durationClaims(normaliseMessage(text), focus).map((d) => [d.service, d.min, d.max]);

describe("durationClaims: a turnaround named as a day, and 'give us N days'", () => {
  it.each([
    ["Full service — **$179**, ready next day.", ["full_service", 1440, 1440]],
    ["I think we could have the overhaul back by tomorrow.", ["full_service", 1440, 1440]],
    ["- Full service: overnight", ["full_service", 1440, 1440]],
    ["Give us 2 days for a full service.", ["full_service", 2880, 2880]],
  ])("%s", (text, expected) => {
    expect(spans(text)).toContainEqual(expected);
  });

  it.each([
    ["We're back tomorrow from 10 am to 6 pm."],
    ["Want the full service for tomorrow at 1:30?"],
    ["Overnight? No — a full service takes 3–5 business days."],
    ["Next-day slots are open for a full service."],
  ])("no one-day turnaround: %s", (text) => {
    expect(spans(text, "full_service").filter(([, min]) => min === 1440)).toEqual([]);
  });
});

describe("durationClaims: a window said again is still the window, not a turnaround", () => {
  it.each([
    [
      "Every tune-up has a 30-day warranty on the work. Since your tune-up was last week, you're still within the 30 days.",
    ],
    [
      "Refunds on unused parts are accepted within 14 days. Your tune-up parts came 10 days ago, so you're well within the 14 days.",
    ],
    [
      "Free re-adjustments run for 30 days after a tune-up. With yours done on the 2nd, the 30 days last till early next month.",
    ],
  ])("%s", (text) => {
    expect(spans(text, "tune_up").filter(([, , max]) => Number(max) >= 10 * 1440)).toEqual([]);
  });

  it("a turnaround beside a different window is still read", () => {
    expect(spans("Re-adjustments are free within 30 days. A tune-up itself takes 2 days.")).toContainEqual([
      "tune_up",
      2880,
      2880,
    ]);
  });
});

describe("durationClaims: going without the bike for a span is its turnaround", () => {
  it.each([
    ["With a full service you'd be without your bike for roughly 2 days.", ["full_service", 2880, 2880]],
    ["Expect to be without the bike for 4 days if you book the tune-up.", ["tune_up", 5760, 5760]],
    ["A tune-up means going without it for about a week, I'm afraid.", ["tune_up", 7200, 7200]],
  ])("%s", (text, expected) => {
    expect(spans(text)).toContainEqual(expected);
  });
});
