import type { AssistantTurn } from "./assistant-turns";
import { isNegated } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";

/** Walk-in talk: the word itself, or a walk-in visit ("drop in", "no booking needed"). */
const WALK_IN =
  /\bwalk(?:ing)?[- ]?ins?\b|\bdrop[- ]ins?\b|\bno (?:booking|appointment)s? (?:needed|required)\b|\bwithout (?:a |an )?(?:booking|appointment)\b/i;
/** A part of the week or the day: what a window is made of. */
const WHEN =
  "(?:mornings?|afternoons?|evenings?|lunch(?:time)?|weekdays?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|before \\d|after \\d|until \\d|till \\d|from \\d|between \\d|the (?:first|last) (?:hour|\\w+ hours))";
/**
 * A limit on when walk-ins are taken: "only taken in the afternoon", "walk-ins only after 2", "mornings are reserved
 * for booked drop-offs", "no walk-ins on Saturdays", "walk-ins until 4 — after that only booked drop-offs".
 */
const LIMIT = new RegExp(
  `\\bonly\\b[^.;!?]{0,40}?\\b${WHEN}|\\b${WHEN}[^.;!?]{0,20}?\\b(?:are|is) (?:reserved|kept|set aside|saved|held) for\\b|\\bno (?:walk[- ]?ins?|drop[- ]ins?)\\b[^.;!?]{0,20}?\\b(?:on|in|during|before|after)\\b[^.;!?]{0,15}?\\b${WHEN}|\\b${WHEN}[^.;!?]{0,30}?\\b(?:after|before|outside) (?:that|then|those hours)\\b[^.;!?]{0,40}?\\b(?:only|just|no)\\b`,
  "i",
);

/**
 * Limits a reply puts on when walk-ins are served (policy.walk_in: first come, first served whenever the shop is open):
 * a time of day or part of the week walk-ins are confined to or kept out of. Read only in sentences about walk-ins
 * (or right after one),
 * and not when the sentence is a negated or conditional one.
 */
export function walkInWindowClaims(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  let previous = "";
  for (const { sentence } of splitMessage(turn.text)) {
    // The sentence after one about walk-ins goes on about them ("Pads are walk-in. Evenings are kept for bookings.").
    const about = WALK_IN.test(sentence.text) || WALK_IN.test(previous);
    previous = sentence.text;
    if (!about || /^\W*if\b/i.test(sentence.text)) continue;
    const m = LIMIT.exec(sentence.text);
    // A negation before the limit ("walk-ins aren't only for mornings") lifts it; "we're only open till 3" is hours.
    if (!m || isNegated(sentence.text.slice(0, m.index)) || /\b(?:open|close[sd]?)\b/i.test(m[0])) continue;
    out.claims.push({ kind: "walk_in_window", value: "restricted", service: null, text: sentence.text });
  }
  return out;
}
