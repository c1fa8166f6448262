import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn, isNegated, splitMessage } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

const DEPOSIT = /\b(?:deposit|down ?payment|holding fee|booking fee|reservation fee)\b/i;
const UPFRONT =
  /\b(?:pay|payment|paid|settle\w*|(?:the )?bill|charge (?:you|your card)|prepay\w*)\b[^.;]{0,40}?\b(?:up ?front|in advance|ahead of time|when (?:you )?book\w*|at (?:the time of )?booking|to book|online|before (?:we start|the work|drop-?off|your appointment)|(?:when|as) (?:you )?(?:drop\w* (?:it |the bike |your bike )?off|check in|bring (?:it|the bike|your bike) in)|(?:at|on) (?:the )?(?:drop-?off|check-?in))\b|\bprepay\w*\b|\bpre-?paid\b/i;
const PAY_WORDS =
  /\b(?:pay|payment|paid|charge|half|cost|price|fee|percent|amount|balance|total|bill|invoice)\b|\$\d|\d\s?%/i;
const ADVANCE = /\b(?:up ?front|in advance|ahead of time|beforehand)\b/i;
const BOOK_AHEAD =
  /\b(?:book|booked|booking|reserve|schedule)\w*\s+(?:\w+\s+){0,4}(?:in advance|ahead of time|beforehand)\b/gi;
const METHODS =
  /\b(?:cash only|card only|cards? only|cash-only|card-only|(?:don'?t|do not|can'?t|cannot|won'?t) (?:take|accept) (?:cash|cards?|credit cards?|debit cards?))\b/i;

/** policy_confusion: deposits, paying up front, or payment methods contradicting "at pickup, card or cash, no deposit". */
export function checkPayment(t: Transcript, h: Handbook = handbook): CheckResult {
  const fail = (what: string, c: string) => ({
    reason: `${what}; handbook: ${h.policies.find((p) => p.id === "policy.payment")?.text ?? "payment at pickup"} — "${c}"`,
    factIds: ["policy.payment"],
  });
  return firstFailingTurn(t, "check-payment", "policy_confusion", (turn) => {
    for (const { clauses } of splitMessage(turn.text))
      for (const c of clauses) {
        if (METHODS.test(c.text)) return fail("restricts payment methods", c.text);
        if (DEPOSIT.test(c.text) && !isNegated(c.text)) return fail("asks for a deposit", c.text);
        const early = UPFRONT.test(c.text) || (PAY_WORDS.test(c.text) && ADVANCE.test(c.text.replace(BOOK_AHEAD, " ")));
        if (early && !isNegated(c.text)) return fail("asks for payment before pickup", c.text);
      }
    return null;
  });
}
