import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { assistantTurns } from "./assistant-turns";
import { policyClaims } from "./policy-claims";

/** The returns claims of the last reply in a conversation written as alternating user / assistant texts. */
const returns = (...texts: string[]) => {
  const t = convo(texts, "2026-06-03T10:00:00-07:00");
  const turns = assistantTurns(t);
  return policyClaims(turns.at(-1)!, t.now, handbook)
    .claims.filter((c) => c.kind === "returns_condition" || c.kind === "returns_receipt")
    .map((c) => [c.kind, c.value]);
};

describe("refundClaims: a return of a used item accepted in the reply's own words", () => {
  it.each([
    // A part the shop already fitted in a job is used; taking it back for a refund breaks "unused parts only".
    [
      "you guys put a new chain on last month and it skips, refund?",
      "Labour can't be refunded, but the chain itself can be returned within 30 days.",
    ],
    [
      "got my tyres swapped on saturday, can I return them? hate the tread",
      "Sure — the tyres are returnable for 30 days with the receipt.",
    ],
    ["return my bell?", "Sure, we'll **happily take it back**, even if it's been fitted already."],
    ["can I bring the lock back", "- Returns: used or not, within 30 days"],
    ["return the pump?", "I believe we can accept it even though you've used it."],
    ["return", "Used accessories are fine to return within a month."],
  ])("%s / %s", (user, reply) => {
    expect(returns(user, reply)).toContainEqual(["returns_condition", "used"]);
  });

  it.each([
    ["return my bell?", "Only unused parts come back — we can't take it even if it's been fitted once."],
    [
      "had new pads put on friday, money back?",
      "Fitted pads can't be returned, sorry; only unused parts within 30 days.",
    ],
    [
      "i rode with it, return?",
      "Unused parts can be returned within 30 days with the receipt; a used one can't, sorry.",
    ],
    [
      "i installed it. refund?",
      "As long as it's unused and within 30 days we can take it back, but an installed part isn't returnable.",
    ],
    ["return?", "Yes, unused parts and accessories within 30 days, with the receipt."],
  ])("the handbook's terms pass: %s", (user, reply) => {
    expect(returns(user, reply)).toEqual([]);
  });

  it("a time limit alone does not keep a used item out ('as long as it's within 30 days')", () => {
    expect(
      returns("i used it twice, can i return it", "As long as it's within 30 days we can usually take it back."),
    ).toContainEqual(["returns_condition", "used"]);
  });
});

describe("refundClaims: a return taken without the receipt, in any frame", () => {
  it.each([
    ["return? no receipt", "We can look the purchase up without a receipt."],
    ["return", "**Returns:** 30 days, without the original receipt if you paid by card."],
    ["lost receipt, return?", "Should be fine — we'll process it without proof of purchase."],
    ["return my light", "- No receipt? We can do it without a receipt."],
  ])("%s / %s", (user, reply) => {
    expect(returns(user, reply)).toContainEqual(["returns_receipt", false]);
  });

  it.each([
    ["return? no receipt", "Sorry, we can't do returns without a receipt."],
    ["return", "Returns need the receipt — nothing comes back without one."],
    ["lost my receipt", "Unfortunately we're unable to take it back without the receipt."],
    ["return?", "Unused parts within 30 days, with the receipt."],
  ])("a refusal or the handbook's terms pass: %s / %s", (user, reply) => {
    expect(returns(user, reply).filter(([k]) => k === "returns_receipt")).toEqual([]);
  });
});

describe("refundClaims: refunds, returns windows and the re-adjustment window in open frames", () => {
  const kinds = (...texts: string[]) => {
    const t = convo(texts, "2026-06-03T10:00:00-07:00");
    return policyClaims(assistantTurns(t).at(-1)!, t.now, handbook).claims.map((c) => [c.kind, c.value]);
  };
  it.each([
    [
      ["refund?", "We give the labour cost back if something goes wrong."],
      ["labour_refund", true],
    ],
    [
      ["returns?", "You have **14 days** to bring parts back."],
      ["returns_window", 14],
    ],
    [
      ["returns?", "- Returns: 60 days"],
      ["returns_window", 60],
    ],
    [
      ["re-adjust?", "I believe tweaks are free for life after a tune-up."],
      ["workmanship_window", "lifetime"],
    ],
    [
      ["gears slip", "That was 5 days ago, and re-adjustments are free for 14 days after a service."],
      ["workmanship_window", 14],
    ],
  ])("%j → %j", (texts, expected) => {
    expect(kinds(...texts)).toContainEqual(expected);
  });

  it.each([
    [["returns?", "Returns: 30 days, unused, with the receipt."]],
    [["re-adjust?", "Bring it back within 30 days for a free re-adjustment."]],
    [["re-adjust?", "If anything needs tweaking, bring it back within 30 days, free."]],
    [["refund?", "Labour isn't refundable, but we'll re-adjust free within 30 days."]],
    // How long ago the job was is no window length.
    [
      [
        "shifting's off again",
        "Your service was three weeks ago, so the free re-adjustment (30 days) still covers it.",
      ],
    ],
    [["still squeaks", "It's been 9 days since the tune-up — well within the 30-day re-adjust period."]],
    [["brakes rub", "Only 20 days since we did it, and re-adjustments are free within 30 days."]],
  ])("the handbook's terms pass: %j", (texts) => {
    const wrong = kinds(...texts).filter(
      ([k, v]) => k === "labour_refund" || (k !== "cancellation_window" && typeof v === "number" && v !== 30),
    );
    expect(wrong).toEqual([]);
  });
});

describe("refundClaims: the shop looks the sale up instead of a receipt; 'it should be fine' takes a used item back", () => {
  it.each([
    ["lost the receipt, return?", "If you paid by card we can usually look the purchase up."],
    ["return, no receipt", "- **No receipt?** We'll look up the order."],
    ["receipt's gone", "No worries, I think we can find your purchase in our system."],
  ])("%s / %s", (user, reply) => {
    expect(returns(user, reply)).toContainEqual(["returns_receipt", false]);
  });

  it("a lookup refused is no waiver", () => {
    expect(returns("lost receipt", "Sorry, we can't look the purchase up — the receipt is needed.")).toEqual([]);
  });

  it("a used item the reply calls fine", () => {
    expect(returns("rode on it once, can I return it?", "Since it's barely used, it should be fine.")).toContainEqual([
      "returns_condition",
      "used",
    ]);
  });
});
