import { describe, expect, it } from "vitest";
import { echoedDate } from "./echoed-day";

describe("echoedDate", () => {
  const bareThursday = { date: "2026-07-23", pinned: false, days: ["thu" as const] };
  it.each([
    ["a bare weekday says the customer's later date on that weekday back", bareThursday, "2026-07-30", "2026-07-30"],
    [
      "another weekday than the customer's keeps its own date",
      { ...bareThursday, days: ["fri" as const], date: "2026-07-24" },
      "2026-07-30",
      "2026-07-24",
    ],
    [
      "a pinned day ('this Thursday') keeps its own date",
      { ...bareThursday, pinned: true },
      "2026-07-30",
      "2026-07-23",
    ],
    ["no date from the customer: the weekday's own", bareThursday, null, "2026-07-23"],
  ])("%s", (_, mention, customer, expected) => {
    expect(echoedDate(mention, customer)).toBe(expected);
  });
});
