import { describe, expect, it } from "vitest";
import { bookingOneLine } from "./booking-panel";

const none = { service: null, date: null, time: null, name: null, contact: null };

describe("bookingOneLine", () => {
  it.each([
    ["booking.collecting", none, [], "Collecting details"],
    [
      "booking.collecting",
      { ...none, service: "Tune-up", time: "10:30am" },
      [],
      "Collecting details · Tune-up · 10:30am",
    ],
    [
      "booked",
      { service: "Tune-up", date: "Friday, December 4", time: "10:30am", name: "Sarah", contact: "s@x.com" },
      ["BK-1"],
      "Booked · Tune-up · Friday, December 4 · 10:30am · Sarah · s@x.com · BK-1",
    ],
  ])("%s %j → %s", (state, booking, ids, line) => {
    expect(bookingOneLine(state, booking, ids)).toBe(line);
  });
});
