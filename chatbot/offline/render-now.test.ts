import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../knowledge-base/index";
import { openNowText } from "./render-now";
import { daySlotsText } from "./render-slots";

const h = loadKnowledgeBase().handbook;

describe("openNowText (Saturday 9am–3pm, Tuesday 10am–6pm)", () => {
  it.each([
    ["2026-11-28", "08:40", /not open yet.*open at 9am and close at 3pm/],
    ["2026-11-28", "09:00", /open right now, until 3pm/],
    ["2026-11-28", "14:59", /open right now, until 3pm/],
    ["2026-11-28", "15:00", /closed for today.*3pm on Saturdays\. We next open Tuesday, December 1 at 10am/],
    ["2026-11-24", "18:30", /closed for today.*We next open Wednesday, November 25 at 10am/],
  ])("%s %s", (date, clock, re) => expect(openNowText(h, date, clock)).toMatch(re));

  it.each(["2026-11-29", "2026-11-26"])("a closed day (%s) is left to the closed-day answer", (date) =>
    expect(openNowText(h, date, "12:00")).toBeNull(),
  );
});

describe("daySlotsText", () => {
  it.each([
    [null, "2026-11-28", /first drop-off slot is 9am and the last is 2pm/],
    ["thu", null, /On Thursdays the first drop-off slot is 10am and the last is 6pm/],
    ["sun", null, /closed on Sundays/],
    [null, "2026-12-25", /no drop-off slots on Friday, December 25/],
  ] as const)("%s %s", (day, date, re) => expect(daySlotsText(h, day, date)).toMatch(re));
});
