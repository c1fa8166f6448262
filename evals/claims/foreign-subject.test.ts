import { describe, expect, it } from "vitest";
import { durationClaims } from "./duration-claims";
import { namesForeignJob } from "./foreign-subject";
import { normaliseMessage } from "./normalise";

const spans = (text: string) => durationClaims(normaliseMessage(text), "tune_up").map((d) => [d.service, d.min, d.max]);

describe("namesForeignJob: a sentence about a job outside the catalogue", () => {
  it.each([
    ["Sure, we'll reflash the controller software for you."],
    ["Our saddle fitting session is $45."],
    ["A cracked carbon chainstay can be patched in-house."],
  ])("foreign: %s", (text) => {
    expect(namesForeignJob(text)).toBe(true);
  });

  it.each([
    ["The tune-up covers indexing and a safety check."],
    ["We don't do firmware, but a tune-up is $89."],
    ["We're open until 6 tonight."],
  ])("not foreign: %s", (text) => {
    expect(namesForeignJob(text)).toBe(false);
  });
});

describe("durationClaims: a turnaround of a job outside the catalogue is no claim about the service in focus", () => {
  it.each([
    ["Our pro bike fitting session takes around 90 minutes."],
    ["We could swap out the suspension fork seals, which normally takes an hour or so."],
    ["We'll send the cracked carbon frame to a specialist. Expect about three weeks."],
    ["I'd say the motor software refresh is quick — it's about 10 minutes."],
  ])("%s", (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each([
    ["Special-order parts usually take about 5 days to arrive."],
    ["The replacement derailleur needs a week for delivery."],
  ])("the time goods take to come in is no turnaround: %s", (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each([
    ["We don't touch carbon frames. A tune-up is ready in about 5 days.", ["tune_up", 7200, 7200]],
    ["No firmware updates here, sorry. The overhaul takes 1 day.", ["full_service", 1440, 1440]],
    ["Our fit sessions aren't a thing, but the tune-up takes a week.", ["tune_up", 7200, 7200]],
  ])("a catalogue service named beside the foreign job keeps its own claim: %s", (text, expected) => {
    expect(spans(text)).toContainEqual(expected);
  });
});
