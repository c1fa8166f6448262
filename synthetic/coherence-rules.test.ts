import { describe, expect, it } from "vitest";
import { brokenRules, COHERENCE_RULES } from "./coherence-rules";
import type { Tuple } from "./schema";
import { enumerateTuples } from "./sample-tuples";

const base: Tuple = {
  intent: "booking",
  completeness: "all_upfront",
  behaviour: "cooperative",
  turns: "multi",
  trap: null,
};

describe("coherence rules", () => {
  it.each<[string, Partial<Tuple>]>([
    ["no_info_single_turn_recall", { intent: "reschedule_cancel", completeness: "none", turns: "single" }],
    ["trap_needs_matching_intent", { intent: "booking", trap: "walk_in_tune_up" }],
    ["trap_needs_matching_intent", { intent: "hours_location", trap: "ebike_motor" }],
    ["behaviour_needs_multi_turn", { behaviour: "impatient", turns: "single" }],
    ["mid_booking_behaviour_needs_booking_flow", { intent: "hours_location", behaviour: "distracted" }],
    ["partial_info_needs_task", { intent: "busy_times", completeness: "partial" }],
  ])("%s fires and is named", (rule, patch) => {
    expect(brokenRules({ ...base, ...patch })).toContain(rule);
  });

  it("keeps coherent tuples", () => {
    expect(brokenRules(base)).toEqual([]);
    expect(
      brokenRules({ ...base, intent: "walk_in_vs_booking", trap: "walk_in_tune_up", behaviour: "distracted" }),
    ).toEqual([]);
    expect(brokenRules({ ...base, intent: "reschedule_cancel", completeness: "none", turns: "multi" })).toEqual([]);
  });

  it("names every broken rule of a tuple, and every rule drops something in the full space", () => {
    expect(
      brokenRules({ ...base, intent: "policies", completeness: "partial", behaviour: "corrective", turns: "single" }),
    ).toEqual(["behaviour_needs_multi_turn", "mid_booking_behaviour_needs_booking_flow", "partial_info_needs_task"]);
    const fired = new Set(enumerateTuples().dropped.flatMap((d) => d.rules));
    expect([...fired].sort()).toEqual(COHERENCE_RULES.map((r) => r.name).sort());
  });
});
