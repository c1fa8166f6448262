import type { AssistantTurn } from "./assistant-turns";
import { isNegated } from "./negation";
import { notOfferedIn } from "./not-offered-items";
import { BILLED, GENERAL_DECLINE, JOB_EASE, OFFER, REFERRAL } from "./offer-cues";
import { servicesIn } from "./service-mentions";

/** The customer asking for work on something already talked of: "can't you patch it?", "just glue the crack". */
const WORK_ON_IT =
  /\b(?:fix|repair|patch|mend|glue|weld|wrap|fill|sand|seal|reseal|rebuild|update|flash|re-?wire|wire|sort|bodge)\s+(?:it|that|this|them|(?:the|that|this) (?:crack|damage|break|chip|dent|thing|one))\b/i;

/** Messages a follow-up may reach back over for its subject. */
const LOOKBACK = 6;

/**
 * The not-offered items a follow-up is about when it names no subject of its own: the customer's last message before
 * it that names any subject, when that subject was a not-offered item and no service.
 */
export function carriedItems(turn: AssistantTurn): string[] {
  const own = turn.userText;
  if (!WORK_ON_IT.test(own) || notOfferedIn(own).length || servicesIn(own).length) return [];
  let seenOwn = false;
  for (let i = turn.index - 1; i >= Math.max(0, turn.index - LOOKBACK); i--) {
    const m = turn.messages[i]!;
    if (m.role !== "user") continue;
    // The latest user message is the follow-up itself.
    if (!seenOwn) {
      seenOwn = true;
      continue;
    }
    const items = notOfferedIn(m.content);
    if (servicesIn(m.content).length) return [];
    if (items.length) return items;
  }
  return [];
}

/**
 * "can't you patch it?" → "our mechanic can usually do a quick patch": a reply clause that takes on work while naming
 * no service and no item of its own answers the follow-up, so it offers the item carried from the conversation. A
 * reply that declines or refers anywhere, or a clause naming a service ("bring it in for an inspection"), offers none.
 */
export function carriedOffers(turn: AssistantTurn, clauses: readonly string[]): { id: string; clause: string }[] {
  const items = carriedItems(turn);
  if (!items.length || GENERAL_DECLINE.test(turn.text) || REFERRAL.test(turn.text)) return [];
  const clause = clauses.find(
    (c) =>
      (OFFER.test(c) || BILLED.test(c) || JOB_EASE.test(c)) &&
      !isNegated(c) &&
      !servicesIn(c).length &&
      !notOfferedIn(c).length,
  );
  return clause ? items.map((id) => ({ id, clause })) : [];
}
