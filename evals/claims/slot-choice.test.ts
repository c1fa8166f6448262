import { describe, expect, it } from "vitest";
import { choosesSlotNow } from "./slot-choice";

describe("choosesSlotNow: the customer picks the time only now, in answer to the bot's open question", () => {
  it.each([
    [
      "Saturday's slots run 9 to 2. What time suits you, and your name and email?",
      "10am please - Priya K, pk@mail.com",
    ],
    ["We have Tuesday free. Which slot would you like?", "11:30 works, call me on 503 555 0100"],
    ["When would you like to drop it off?", "thursday noon"],
  ])("%s → %s chooses the slot now", (bot, customer) => {
    expect(choosesSlotNow(bot, customer)).toBe(true);
  });

  it.each([
    ["Tuesday at 2pm is free. Shall I book it?", "yes 2pm is fine"],
    ["What's your name and a phone number?", "Lee, 503 555 0100"],
    ["Which day works for you?", "friday"],
  ])("%s → %s is no new choice of time", (bot, customer) => {
    expect(choosesSlotNow(bot, customer)).toBe(false);
  });
});
