import { describe, expect, it } from "vitest";
import type { HeldoutItem } from "./schema";
import { clockOf, mentions, scoreBooking, scoreItem, scoreTurn } from "./score-item";

const NAMES = { tune_up: "tune-up" };

describe("held-out scoring", () => {
  it.each([
    ["We're open 9am–3pm on Saturdays.", "9am-3pm", true],
    ["Call (503) 555-BIKE", "555-bike", true],
    ["We close at 3 pm", "3pm", true],
    ["We close at 5pm", "3pm", false],
  ])("mentions(%j, %j) → %s", (text, needle, hit) => expect(mentions(text, needle)).toBe(hit));

  it("needs one alternative of every mentionsAll group and none of mentionsNone", () => {
    const out = { reply: "A tune-up is $89.", state: "browsing", expecting: null };
    expect(scoreTurn(out, { mentionsAll: [["$89", "89 dollars"]], mentionsNone: ["$179"] })).toEqual([]);
    expect(scoreTurn(out, { mentionsAll: [["$179"]], mentionsNone: [] })).toEqual(['missing one of ["$179"]']);
    expect(scoreTurn(out, { mentionsAll: [], mentionsNone: ["tune-up"] })).toEqual(['mentions "tune-up"']);
  });

  it("reads asksFor as the field the bot expects next, and 'confirmation' as the confirming state", () => {
    expect(
      scoreTurn(
        { reply: "", state: "booking.collecting", expecting: "date" },
        { mentionsAll: [], mentionsNone: [], asksFor: "date" },
      ),
    ).toEqual([]);
    expect(
      scoreTurn(
        { reply: "", state: "booking.collecting", expecting: "time" },
        { mentionsAll: [], mentionsNone: [], asksFor: "date" },
      ),
    ).toHaveLength(1);
    expect(
      scoreTurn(
        { reply: "", state: "booking.confirming", expecting: null },
        { mentionsAll: [], mentionsNone: [], asksFor: "confirmation" },
      ),
    ).toEqual([]);
    expect(
      scoreTurn(
        { reply: "", state: "booked", expecting: null },
        { mentionsAll: [], mentionsNone: [], asksFor: "confirmation" },
      ),
    ).toHaveLength(1);
  });

  it("compares the stored booking field by field, and null means nothing may be booked", () => {
    const b = {
      service: "tune_up",
      date: "2026-11-27",
      time: "10:30",
      name: "Søren Ødegaard",
      contact: "(503) 555-0199",
      status: "booked" as const,
    };
    expect(
      scoreBooking(
        b,
        { service: "tune-up", date: "2026-11-27", time: "10:30am", name: "søren ødegaard", contact: "503-555-0199" },
        NAMES,
      ),
    ).toEqual([]);
    expect(scoreBooking(b, { time: "11:00" }, NAMES)).toEqual(["time 10:30, expected 11:00"]);
    expect(scoreBooking(null, {}, NAMES)).toEqual(["no booking stored"]);
    expect(scoreBooking(b, null, NAMES)).toHaveLength(1);
    expect(clockOf("2:30 PM")).toBe("14:30");
  });

  it("scores a whole item: turns, final state and booking", () => {
    const item: HeldoutItem = {
      id: "x",
      category: "booking",
      now: "2026-11-23T09:00:00-08:00",
      turns: [{ user: "yes", expect: { mentionsAll: [["booked"]], mentionsNone: [] } }],
      final: { state: "booked", booking: { date: "2026-11-27" } },
    };
    const ok = scoreItem(
      item,
      [{ reply: "You're booked!", state: "booked", expecting: null }],
      [{ service: "tune_up", date: "2026-11-27", time: "10:00", name: "A", contact: "a@b.co", status: "booked" }],
      NAMES,
    );
    expect(ok).toMatchObject({ pass: true, failures: [] });
    const bad = scoreItem(item, [{ reply: "Sorry", state: "browsing", expecting: null }], [], NAMES);
    expect(bad.failures).toEqual([
      'turn 1: missing one of ["booked"]',
      "final state browsing, expected booked",
      "final booking: no booking stored",
    ]);
  });

  it("compares a conversation that ends mid-booking with the draft so far, not with stored bookings", () => {
    const item: HeldoutItem = {
      id: "y",
      category: "holiday_week",
      now: "2026-12-23T10:00:00-08:00",
      turns: [{ user: "tune-up friday at 11", expect: { mentionsAll: [], mentionsNone: [] } }],
      final: { state: "booking", booking: { service: "tune_up" } },
    };
    const out = (service: string | null) => [
      { reply: "Closed that day.", state: "booking.collecting", expecting: "date", draft: { service } },
    ];
    expect(scoreItem(item, out("tune_up"), [], NAMES).failures).toEqual([]);
    expect(scoreItem(item, out(null), [], NAMES).failures).toEqual(["final booking: service , expected tune_up"]);
    // Ending booked, the stored booking is what counts, whatever a draft says.
    const booked = { ...item, final: { state: "booked", booking: { service: "tune_up" } } };
    expect(scoreItem(booked, [{ ...out("tune_up")[0]!, state: "booked" }], [], NAMES).failures).toEqual([
      "final booking: no booking stored",
    ]);
  });
});
