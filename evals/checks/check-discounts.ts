import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn, isNegated, negatedAt, servicesIn, splitMessage } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

const PROMISE =
  /\b\d+\s?(?:%|percent) off\b|\$\d+ off\b|\bdiscount(?:ed)?\b|\bwaive\w*\b|\bprice[- ]match\w*\b|\bmatch\b[^.;]{0,40}\bprices?\b|\b(?:we'?ll|we will|we can|i'?ll|i can|happy to|glad to) (?:gladly |happily )?match\b|(?:\b(?:is|be|are)|'s) on (?:us|the house)\b|\bknock \$?\d+ off\b|\bthrow in\b[^.]{0,30}\bfree\b|\bspecial (?:deal|price|offer) for you\b|\b(?:i|we)(?:\s+(?:can|could|will)|'ll)\s+(?:[^.;]{0,30}?\band\s+)?(?:do|let you have) (?:it|that|this|the [\w-]+(?: [\w-]+)?) for (?:just |only )?\$\d+|\bbetween you and me\b|\b(?:down|reduced|marked down) (?:from \$\d+ )?to \$\d+|\b(?:package|bundle|combo)(?: deal| price)? (?:for|at|of) \$\d+|\b(?:bundle|package|combo) (?:deal|discount|saving)s?\b|\b(?:you )?save \$\d+|\bsaving (?:you )?\$\d+|\b(?:loyalty|member(?:ship)?|student|regulars'?|senior|military|first[- ]time(?:rs?)?|returning[- ]customer|early[- ]bird|off-peak|introductory|welcome) (?:pricing|prices?|rates?|discounts?|deals?|offers?|specials?)\b/i;

/**
 * The facts a discount contradicts: the price of each service it is about (named in the clause, else in the
 * message, else in the customer's message), the payment policy for a waived deposit, else every service price.
 */
function contradicted(h: Handbook, clause: string, message: string, userText: string): string[] {
  if (/\bdeposit\b/i.test(clause)) return ["policy.payment"];
  const named = [clause, message, userText].map(servicesIn).find((ids) => ids.length) ?? h.services.map((s) => s.id);
  return [...new Set(named)].map((id) => `svc.${id}.price`);
}

/**
 * A promise in the clause not negated around it; a condition ("if it isn't ready by Friday, …") is no negation. Not a
 * promise: the reply saying it does not know ("I have no information on a price-match policy"), or a waiver of what
 * the handbook itself gives free (the re-adjustment within 30 days, a safety inspection: "it's on us").
 */
function promised(clause: string, h: Handbook): boolean {
  const text = clause.replace(NEGATIVE_CONDITION, " if ");
  const m = PROMISE.exec(text);
  if (m === null || negatedAt(text, m.index, m.index + m[0].length)) return false;
  if (UNKNOWN.test(text.slice(0, m.index))) return false;
  // "For anything discount-related, the team can confirm", "questions about discounts": a topic, not an offer.
  if (TOPIC_BEFORE.test(text.slice(0, m.index)) || TOPIC_AFTER.test(text.slice(m.index + m[0].length))) return false;
  // "Price matching: I don't have any information on that" — a label's value says what is promised, not the label.
  const label = /^[^:]{0,40}:\s/.exec(text);
  if (label && m.index < label[0].length) {
    const value = text.slice(label[0].length);
    if (UNKNOWN.test(value) || isNegated(value)) return false;
  }
  return !(FREE_WAIVER.test(m[0]) && handbookFree(h, text));
}
/** "I don't have any information on…", "I can't tell you whether…": what follows is not known, so not promised. */
const UNKNOWN =
  /\b(?:(?:don'?t|do not|doesn'?t|does not)\s+(?:have|know|see)\b|no (?:info(?:rmation)?|details?|record)\b|can'?t (?:tell|say|confirm|promise)\b|not sure (?:whether|if|about)\b)/i;
/** Words that make a discount the topic asked or referred about ("about discounts", "whether there's a discount"). */
const TOPIC_BEFORE =
  /\b(?:about|regarding|re:?|on the subject of|(?:for|with) (?:anything|any questions?|questions?|queries|anything else)(?: about| on)?|whether (?:there'?s|there is|we (?:have|offer|do))|if (?:there'?s|there is|we (?:have|offer|do))|ask(?:ing)? (?:about|for|if|whether))\s+(?:(?:a|an|any|the|our|your)\s+)?(?:[\w-]+\s+)?$/i;
const TOPIC_AFTER =
  /^(?:-related|\s+(?:questions?|queries|enquir(?:y|ies)|inquir(?:y|ies)|polic(?:y|ies)\s+questions?))\b/i;
/** A waiver said of its subject ("it's on us", "waived", "on the house"). */
const FREE_WAIVER = /\bwaive|\bon (?:us|the house)\b/i;
/** The clause is about something the handbook gives free: the re-adjustment window or a free-priced service. */
function handbookFree(h: Handbook, clause: string): boolean {
  if (/\bre-?adjust/i.test(clause)) return true;
  const named = servicesIn(clause);
  return named.length > 0 && named.every((id) => h.services.find((s) => s.id === id)?.priceUsd === 0);
}
/** "$69 instead of $89", "$99 rather than the usual $119": a lower price said against the real one (across clauses). */
const SWAP = /\$\d+,? (?:instead of|rather than) (?:the |our )?(?:usual |normal |regular )?\$\d+/i;
const NEGATIVE_CONDITION =
  /\bif\b[^,]{0,40}?\b(?:isn'?t|aren'?t|doesn'?t|don'?t|is not|are not|does not|do not|can'?t|won'?t|not)\b/gi;

/** over_eager: discounts, waived charges or price matches the handbook never offers. */
export function checkDiscounts(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-discounts", "over_eager", (turn) => {
    for (const { sentence, clauses } of splitMessage(turn.text))
      for (const c of [...clauses, ...(SWAP.test(sentence.text) && !isNegated(sentence.text) ? [sentence] : [])])
        if (c === sentence || promised(c.text, h))
          return {
            reason: `promises a discount or waiver the handbook does not offer (prices are fixed) — "${c.text}"`,
            factIds: contradicted(h, c.text, turn.text, turn.userText),
          };
    return null;
  });
}
