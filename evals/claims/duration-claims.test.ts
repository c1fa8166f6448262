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
