import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";
import { findServices } from "./service-mentions";
import { focusService } from "./turn-claims";

/**
 * The shop putting the customer in its diary, whatever the verb: "put you down", "set you up", "get you in",
 * "pencil you in", "reserve", "lock that in", "get you on the calendar", "hold a slot".
 */
const DIARY_MOVE =
  /\b(?:(?:put|pencil|slot|fit|squeeze|get|set|sign|book|lock|write)\s+(?:you|that|it|this|her|him|them)\s+(?:down|in|up)\b|(?:get|put)\s+(?:you|that|it)\s+(?:on|into)\s+(?:the|our)\s+(?:calendar|schedule|books?|diary|list)|(?:book|reserve|schedule|hold|save)\s+(?:you\s+)?(?:a|an|the|your|that|this|one)\b|set\s+up\s+(?:a|an|your|the)\b)/i;
/** A booking named as a thing: an appointment, a booking, a reservation, a drop-off slot. */
const BOOKING_NOUN = /\b(?:appointments?|bookings?|reservations?|(?:drop-?off|time)\s+slots?|slots?)\b/i;
/** A service called a booked one: "it's a booked service", "an appointment job", "needs a quick booking". */
const CALLED_BOOKED =
  /\b(?:(?:is|are|'s|'re|as)\s+(?:an?\s+)?(?:booked|bookable|appointment|appointment-only|scheduled|book-ahead)\s+(?:service|job|repair|item|thing)s?|(?:need|needs|require|requires|take|takes)\s+(?:an?\s+)?(?:\w+\s+)?(?:booking|appointment|reservation)|appointment\s+(?:service|job)s?)\b/i;
/** A day or a time the offer is for ("Thursday", "10:00 a.m. today", "tomorrow at 2"). */
const WHEN =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tomorrow|tonight)\b|\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d\d\b|\bnoon\b/i;
/** Asking for what a booking is made under: a name, a phone number, an e-mail. */
const DETAILS_ASK = /\b(?:your|a|the)\s+(?:full\s+)?(?:name|(?:phone|mobile|cell)(?:\s+number)?|number|e-?mail)\b/i;
/** The customer told to come in without a booking: then any slot talk is about something else. */
const WALK_IN_SAID =
  /\bwalk(?:ing)?[- ]?ins?\b(?![- ](?:queue|line|rush|crowd|traffic|wait))|\bfirst[- ]come\b|\bno (?:booking|appointment)s? (?:needed|necessary|required)\b/i;

/** The services a sentence names as jobs to do now (not parts, not inside another's contents, not past work). */
function jobsIn(text: string): ServiceId[] {
  return [
    ...new Set(findServices(text).filter((m) => !m.part && !m.included && !m.past && !negatedAt(text, m.start, m.end))),
  ].map((m) => m.service);
}

/**
 * The job the customer is arranging when the reply names none: the latest one they named — none when they have named
 * a job that must be booked anywhere in the conversation (the diary talk may be that job's).
 */
function customerJob(turn: AssistantTurn, h: Handbook): ServiceId[] {
  const asked = turn.messages
    .slice(0, turn.index)
    .filter((m) => m.role === "user")
    .flatMap((m) => jobsIn(m.content));
  if (asked.some((id) => h.services.find((s) => s.id === id)?.booking === "required")) return [];
  const last = asked.at(-1) ?? focusService(turn);
  return last ? [last] : [];
}

/**
 * A walk-in job (flat repair, adjustment, brake pads, inspection) taken into the diary: the reply offers or makes a
 * booking for it — a move into the diary with a day or time, a booking noun with a day or time, details asked for the
 * booking, or the job called a booked one — and nowhere says it is a walk-in. The subject is the sentence's job, else
 * the reply's, else the one the customer asked about; a reply naming a job that must be booked is left alone (the
 * booking may be that job's).
 */
export function walkInBookingOffer(turn: AssistantTurn, h: Handbook = handbook): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  if (WALK_IN_SAID.test(turn.text)) return out;
  const kind = (id: ServiceId) => h.services.find((s) => s.id === id)?.booking;
  const replyJobs = jobsIn(turn.text);
  if (replyJobs.some((id) => kind(id) === "required")) return out;
  const sentences = splitMessage(turn.text);
  const asksDetails = sentences.some(
    ({ sentence }) => DETAILS_ASK.test(sentence.text) && /\?|\bneed\b|\bgrab\b|\bhave\b|\bget\b/i.test(sentence.text),
  );
  for (const { sentence, clauses } of sentences) {
    for (const c of clauses) {
      const move = DIARY_MOVE.exec(c.text) ?? null;
      const noun = BOOKING_NOUN.exec(c.text);
      const called = CALLED_BOOKED.exec(c.text);
      const when = WHEN.test(c.text) || WHEN.test(sentence.text);
      const act = called ?? (move && (when || asksDetails) ? move : null) ?? (noun && when ? noun : null);
      if (!act || negatedAt(c.text, act.index, act.index + act[0].length)) continue;
      // "If you'd rather book, …": a condition, not an offer.
      if (/^\W*(?:if|unless|whether)\b/i.test(c.text)) continue;
      const own = jobsIn(sentence.text);
      const subjects = own.length ? own : replyJobs.length ? replyJobs : customerJob(turn, h);
      if (!subjects.length || subjects.some((id) => kind(id) !== "walk_in")) continue;
      for (const service of subjects) out.claims.push({ kind: "booking", value: "booked", service, text: c.text });
      return out;
    }
  }
  return out;
}
