import { describe, expect, it } from "vitest";
import { checkSlotClaims } from "../checks/check-slot-claims";
import { convo } from "../checks/test-support";
import { leadTimeClaims, listedSlotClaims } from "./lead-time-claims";
import { normaliseMessage } from "./normalise";

const listed = (reply: string) => listedSlotClaims(normaliseMessage(reply)).claims.map((c) => c.value);

describe("listedSlotClaims: drop-off times written as a list, in any frame", () => {
  it.each([
    ["Tomorrow drop-offs are on the quarter hour: **10:15, 10:45, 11:15**, and so on.", [615, 645, 675]],
    ["Free slots Friday: 10:20 or 10:50 am, I believe.", [620, 650]],
    ["- Slots: 9:00, 9:30 and 10:00", [540, 570, 600]],
    ["Times available — 2:45 or 3:15", [885, 915]],
  ])("%s", (reply, expected) => {
    expect(listed(reply)).toEqual(expected);
  });

  it.each([
    ["Your drop-off is tomorrow at 10:30 am and it's 11:15 now, so please call."],
    ["Slots run from 10 to 5 (we close at 6)."],
    ["There's no 10:15 slot, sorry."],
    ["We open at 10 and close at 6; drop-offs need a booking."],
  ])("no list of slots: %s", (reply) => {
    expect(listed(reply)).toEqual([]);
  });
});

describe("checkSlotClaims: a listed slot off the grid", () => {
  const verdict = (reply: string) => checkSlotClaims(convo(["drop-off times tomorrow?", reply]));
  it.each([
    "Drop-offs tomorrow: 10:15, 10:45 and 11:15.",
    "I think the slots are 10:10, 10:40, 11:10.",
    "**Available times**\n- 1:15 pm, 1:45 pm",
  ])("fails: %s", (reply) => {
    expect(verdict(reply).failures[0]).toMatchObject({ evaluator: "check-slot-claims", mode: "policy_confusion" });
  });

  it.each([
    "Drop-offs tomorrow: 10:00, 10:30 and 11:00.",
    "Morning slots are 10, 10:30, 11 and 11:30 am.",
    "**Available times**\n- 1:30 pm, 2:00 pm",
  ])("passes: %s", (reply) => {
    expect(verdict(reply).pass).toBe(true);
  });
});

describe("leadTimeClaims: a same-day booking in any frame", () => {
  const lead = (reply: string) => leadTimeClaims(normaliseMessage(reply)).claims.map((c) => c.value);
  it.each([
    "Tune-ups can be booked same day.",
    "**Cables:** I think you could book it for the same day.",
    "- Truing: schedule it same-day if a slot's free",
  ])("%s → 0", (reply) => {
    expect(lead(reply)).toContain(0);
  });

  it.each([
    "It must be booked, and we don't take same-day bookings.",
    "Once booked, the same day you drop it off we start.",
    "Booked tune-ups are ready within 2 business days, not same day.",
  ])("no same-day claim: %s", (reply) => {
    expect(lead(reply)).not.toContain(0);
  });
});
