import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { aTurn } from "../../traces/fixtures";
import { chatTurnFromRecord } from "./chat-turn";

const booking = {
  id: "BK-ABC123",
  service: "tune_up",
  date: "2026-12-04",
  time: "10:30",
  name: "Sarah Lee",
  contact: "sarah@example.com",
  priceUsd: 89,
  status: "booked",
};

describe("chatTurnFromRecord", () => {
  it.each([
    ["no context at all", aTurn({}), { service: null, date: null, time: null, name: null, contact: null }, []],
    [
      "a draft being collected",
      aTurn({
        stateAfter: "booking.collecting",
        context: { draft: { service: "tune_up", date: "2026-12-04" }, expecting: "time" },
      }),
      { service: "standard tune-up", date: "Friday, December 4", time: null, name: null, contact: null },
      [],
    ],
    [
      "a booking just made (the machine has cleared its draft)",
      aTurn({
        stateAfter: "booked",
        context: { draft: {} },
        decision: { parts: [{ kind: "booked", booking }], factIds: [] },
      }),
      {
        service: "standard tune-up",
        date: "Friday, December 4",
        time: "10:30am",
        name: "Sarah Lee",
        contact: "sarah@example.com",
      },
      ["BK-ABC123"],
    ],
    [
      "a context column that drifted",
      aTurn({ context: { draft: "oops" } }),
      { service: null, date: null, time: null, name: null, contact: null },
      [],
    ],
  ])("%s", (_name, r, summary, ids) => {
    const turn = chatTurnFromRecord(handbook, r);
    expect(turn.booking).toEqual(summary);
    expect(turn.bookingIds).toEqual(ids);
  });
});
