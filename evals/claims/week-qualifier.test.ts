import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { findDays } from "./day-mentions";

// Thursday 2 July 2026: "Thursday next week" is 9 July, never today.
const NOW = "2026-07-02T09:00:00-07:00";
const dateOf = (text: string) => findDays(text, NOW, handbook).find((d) => !d.group)?.date;

describe("findDays: a week qualifier beside a weekday places it in that week", () => {
  it.each([
    ["could we do friday of next week?", "2026-07-10"],
    ["next week, on Tuesday, if that's ok", "2026-07-07"],
    ["thurs next wk maybe", "2026-07-09"],
    ["Thursday the following week works for me", "2026-07-09"],
    ["say wednesday the week after?", "2026-07-08"],
    ["the week after, Thursday please", "2026-07-09"],
    ["Saturday this week?", "2026-07-04"],
  ])("%s → %s", (text, date) => {
    expect(dateOf(text)).toBe(date);
  });

  it("a weekday with no week beside it is the coming one", () => {
    expect(dateOf("thursday, is that possible?")).toBe("2026-07-02");
  });
});
