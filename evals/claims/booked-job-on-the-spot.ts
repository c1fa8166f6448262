import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";
import { findServices } from "./service-mentions";

/**
 * The job done at the visit itself, no drop-off appointment: "on the spot", "there and then", "at the counter". ("While
 * you wait" alone is a turnaround, read by the duration checks.)
 */
const AT_THE_VISIT =
  /\b(?:on the spot|while you'?re (?:here|there|in)|there and then|same visit|(?:mention|ask for) it at the counter|when you (?:come|pop|swing|stop) (?:in|by)|in (?:a few|about \d+|\d+) minutes)\b/i;

const AT_THE_VISIT_ALL = new RegExp(AT_THE_VISIT.source, "gi");

const jobsIn = (text: string): ServiceId[] =>
  findServices(text)
    .filter((m) => !m.part && !m.included && !m.past && !negatedAt(text, m.start, m.end))
    .map((m) => m.service);

/**
 * A job that must be booked (tune-up, full service, cables, truing) said to be done at the visit — "we can true the
 * wheel on the spot", "the cable swap is done while you wait": a walk-in stance for it, whatever the words. The job is
 * the clause's, else the sentence's when it names only jobs that must be booked.
 */
export function bookedJobOnTheSpot(turn: AssistantTurn, h: Handbook = handbook): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  const kind = (id: ServiceId) => h.services.find((s) => s.id === id)?.booking;
  for (const { sentence, clauses } of splitMessage(turn.text))
    for (const c of clauses) {
      // The last cue not negated where it stands ("ask at the counter and we'll do the tune-up when you come in").
      const cue = [...c.text.matchAll(AT_THE_VISIT_ALL)]
        .filter((m) => !negatedAt(c.text, m.index, m.index + m[0].length))
        .at(-1);
      if (!cue) continue;
      if (/^\W*(?:if|unless|whether)\b/i.test(c.text)) continue;
      // The job the cue follows in its clause ("true the wheel on the spot"), else the sentence's when every job it
      // names must be booked; "while you wait for the flat" waits on a walk-in job and books nothing.
      const before = findServices(c.text).filter(
        (m) => !m.part && !m.included && !m.past && m.end <= cue.index && !negatedAt(c.text, m.start, m.end),
      );
      const sentenceJobs = jobsIn(sentence.text);
      const subjects = before.length ? [before.at(-1)!.service] : findServices(c.text).length ? [] : sentenceJobs;
      if (!subjects.length || subjects.some((id) => kind(id) !== "required")) continue;
      for (const service of new Set(subjects))
        out.claims.push({ kind: "booking", value: "walk_in", service, text: c.text });
    }
  return out;
}
