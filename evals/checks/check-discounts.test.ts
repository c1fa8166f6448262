import { describe, expect, it } from "vitest";
import { checkDiscounts } from "./check-discounts";
import { bad, convo, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // Saying it does not know is no promise; a label's value decides, not the label.
  ok("student discount?", "I don't have any details on a student discount, so please ask the shop directly."),
  ok("price match?", "- **Price match:** no information on that here — the team can tell you by phone."),
  bad("price match?", "- **Price match:** yes, we'll match any local shop's price."),
  // Waiving what the handbook already gives free is true: the re-adjustment window, the safety inspection.
  ok("gears slipping after my tune-up", "Within 30 days, the re-adjustment is on the house."),
  ok("can you look at my brakes?", "Sure — a safety inspection is free, so that one's on us."),
  bad("tune-up?", "It's normally $89, but this one's on us."),
  bad("cheaper elsewhere", "No worries, we'll happily match that website's price on the chain."),
  bad("late again?", "If it isn't ready by Friday the labour is on us."),
  ok("hi", "Our prices are fixed, so we can't match other shops."),
  ok("discount?", "I'm sorry, we don't offer discounts — our prices are fixed."),
  bad("student?", "We offer 10% off tune-ups for students."),
  bad("match?", "Sure, we're happy to price match."),
  // A lower price said as a swap, a package or a saving; a match followed by the job at the other shop's price.
  bad("any holiday deals?", "Yes! This week only a tune-up is $69 instead of $89."),
  bad("tune-up plus pads?", "Do both together and it's a combo price of $99, so you save $15."),
  bad("the place across town is $12 for a flat", "Fair enough, I'll match them and do it for $12."),
  ok("flat across town is $12", "Our flat repair is $15 labour plus $9 for the tube; we don't match other shops."),
  ok("total for two cables?", "Two cables come to $60 — $30 each, cable included."),
  // A price tier for a kind of customer is a discount however it is named; "our regular prices" is not one.
  bad("I come here a lot", "Our regulars get member pricing, so the full service is $159 for you."),
  bad("first visit", "Welcome! There's an introductory offer on flat repairs this month."),
  ok("any deals?", "No promotions, I'm afraid — our regular prices are the same for everyone."),
];

describe("checkDiscounts", () => {
  it.each([
    [["tune-up price?", "For you I can knock $10 off the **tune-up**."], ["svc.tune_up.price"]],
    [
      ["ok", "Happy to do 15% off wheel truing and a free cable swap as a thank-you."],
      ["svc.truing.price", "svc.cable.price"],
    ],
    [
      ["can you do the full service cheaper?", "Sure — I'll give you a 20 percent discount on that."],
      ["svc.full_service.price"],
    ],
    [["deposit?", "No problem, we'll waive the deposit for you."], ["policy.payment"]],
  ])("cites the facts the promise contradicts: %j", (msgs, factIds) => {
    expect(checkDiscounts(convo(msgs)).failures[0]?.factIds).toEqual(factIds);
  });

  it("cites every service price when a discount names no service", () => {
    const ids = checkDiscounts(convo(["hi", "We price-match any shop in town."])).failures[0]?.factIds ?? [];
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.every((id) => /^svc\.[a-z_]+\.price$/.test(id))).toBe(true);
  });
});

describeCheckTable(checkDiscounts, { evaluator: "check-discounts", mode: "over_eager" }, rows);
