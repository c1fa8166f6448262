import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../knowledge-base/index";
import { TrapId, TRAPS, trapById } from "./traps";

describe("traps", () => {
  const kb = loadKnowledgeBase();

  it("covers every trap the issue lists", () => {
    expect(TRAPS.map((t) => t.id).sort()).toEqual([...TrapId.options].sort());
    expect(TrapId.options).toEqual(
      expect.arrayContaining([
        "saturday_hours",
        "monday_closed",
        "sunday_closed",
        "thanksgiving",
        "weekday_opens_at_10",
        "same_day_booking",
        "walk_in_tune_up",
        "ebike_motor",
        "ebike_firmware",
        "suspension_rebuild",
        "bike_sales",
        "free_inspection",
        "morning_rush",
        "cancellation_fee",
      ]),
    );
  });

  it.each(TRAPS.map((t) => [t.id, t] as const))(
    "%s names real handbook fact ids, intents and a seed query",
    (_id, trap) => {
      expect(trap.factIds.length).toBeGreaterThan(0);
      for (const id of trap.factIds) expect(kb.factById.has(id), id).toBe(true);
      expect(trap.intents.length).toBeGreaterThan(0);
      expect(trap.seedQuery.length).toBeGreaterThan(5);
      expect(trap.vague.length + trap.precise.length).toBeGreaterThan(0);
    },
  );

  it("targets the facts the issue names", () => {
    expect(trapById("ebike_motor").factIds).toContain("ebike.no_motor");
    expect(trapById("suspension_rebuild").factIds).toContain("notoffered.suspension");
    expect(trapById("walk_in_tune_up").factIds).toContain("policy.walk_in");
    expect(trapById("same_day_booking").factIds).toContain("policy.booking_lead");
    expect(trapById("morning_rush").factIds).toContain("busy.morning");
    expect(() => trapById("nope" as TrapId)).toThrow(/unknown trap/);
  });
});
