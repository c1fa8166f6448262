import { type Handbook, handbook } from "../../knowledge-base/index";
import {
  AFFIRMATIVE_OPENER,
  BOOK,
  BRING_IN,
  findMoney,
  firstFailingTurn,
  GENERAL_DECLINE,
  isNegated,
  NOT_OFFERED_PATTERNS,
  negatedAt,
  notOfferedIn,
  OFFER,
  REFERRAL,
  servicesIn,
  splitMessage,
} from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

const AVAILABLE = /\b(?:available|on offer|offered|in stock|possible)\b/i;
const PRONOUN_OFFER = new RegExp(
  `${OFFER.source}(?:\\s+(?:it|that|this|them|those|one|too|as well|for you|while|at the same time|today|tomorrow)\\b|\\s*[,.!;—–-]|\\s*$)`,
  "i",
);

/** One clause's reading for one not-offered item. */
function clauseOffers(text: string, item: (typeof NOT_OFFERED_PATTERNS)[number]): "offer" | "decline" | null {
  const flags = item.re.flags.includes("g") ? item.re.flags : `${item.re.flags}g`;
  const hits = [...text.matchAll(new RegExp(item.re.source, flags))];
  if (!hits.length || (item.context && !item.context.test(text))) return null;
  // Any mention declined in the clause declines it ("Damper rebuild: we don't do fork internals, so a rebuild…").
  if (hits.some((m) => negatedAt(text, m.index, m.index + m[0].length)) || REFERRAL.test(text)) return "decline";
  if (OFFER.test(text) || BRING_IN.test(text) || BOOK.test(text) || AVAILABLE.test(text) || findMoney(text).length)
    return "offer";
  return null;
}

/** over_eager: a reply that offers, prices, books or promises something the shop does not do (negation-aware). */
export function checkNotOffered(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-not-offered", "over_eager", (turn) => {
    const clauses = splitMessage(turn.text).flatMap((s) => s.clauses.map((c) => c.text));
    const userItems = notOfferedIn(turn.userText);
    const userAsksOnlyThat = userItems.length > 0 && servicesIn(turn.userText).length === 0;
    const declinedAnyhow = GENERAL_DECLINE.test(turn.text) || REFERRAL.test(turn.text);
    const pronounOffer =
      AFFIRMATIVE_OPENER.test(turn.text) ||
      clauses.some((c) => !isNegated(c) && (PRONOUN_OFFER.test(c) || BRING_IN.test(c)));
    for (const item of NOT_OFFERED_PATTERNS) {
      const readings = clauses.map((c) => clauseOffers(c, item));
      const name = h.notOffered.find((n) => n.id === item.id)?.name ?? item.id;
      const offered = readings.indexOf("offer");
      if (offered >= 0)
        return { reason: `offers ${name}, which the shop does not do — "${clauses[offered]}"`, factIds: [item.id] };
      const declined = readings.includes("decline") || declinedAnyhow;
      if (userAsksOnlyThat && userItems.includes(item.id) && pronounOffer && !declined)
        return {
          reason: `agrees to ${name} the customer asked for, which the shop does not do — "${turn.text.slice(0, 160)}"`,
          factIds: [item.id],
        };
    }
    return null;
  });
}
