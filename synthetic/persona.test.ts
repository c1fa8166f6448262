import { describe, expect, it } from "vitest";
import { mulberry32 } from "../chatbot/index";
import { draftScenario } from "./build-scenario";
import { DEFAULT_BASE_NOW, scenarioNow } from "./calendar";
import { goalFor } from "./persona";
import type { Tuple } from "./schema";
import { trapById } from "./traps";

const t = (o: Partial<Tuple>): Tuple => ({
  intent: "booking",
  completeness: "all_upfront",
  behaviour: "cooperative",
  turns: "multi",
  trap: null,
  ...o,
});

describe("goalFor", () => {
  it.each<[Partial<Tuple>, string]>([
    [{ intent: "booking" }, "book"],
    [{ intent: "booking", turns: "single" }, "progress"],
    [{ intent: "walk_in_vs_booking" }, "book"],
    [{ intent: "reschedule_cancel" }, "manage"],
    [{ intent: "hours_location" }, "answer"],
    [{ intent: "out_of_scope", turns: "single" }, "answer"],
  ])("%j → %s", (tuple, kind) => {
    expect(goalFor(t(tuple)).kind).toBe(kind);
  });
});

describe("scenario drafts", () => {
  it("derive now, persona and facts deterministically from seed and index", () => {
    expect(draftScenario(t({}), 3, 9)).toEqual(draftScenario(t({}), 3, 9));
    expect(draftScenario(t({}), 3, 9).persona).not.toEqual(draftScenario(t({}), 4, 9).persona);
    expect(draftScenario(t({}), 3, 9).id).toBe("syn-9-004");
  });

  it("keep `now` within the trap's window (Thanksgiving week, before the holiday)", () => {
    for (let s = 0; s < 20; s++) {
      const now = scenarioNow(DEFAULT_BASE_NOW, mulberry32(s), trapById("thanksgiving"));
      expect(now >= "2026-11-23" && now < "2026-11-26").toBe(true);
      expect(now).toMatch(/-08:00$/);
    }
  });

  it.each<[Tuple["trap"], RegExp, RegExp | null]>([
    ["same_day_booking", /^today$/, null],
    ["monday_closed", /^Monday$/, null],
    ["thanksgiving", /Thursday/, null],
    ["weekday_opens_at_10", /./, /^9am$/],
    ["saturday_hours", /Saturday/, /^2:30pm$/],
  ])("the %s trap pins the customer's first date/time when booking", (trap, date, time) => {
    const d = draftScenario(t({ trap }), 0, 1);
    expect(d.persona.date).toMatch(date);
    if (time) expect(d.persona.time).toMatch(time);
    expect(d.factIds).toEqual(expect.arrayContaining(trapById(trap!).factIds));
  });

  it("a cancellation-fee customer holds a booking less than 24 hours away", () => {
    for (let i = 0; i < 10; i++) {
      const d = draftScenario(t({ intent: "reschedule_cancel", trap: "cancellation_fee" }), i, 2);
      const b = d.persona.existingBooking!;
      const hours = (Date.parse(`${b.date}T${b.time}:00-08:00`) - Date.parse(d.now)) / 3_600_000;
      expect(hours).toBeGreaterThan(0);
      expect(hours).toBeLessThan(24);
    }
  });
});
