import type { Handbook, ServiceId } from "../../knowledge-base/index";
import { GREETING } from "./accepted-slot";
import {
  AGREE,
  AGREE_OPENER,
  APPROVAL,
  APPROXIMATE,
  actDay,
  BOOKING_WORDS,
  BUSY_ADVICE,
  BUSY_UNTIL,
  CONFIRM_ASK,
  CUSTOMER_HOURS,
  GENERIC_DAY,
  HEADING_END,
  HEADING_OFFER,
  HOURS_TALK,
  LATEST,
  OTHER_DAY,
  OTHER_TIME,
  OUT_OF_RANGE,
  PARTIAL,
  PRESENT_DAY,
  PROPOSE,
  REJECT,
  ruledOutTimes,
  SHOPPING,
  SLOTS_OFFERED,
  VISIT_WORDS,
  WALK_IN,
  windowsExclude,
} from "./appointment-words";
import { type AssistantTurn, perTurn } from "./assistant-turns";
import { findClocks } from "./clock-mentions";
import { focusDate, lastService, topicsBefore } from "./conversation-focus";
import { offersOtherTime } from "./counter-offer";
import { findDays } from "./day-mentions";
import { echoedDate } from "./echoed-day";
import { isNegated } from "./negation";
import { arrivalIn } from "./relative-arrival";
import { splitSegments } from "./segments";
import { splitClauses, splitSentences } from "./sentences";
import { servicesIn } from "./service-mentions";

/** A visit or drop-off the assistant agrees to or proposes, resolved to a date and/or a time. */
export interface Appointment {
  date: string | null;
  /** Minutes since midnight. */
  time: number | null;
  /** "booking" when booking words or a bookable service are in play; a walk-in "visit" otherwise. */
  kind: "booking" | "visit";
  service: ServiceId | null;
  /** "come by before 3": `time` is a latest arrival (a window's end), not the visit's own time. */
  until?: boolean;
  /** The customer's loose time ("around 10:15") not said back: good for open or closed, not for an exact slot. */
  loose?: boolean;
  sentence: string;
}

/** Extracts the visits and drop-offs an assistant reply agrees to or proposes, resolving days against `now`. */
export const appointmentClaims = perTurn(extractAppointments);

