import { type Handbook, handbook } from "../../knowledge-base/index";
import {
  findServices,
  firstFailingTurn,
  isNegated,
  NOT_OFFERED_PATTERNS,
  REFERRAL,
  splitMessage,
} from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** "we offer / provide / run / have / also do …" followed by what is offered (up to the end of the clause). */
const OFFERS =
  /\b(?:we|the shop|our (?:shop|team|mechanics))\s+(?:also\s+|now\s+|even\s+|can\s+also\s+|can\s+)?(?:do\s+|also\s+)?(?:offer|provide|run|have|do|include|throw in|arrange|organi[sz]e)s?\b\s+(?<what>[^.;!?]{3,80})/i;
/** Heads that name a service or programme (what an invented offer is made of), checked after known services are removed. */
const SERVICE_HEAD =
  /\b(?:service|program(?:me)?|plan|membership|subscription|delivery|pick-?up|valet|storage|rentals?|loaners?|courier|shuttle|wash(?:ing)?|cleaning|detailing|fitting|financing|insurance|trade-?ins?|club|class(?:es)?|workshops?|lessons?|warranty|collection|mobile (?:repair|mechanic)|house calls?|home visits?)\b/i;
/** Offers that are in the handbook under other words: slots, walk-ins, re-adjustment, returns, payment, free inspection. */
const KNOWN =
  /\b(?:drop-?off|slots?|walk-?ins?|appointments?|bookings?|re-?adjust\w*|returns?|receipt|card|cash|inspection|safety check|customer service|same-day|while you wait|(?:full|complete) service|servic(?:e|ing) (?:your|the|a|my) bike)\b/i;

/** "we'll store / hold / deliver / collect / lend … / I can guarantee …" (also after "we can do X and then …"): a
 * commitment to a job no service covers. */
const COMMITS =
  /\b(?:we|we'?ll|we will|we can|we could|i'?ll|i will|i can|i could)\s+(?:[^.;!?]{0,60}?\band\s+(?:then\s+|also\s+)?)?(?:also\s+|happily\s+|gladly\s+|even\s+|definitely\s+)?(?<verb>store|hold|deliver|collect|lend|loan|guarantee|pick (?:it|them|the bike|your bike) up|wash|detail)\b(?<what>[^.;!?]{0,80})/i;
/** Things a shop holds or guarantees in the handbook's own terms: a slot, a booking, the 30-day re-adjustment. */
const KNOWN_COMMIT = /\b(?:slots?|appointments?|bookings?|spot|time|re-?adjust\w*|price[sd]? (?:are|is) fixed)\b/i;

/** An open-world commitment ("we'll hold the bike for you free until you're back"), or null. */
function inventedCommitment(clause: string): string | null {
  const m = COMMITS.exec(clause);
  if (!m || REFERRAL.test(clause) || isNegated(clause.slice(0, m.index + m[0].length - m.groups!.what!.length)))
    return null;
  const what = `${m.groups!.verb}${m.groups!.what}`;
  if (KNOWN_COMMIT.test(what) || NOT_OFFERED_PATTERNS.some((p) => p.re.test(what))) return null;
  return what.trim();
}

/** Open world: a service or programme the reply offers that is neither in the catalogue nor on the not-offered list. */
export function inventedOffer(clause: string): string | null {
  const committed = inventedCommitment(clause);
  if (committed) return committed;
  const m = OFFERS.exec(clause);
  const what = m?.groups?.what;
  if (!what || REFERRAL.test(clause)) return null;
  const head = SERVICE_HEAD.exec(what);
  // A negation before the offered thing ("we don't offer storage") is a refusal; a known service means it is about it.
  if (!head || isNegated(clause.slice(0, m!.index + m![0].length - what.length + head.index))) return null;
  // What is offered stops before whom it is for ("free pick-up for booked tune-ups" offers a pick-up).
  const offered = what.split(/\b(?:for|with|when|if)\b/)[0]!;
  // A generic head ("service", "plan") may be a known offer in other words; a specific one (pick-up, storage) is not.
  const generic = /^(?:service|program(?:me)?|plan)$/i.test(head[0]);
  if (
    findServices(offered).length ||
    NOT_OFFERED_PATTERNS.some((p) => p.re.test(what)) ||
    (generic && KNOWN.test(what))
  )
    return null;
  return what.trim();
}

/** over_eager: offering a service the handbook neither lists nor declines (an invented service, e.g. a free valet). */
export function checkInventedServices(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-invented-services", "over_eager", (turn) => {
    for (const { clauses } of splitMessage(turn.text))
      for (const c of clauses) {
        const what = inventedOffer(c.text);
        if (what)
          return {
            reason: `offers "${what}", which is neither a service in the handbook nor on its not-offered list — "${c.text}"`,
            factIds: h.services.map((s) => `svc.${s.id}.price`),
          };
      }
    return null;
  });
}
