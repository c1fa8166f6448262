import type { AssistantTurn } from "./assistant-turns";
import { blankOut, isNegated, negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";

const WALK_IN = /\bwalk(?:ing)?[- ]?ins?\b|\bwalk(?:ing)? (?:it |the bike |your bike )?in\b|\bdrop[- ]?ins?\b/i;
/** Walk-ins put ahead of others: "walk-ins get priority", "you'd skip the queue", "ahead of booked drop-offs". */
const PRIORITY =
  /\b(?:get|gets|have|has|take|takes|are given|is given|receive|given)\s+(?:top\s+|first\s+)?(?:priority|precedence)\b|\b(?:priority|precedence)\s+(?:to|for|over)\b|\bwalk[- ]?ins?\b[^.;]{0,20}\b(?:jump|skip|bypass|cut)\s+(?:the\s+)?(?:queue|line)\b|\b(?:go|goes|move|moved|put)\s+(?:straight\s+)?(?:ahead of|to the front)\b|\bahead of (?:any |the )?(?:booked|scheduled|appointment)/i;
/** Served without waiting: "seen right away", "no wait", "never a queue". */
const NO_WAIT =
  /\b(?:seen|served|helped|looked at|taken in|dealt with|worked on)\s+(?:to\s+)?(?:right away|immediately|straight away|right then|instantly|on the spot|at once)\b|\b(?:no|never (?:a|any)|zero)\s+(?:wait(?:ing)?|queue|line)\b(?!\s+(?:list|times? (?:for|to)))/i;
/** When a wait is normal (policy.walk_in, busy.morning): the morning rush, opening time, any time at all. */
const WAIT_EXPECTED =
  /\b(?:morning|first thing|opening|open(?:s)? at|when (?:we|you) open|(?:9|10|11) ?am|always|every time|any ?time|guaranteed?|whenever)\b/i;

/**
 * Walk-in queue terms a reply states (policy.walk_in: first come, first served, expect a wait in the morning rush):
 * walk-ins put ahead of others, or served without a wait when a wait is normal (the morning, or "always").
 */
export function walkInQueueClaims(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  const askedAboutWalkIn = WALK_IN.test(turn.userText);
  for (const { sentence, clauses } of splitMessage(turn.text)) {
    if (!askedAboutWalkIn && !WALK_IN.test(sentence.text)) continue;
    for (const c of clauses) {
      // "If you'd rather skip the queue, …": a condition, not a promise.
      if (/^\W*if\b/i.test(c.text)) continue;
      const priority = PRIORITY.exec(c.text);
      if (priority && !negatedAt(c.text, priority.index, priority.index + priority[0].length)) {
        out.claims.push({ kind: "walk_in_queue", value: "priority", service: null, text: c.text });
        continue;
      }
      const noWait = NO_WAIT.exec(c.text);
      if (!noWait || isNegated(blankOut(c.text, [NO_WAIT]))) continue;
      // "never a wait" promises it always; otherwise only where a wait is normal.
      if (
        /^never\b/i.test(noWait[0]) ||
        WAIT_EXPECTED.test(c.text) ||
        (WAIT_EXPECTED.test(turn.userText) && !/\bafternoon|after (?:2|two)\b/i.test(sentence.text))
      )
        out.claims.push({ kind: "walk_in_queue", value: "no_wait", service: null, text: c.text });
    }
  }
  return out;
}
