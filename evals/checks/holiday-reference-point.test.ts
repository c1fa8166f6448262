import { describe, expect, it } from "vitest";
import { checkHoursClaims } from "./check-hours-claims";

const reply = (now: string, user: string, bot: string) =>
  checkHoursClaims({
    id: "t",
    now,
    messages: [
      { role: "user", content: user },
      { role: "assistant", content: bot },
    ],
  });

describe("check-hours-claims: a holiday named as the point a day is counted from is no claim about the holiday", () => {
  it.each([
    ["The final day we're open ahead of Christmas is Friday, Dec 24 (10 am – 6 pm)."],
    ["Fri 12/24, 10–6: our last open day before Christmas. Closed on the 25th."],
    ["Yes, come Thursday Dec 23 — we're open until 7 pm that day, two days before Christmas."],
  ])("%s", (bot) => {
    expect(reply("2027-12-20T10:00:00-08:00", "when's the last day before xmas?", bot).failures).toEqual([]);
  });

  it("still catches a holiday said to be open", () => {
    const r = reply("2027-12-20T10:00:00-08:00", "open on christmas?", "Yes, Christmas Day we're open 10 am – 6 pm.");
    expect(r.failures).toHaveLength(1);
  });
});
