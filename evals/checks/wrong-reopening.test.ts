import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { reopeningClaims } from "../claims/index";
import { checkHoursClaims } from "./check-hours-claims";
import { convo } from "./test-support";
import { wrongReopening } from "./wrong-reopening";

/** Saturday 16 May 2026, 19:20 in Portland: closed Sunday and Monday, open again Tuesday at 10. */
const SAT = "2026-05-16T19:20:00-07:00";

describe("wrongReopening", () => {
  it.each([
    // (the hours reader may see "Monday from 10" first: either way Monday is said to be open)
    ["We're shut tomorrow, and we'll be back in on Monday from 10.", "Monday"],
    ["Closed Sunday and Monday — we'll be back open Tuesday at 9 a.m.", "reopens at 9am"],
    ["Sunday's a day off for us, but we're back Monday morning.", "reopens on Monday"],
  ])("%s → %s", (reply, said) => {
    const r = checkHoursClaims(convo(["open tomorrow?", reply], SAT));
    expect(r.pass).toBe(false);
    expect(r.failures[0]).toMatchObject({ evaluator: "check-hours-claims", mode: "bad_data", turn: 1 });
    expect(r.failures[0]!.reason).toContain(said);
  });

  it.each([
    "We're closed Sunday and Monday and reopen Tuesday at 10 a.m.",
    "Back open Tuesday, 10 to 6.",
    "If we reopen Monday for the holiday rush I'll let you know.",
  ])("passes %s", (reply) => {
    expect(checkHoursClaims(convo(["open tomorrow?", reply], SAT)).pass).toBe(true);
  });

  it("leaves a sentence naming two dates unread", () => {
    expect(reopeningClaims("We reopen Tuesday, not Monday.", SAT, handbook)).toEqual([]);
    expect(wrongReopening(handbook, [])).toBeNull();
  });
});
