import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import type { TurnRecord } from "../../traces/index";
import { chatTurnFromRecord } from "./chat-turn";

const record = (over: Partial<TurnRecord>): TurnRecord => ({
  conversationId: "c_1",
  index: 1,
  now: "2026-11-20T18:00:00.000Z",
  user: "hi",
  assistant: "hello",
  stateBefore: "idle",
  stateAfter: "browsing",
  snapshot: null,
  understanding: null,
  decision: null,
  context: null,
  factIds: [],
  llmCalls: [],
  latencyMs: 1,
  inputTokens: 0,
  outputTokens: 0,
  costUsd: 0,
  error: null,
  traceId: null,
  createdAt: "2026-11-20T18:00:00.000Z",
  ...over,
});
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
    ["no context at all", record({}), { service: null, date: null, time: null, name: null, contact: null }, []],
    [
      "a draft being collected",
      record({
        stateAfter: "booking.collecting",
        context: { draft: { service: "tune_up", date: "2026-12-04" }, expecting: "time" },
      }),
      { service: "standard tune-up", date: "Friday, December 4", time: null, name: null, contact: null },
      [],
    ],
    [
      "a booking just made (the machine has cleared its draft)",
      record({
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
      record({ context: { draft: "oops" } }),
      { service: null, date: null, time: null, name: null, contact: null },
      [],
    ],
  ])("%s", (_name, r, summary, ids) => {
    const turn = chatTurnFromRecord(handbook, r);
    expect(turn.booking).toEqual(summary);
    expect(turn.bookingIds).toEqual(ids);
  });
});
