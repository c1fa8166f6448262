import { describe, expect, it } from "vitest";
import type { Topic } from "../schema";
import { clauses } from "./classify-message";
import { notTheShops } from "./fact-owner";

const all: Topic[] = ["location", "contact", "payment", "hours"];

describe("notTheShops: shop-fact words that are the customer's own or only told about", () => {
  it.each<[string, Topic[]]>([
    // The customer's own address, phone, e-mail or hours, or a thing only told about.
    ["my home address changed last month — do you fix flats?", ["location"]],
    ["the postcode on my insurance form is out of date, anyway can you look at my brakes", ["location"]],
    ["is my mobile number printed on the work order?", ["contact"]],
    ["my e-mail bounced yesterday", ["contact"]],
    ["my sister's phone is broken so I'm messaging from hers. what time do you close saturday?", ["contact"]],
    ["I work night hours, can I drop the bike before work?", ["hours"]],
    ["I get paid on friday, can I book a tune-up for saturday?", ["payment"]],
    ["text me when it's ready", ["contact"]],
    ["card got declined at the other place lol. you guys do flats?", ["payment"]],
    // The shop's, or asked with no owner.
    ["what's your address?", []],
    ["address pls", []],
    ["what's your number, my phone is about to die", []],
    ["can I text you from my phone", []],
    ["what's the shop phone", []],
    ["do you take my visa card?", []],
    ["can my wife pay cash when she picks it up?", []],
    ["my office opens at 8, are you open before that?", []],
    // No fact word at all: found from other words, never ruled out.
    ["where are you guys?", []],
    // The shop's own said as "yours" beside the customer's.
    ["our store closes at 9 on weekdays, when does yours?", []],
    ["my hours are 7 to 3 — what are yours on a saturday", []],
    // A question pointing back asks about what was told before it.
    ["I'll be paying with the company card, is that alright?", []],
  ])("%s → not the shop's: %j", (text, out) => expect(notTheShops(clauses(text), all)).toEqual(out));

  it("a clause asking the topic in other words keeps it beside someone else's fact word", () => {
    const text = "my cousin's address is near you, is the shop on the east side?";
    expect(notTheShops(clauses(text), ["location"])).toEqual(["location"]);
    const asksWhere = (t: string, topic: Topic) => topic === "location" && /\bis the shop on\b/.test(t);
    expect(notTheShops(clauses(text), ["location"], asksWhere)).toEqual([]);
  });
});
