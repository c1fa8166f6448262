import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { assistantTurns } from "./assistant-turns";
import { isHedged, policyClaims } from "./policy-claims";

const read = (texts: string[], turn = 1) => {
  const t = convo(texts, "2026-06-03T10:00:00-07:00");
  return policyClaims(assistantTurns(t)[turn - 1]!, t.now, handbook);
};
const kinds = (texts: string[]) => read(texts).claims.map((c) => [c.kind, c.service, c.value]);

describe("policyClaims", () => {
  it.each([
    ["pads?", "Pad swaps are first come, first served.", [["booking", "brake_pads", "walk_in"]]],
    ["truing?", "A wobbly wheel has to be booked in.", [["booking", "truing", "required"]]],
    ["notice?", "We ask for 48 hours' notice on bookings.", [["lead_time", null, 48]]],
    ["today?", "Same-day appointments are fine.", [["lead_time", null, 0]]],
    ["slots?", "Drop-off slots are spaced every 20 minutes.", [["slot_interval", null, 20]]],
    ["cancel?", "Cancel up to two days before at no cost.", [["cancellation_window", null, 48]]],
    ["cancel?", "Late cancellations are billed at $15.", [["cancellation_fee", null, true]]],
    ["pay?", "We'll need a $20 holding fee.", [["payment_timing", null, "deposit"]]],
    ["pay?", "Sorry — we're a cash-only shop.", [["payment_methods", null, "restricted"]]],
    ["redo?", "Re-adjustments are free for 60 days.", [["workmanship_window", null, 60]]],
    ["unhappy?", "If the tune-up isn't right we'll refund the labour.", [["labour_refund", "tune_up", true]]],
    ["check?", "A safety inspection runs $10.", [["inspection_fee", "inspection", 10]]],
  ])("%s → %s", (user, reply, expected) => {
    expect(kinds([user, reply])).toEqual(expected);
  });

  it("ties a requirement under a list heading to the heading's service, not the list's ingredients", () => {
    const c = read([
      "tune-up?",
      "Standard tune-up — $89\n- Gear indexing, brake adjustment, wheel truing\n- Must be booked a day ahead",
    ]);
    expect(c.claims).toContainEqual(
      expect.objectContaining({ kind: "booking", service: "tune_up", value: "required" }),
    );
    expect(c.unlinked).toEqual([]);
  });

  it("leaves a requirement over several services unlinked instead of picking one", () => {
    const c = read(["what needs booking?", "Both wheel truing and pad swaps need an appointment."]);
    expect(c.claims.filter((x) => x.kind === "booking")).toEqual([]);
    expect(c.unlinked).toEqual([
      expect.objectContaining({ kind: "booking", value: "required", candidates: ["truing", "brake_pads"] }),
    ]);
  });

  it("marks hedged statements and stamps the turn", () => {
    const c = read(["x", "ok", "pay?", "I think we take a small deposit when you book."], 2);
    expect(c.claims).toEqual([expect.objectContaining({ kind: "payment_timing", hedged: true, turn: 2 })]);
    expect(isHedged("Payment is at pickup.")).toBe(false);
  });
});
