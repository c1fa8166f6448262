import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import { type AssistantTurn, perTurn } from "./assistant-turns";
import { blankOut, isNegated } from "./negation";
import { splitMessage } from "./sentences";
import { findServices } from "./service-mentions";
import { focusService } from "./turn-claims";

/** Words pledging an outcome: "I can guarantee", "I promise", "you can count on it", "for sure", "absolutely will". */
const PLEDGE =
  /\b(?:guarantee[ds]?|promise[ds]?|make sure|ensure|you have my word|see to it|count on|rest assured|for sure|(?:will|'ll) (?:definitely|absolutely|certainly)|definitely (?:be|get|have)|100 ?%)\b/i;
/** The job finished by a set moment: "done in time", "ready by 10:30", "back on the road by", "well before noon". */
const FINISHED_BY =
  /\b(?:ready|done|finished|fixed|sorted|complete[d]?|back on the road|out the door|on your way|rolling)\b[^.;!?]{0,40}?\b(?:by|before|in time|at the latest|with time to spare)\b|\b(?:in time for|before) your\b/i;
/** A place in the queue the shop cannot give a walk-in: first in line, no wait, a spot held, the team told to expect you. */
const PLACE_HELD =
  /\b(?:(?:you(?:'ll| will|'d| would|'re| are)?|put you|get you)\s+(?:be\s+|get\s+)?(?:right\s+|at\s+)?(?:the\s+)?(?:first in (?:line|the queue)|(?:at\s+)?(?:the\s+)?front of the (?:line|queue))|(?:no|zero|without (?:a|any)) (?:wait(?:ing)?|queue|line)\b(?! (?:list|times? (?:for|to)))|(?:hold|save|keep|reserve|block)\s+(?:you\s+)?(?:a|your|the)\s+(?:spot|place|stand|bench|mechanic)|(?:tell|let|give)\s+(?:the |our )?(?:team|mechanics?|techs?|guys|crew|shop|staff)\b[^.;!?]{0,30}\b(?:expect you|know you'?re coming|you'?re (?:coming|on your way)|heads[- ]up)|(?:take|see|get) you (?:in )?(?:straight|right) (?:away|in)\b|(?:stand|bench|mechanic) (?:will be )?(?:ready|waiting|free) for you|(?:won'?t|will not|don'?t|shouldn'?t) (?:have to |need to )?(?:wait|queue)\b)/i;
const PLACE_HELD_ALL = new RegExp(PLACE_HELD.source, "gi");
/** "If you come after 2, …", "as long as it's quiet": a condition pledges nothing. */
const CONDITIONAL = /^\W*(?:if|whether|unless|as long as|provided)\b/i;

/** A pledge the shop cannot make for a walk-in visit: which walk-in job, which pledge, and the words. */
export interface WalkInPledge {
  service: ServiceId;
  pledge: "finish_time" | "queue_place";
  text: string;
}

const jobsIn = (text: string) =>
  findServices(text)
    .filter((m) => !m.part && !m.included && !m.past)
    .map((m) => m.service);

/**
 * What a reply pledges about a walk-in visit (policy.walk_in: first come, first served, a wait in the morning rush): a
 * set finish time ("guaranteed done by 10:30") or a place in the queue ("first in line", "no wait", "I'll let the team
 * know to expect you"), in a clause not negated ("I can't promise") nor conditional. The job is the sentence's, else
 * the reply's, else the customer's; it must be walk-in, and no job that must be booked may be in the reply.
 */
export function walkInPledges(turn: AssistantTurn, h: Handbook = handbook): WalkInPledge[] {
  const kind = (id: ServiceId) => h.services.find((s) => s.id === id)?.booking;
  const replyJobs = jobsIn(turn.text);
  if (replyJobs.some((id) => kind(id) === "required")) return [];
  const customer = jobsIn(turn.userText);
  const fallback = replyJobs[0] ?? customer[0] ?? focusService(turn);
  const out: WalkInPledge[] = [];
  for (const { sentence, clauses } of splitMessage(turn.text))
    for (const c of clauses) {
      // "no wait", "won't have to queue" are the pledge itself: blanked before looking for a negation.
      if (CONDITIONAL.test(c.text) || isNegated(blankOut(c.text, [PLACE_HELD_ALL]))) continue;
      const finish = PLEDGE.test(c.text) && FINISHED_BY.test(c.text);
      const place = PLACE_HELD.test(c.text);
      if (!finish && !place) continue;
      const service = jobsIn(sentence.text)[0] ?? fallback;
      if (!service || kind(service) !== "walk_in") continue;
      out.push({ service, pledge: finish ? "finish_time" : "queue_place", text: c.text });
    }
  return out;
}

/** The walk-in pledges of one turn, read once per scoring. */
export const walkInPledgesOf = perTurn((turn: AssistantTurn, _now: string, h: Handbook) => walkInPledges(turn, h));
