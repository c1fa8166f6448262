import { describe, expect, it } from "vitest";
import { weekdayNearDraft } from "./booking-dates";

// Tuesday 13 October 2026.
const TODAY = "2026-10-13";

describe("weekdayNearDraft: a lone weekday said once a day is chosen", () => {
  it.each([
    // Asked = the coming weekday as the recogniser resolves it; held = the day already in the draft.
    ["2026-10-16", "2026-10-23", "2026-10-23"], // "that's a Friday right" beside Friday the 23rd: the same day
    ["2026-10-15", "2026-10-23", "2026-10-22"], // "I meant the Thursday": that week's Thursday
    ["2026-10-14", "2026-10-17", "2026-10-14"], // the draft's week already holds the coming Wednesday
    ["2026-10-19", null, "2026-10-19"], // no day chosen yet: the coming one
    ["2026-10-20", "2026-10-13", "2026-10-20"], // a held day not ahead moves nothing
  ])("asked %s, held %s → %s", (asked, held, want) => expect(weekdayNearDraft(asked, held, TODAY)).toBe(want));

  it("a weekday of the draft's week already gone is the coming one", () =>
    // Held Wednesday the 14th; "Monday" of that week (the 12th) is gone: the coming Monday, the 19th.
    expect(weekdayNearDraft("2026-10-19", "2026-10-14", TODAY)).toBe("2026-10-19"));
});
