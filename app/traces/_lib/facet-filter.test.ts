import { describe, expect, it } from "vitest";
import { DECISION_KINDS, facetGroups, INTENTS, latencyLabel } from "./facet-filter";

const none = { verdict: [], emode: [], decision: [], intent: [] };

describe("facetGroups", () => {
  it.each<[string, Parameters<typeof facetGroups>[0], string[][]]>([
    ["nothing", none, []],
    [
      "evaluator first, then modes, decisions, intents (any of within each)",
      {
        verdict: ["fail", "error"],
        emode: ["bad_data"],
        decision: ["invalid_slot"],
        intent: ["book", "cancel_booking"],
      },
      [
        ["verdict:fail", "verdict:error"],
        ["emode:bad_data"],
        ["decision:invalid_slot"],
        ["intent:book", "intent:cancel_booking"],
      ],
    ],
    [
      "slowest from 2 s",
      { ...none, latmin: 2000 },
      [["latency:2000", "latency:5000", "latency:10000", "latency:20000", "latency:60000"]],
    ],
    ["from 250 ms to 1 s", { ...none, latmin: 250, latmax: 1000 }, [["latency:250", "latency:500"]]],
    ["under 100 ms", { ...none, latmax: 100 }, [["latency:0"]]],
    ["an empty range matches nothing", { ...none, latmin: 1000, latmax: 1000 }, [["latency:none"]]],
  ])("%s", (_, params, groups) => {
    expect(facetGroups(params)).toEqual(groups);
  });
});

it("offers the chatbot's intents and decision kinds", () => {
  expect(INTENTS).toContain("cancel_booking");
  expect(DECISION_KINDS).toEqual(expect.arrayContaining(["invalid_slot", "booked", "handoff", "refuse_injection"]));
});

it("labels latency bounds", () => {
  expect([100, 1000, 2000, 60_000].map(latencyLabel)).toEqual(["100 ms", "1 s", "2 s", "1 min"]);
});