function extractAppointments(turn: AssistantTurn, now: string, h: Handbook): Appointment[] {
  const prior = topicsBefore(turn.messages)[turn.index]?.service ?? null;
  // The service in focus at a sentence: named up to its end (a later "a tune-up must be booked" is not this visit's).
  const serviceAt = (end: number) => lastService(turn.text.slice(0, end), prior);
  const kind = (text: string, service: ServiceId | null): Appointment["kind"] => {
    const bookable = service ? h.services.find((s) => s.id === service)?.booking === "required" : false;
    return (service && !bookable) || WALK_IN.test(text)
      ? "visit"
      : bookable || BOOKING_WORDS.test(text) || BOOKING_WORDS.test(turn.userText)
        ? "booking"
        : "visit";
  };
  // "I'll swing by in 15 min": an arrival relative to now is a date and a time too.
  const userArrival = arrivalIn(turn.userText, now, h.shop.timeZone);
  const user = {
    date:
      findDays(turn.userText, now, h).find((d) => d.date && !d.group && !d.recurring)?.date ??
      userArrival?.date ??
      null,
    // "I work until 5:30": when the customer is busy, not a time asked for.
    time:
      findClocks(turn.userText).times.find(
        (t) =>
          !BUSY_UNTIL.test(turn.userText.slice(0, t.start)) && !CUSTOMER_HOURS.test(turn.userText.slice(0, t.start)),
      )?.minutes ??
      userArrival?.time ??
      null,
  };
  const anyReject = splitSentences(turn.text).some((s) => splitClauses(s).some((c) => REJECT.test(c.text)));
  let focus = focusDate(turn, now, h);
  const ruledOut = ruledOutTimes(turn.text);
  const out: Appointment[] = [];
  let replyDate: string | null = null;
  // Lines under a heading that proposes or agrees ("Here's the earliest option I can offer:") carry its proposal.
  let underHeading = false;
  // A reply asking the customer to confirm a summary: the heading over the summary's lines proposes them.
  const summary = CONFIRM_ASK.test(turn.text);
  let prevEnd = 0;
  const sentences = splitSentences(turn.text);
  for (const [index, sentence] of sentences.entries()) {
    // "Confirming: tune-up, Tuesday at noon. Shall I book it?": the sentence put up for a yes (or the one before it).
    const confirming = CONFIRM_ASK.test(sentence.text) || CONFIRM_ASK.test(sentences[index + 1]?.text ?? "");
    if (
      /\n\s*\n/.test(turn.text.slice(prevEnd, sentence.start)) &&
      prevEnd > 0 &&
      !HEADING_END.test(turn.text.slice(0, prevEnd))
    )
      underHeading = false;
    prevEnd = sentence.start + sentence.text.length;
    const heading =
      HEADING_END.test(sentence.text) && (PROPOSE.test(sentence.text) || HEADING_OFFER.test(sentence.text) || summary);
    const listed = underHeading && !heading;
    if (heading) underHeading = true;
    // "Half of that works today:": agreement to part of a request; the lines under it say which part.
    if (PARTIAL.test(sentence.text)) {
      underHeading ||= HEADING_END.test(sentence.text);
      continue;
    }
    const service = serviceAt(sentence.start + sentence.text.length);
    const usable = splitClauses(sentence).filter((c) => !REJECT.test(c.text));
    if (!usable.length) continue;
    // A date the reply itself names ("Next Thursday is December 17.") is the one its later proposals are about.
    const named = findDays(sentence.text, now, h)
      .filter((d) => d.pinned && d.date && !d.group && !actDay(sentence.text, d))
      .at(-1);
    if (named && usable.length === splitClauses(sentence).length) replyDate = named.date;
    const joined = usable.map((c) => c.text).join(" ");
    // Advice on when it is quiet ("come in after 2, it's calmer") is no agreement to a visit or drop-off.
    if (BUSY_ADVICE.test(joined) && !/\b(?:booked|confirmed|reserved)\b/i.test(joined)) continue;
    // "Yes!" agrees to a visit only when the customer asked for one (not "do you stay open late?").
    // A reply that opens by restating the time the customer asked for, with no refusal, takes it ("10:15 — sure!").
    const opensWithAsked =
      sentence.start === splitSentences(turn.text)[0]?.start &&
      !anyReject &&
      !isNegated(sentence.text) &&
      !OUT_OF_RANGE.test(sentence.text) &&
      user.time !== null &&
      findClocks(sentence.text).times[0]?.start === 0 &&
      findClocks(sentence.text).times[0]?.minutes === user.time;
    // "Sunday, June 21 at 10 — perfect!": the reply opens on the customer's own day and approves it.
    const approvesAsked =
      sentence.start === sentences[0]?.start &&
      !anyReject &&
      !isNegated(sentence.text) &&
      user.date !== null &&
      APPROVAL.test(sentence.text) &&
      findDays(sentence.text, now, h).some((d) => d.start === 0 && d.date === user.date);
    const agree =
      AGREE.test(joined) ||
      opensWithAsked ||
      approvesAsked ||
      (AGREE_OPENER.test(usable[0]!.text) && VISIT_WORDS.test(turn.userText));
    // A listed line that refuses anything ("Tomorrow is Christmas — we're closed") proposes nothing.
    const listedOffer = listed && usable.length === splitClauses(sentence).length;
    // "This afternoon we have drop-off slots until 5": slots offered on a day propose that day, hours words and all.
    const slotsOffered = SLOTS_OFFERED.test(joined);
    if (!agree && !PROPOSE.test(joined) && !slotsOffered && !listedOffer && !confirming) continue;
    let date: string | null = null;
    let time: number | null = null;
    let until = false;
    const sentenceRanges = findClocks(sentence.text).ranges;
    for (const c of usable) {
      const segs = splitSegments({ text: c.text, start: 0 });
      const hoursSeg = (at: number) => segs.some((g) => at >= g.start && at < g.end && HOURS_TALK.test(g.text));
      // A named date wins over a bare weekday; "a Thursday", "any Saturday" name no date at all.
      const days = findDays(c.text, now, h).filter(
        (d) =>
          d.date &&
          !d.group &&
          !d.recurring &&
          (!hoursSeg(d.start) || slotsOffered) &&
          !GENERIC_DAY.test(c.text.slice(0, d.start)) &&
          !GREETING.test(c.text.slice(0, d.start)) &&
          !PRESENT_DAY.test(c.text.slice(0, d.start)) &&
          !actDay(c.text, d),
      );
      const first = days.find((d) => d.pinned) ?? days[0];
      date ??= first ? echoedDate(first, user.date) : null;
      // A time inside a range ("open 9–3", "slots from 9 to 2") is a window, never the appointment.
      const clocks = findClocks(c.text);
      const off = c.start - sentence.start;
      const inRange = (at: number) => sentenceRanges.some((r) => at + off >= r.start && at + off < r.end);
      if (time !== null) continue;
      const picked = clocks.times.find((t) => !hoursSeg(t.start) && !inRange(t.start) && !ruledOut.has(t.minutes));
      time = picked?.minutes ?? null;
      until = picked ? LATEST.test(c.text.slice(0, picked.start)) : false;
    }
    const arrival = date === null && time === null ? arrivalIn(joined, now, h.shop.timeZone) : null;
    if (arrival) ({ date, time } = arrival);
    if (
      !service &&
      !VISIT_WORDS.test(joined) &&
      !VISIT_WORDS.test(turn.userText) &&
      !topicsBefore(turn.messages)[turn.index]?.visit
    )
      continue;
    const own = date !== null || time !== null;
    if (!own && (!agree || anyReject)) continue;
    if (!own && user.date === null && user.time === null) continue;
    const useUser = !anyReject && (date === null || date === user.date);
    // "Book it for another day": a day left open is none of the days in play (the customer's, the reply's, focus).
    const resolvedDate = OTHER_DAY.test(joined) ? date : (date ?? replyDate ?? (useUser ? user.date : null) ?? focus);
    // The customer's time, unless the reply ruled it out ("12:45 falls between slots … Which works?") or asks for
    // another ("would an earlier time suit you?").
    const resolvedTime =
      time ??
      (useUser &&
      user.time !== null &&
      !ruledOut.has(user.time) &&
      !OTHER_TIME.test(joined) &&
      !offersOtherTime(turn.text, user.time) &&
      !windowsExclude(turn.text, user.time)
        ? user.time
        : null);
    if (resolvedDate === null && resolvedTime === null) continue;
    focus = resolvedDate ?? focus;
    // "pop in for a bottle cage": a shopping visit, not a drop-off for the service talked of earlier.
    const shopping = SHOPPING.test(joined) && !servicesIn(sentence.text).length;
    out.push({
      date: resolvedDate,
      time: resolvedTime,
      kind: shopping ? "visit" : kind(joined, service),
      service: shopping ? null : service,
      ...(until && time !== null && { until }),
      ...(time === null && resolvedTime !== null && APPROXIMATE.test(turn.userText) && { loose: true }),
      sentence: sentence.text,
    });
  }
  return out;
}
