import type { Handbook, ServiceId } from "../../knowledge-base/index";
import type { Message } from "../schema";
import { type AssistantTurn, perTurn } from "./assistant-turns";
import { findClocks } from "./clock-mentions";
import { type DayMention, findDays } from "./day-mentions";
import { isNegated } from "./negation";
import { arrivalIn } from "./relative-arrival";
import { splitSegments } from "./segments";
import { splitClauses, splitSentences } from "./sentences";
import { servicesIn, subjectAfter } from "./service-mentions";

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
  sentence: string;
}

const REJECT =
  /\b(?:closed|shut|not open|aren'?t open|isn'?t open|(?:won'?t|wouldn'?t|would not|will not) (?:work|be open|be possible)|doesn'?t work|don'?t work|can'?t|cannot|unavailable|not available|isn'?t available|no (?:slots?|availability|appointments?)|fully booked|too (?:late|early)|a bit (?:late|early)|past closing|after (?:we )?close|before (?:we )?open|not possible|isn'?t possible|no same-day|unfortunately|sorry|instead|rather than|only (?:until|till|up to)|(?<!(?:someone|somebody|customer|just|had a) )cancel(?:l?ed)?|cancell?ation (?:is|policy|fee|window)|cancell?ing (?:is|up to)|free cancell?ation)\b/i;
const AGREE_OPENER =
  /^\W*(?:yes|yep|yeah|sure|absolutely|of course|certainly|definitely|great|perfect|done(?=\W*[!.,:—–-])|booked|confirmed|all set|sounds good|no problem|okay|ok|got it|lovely|excellent|awesome|you bet)\b/i;
const AGREE =
  /\b(?:you'?re (?:all )?(?:set|booked|in|confirmed)|i'?ve (?:booked|scheduled|put|reserved|got|added|noted|pencil+ed|changed|moved|switched|updated)|(?:changed|moved|switched|updated) (?:it|that|you|the (?:booking|appointment|drop-?off)) (?:over )?to|i'?ll (?:book|put|schedule|reserve|pencil|note|add|see)|(?:put|pencil|got|have|book|booked|squeeze|fit) you (?:down|in)|see you|works\b|(?:is|sounds|should be|will be|would be) (?:fine|good|perfect|great|ok|okay|no problem)|that'?s fine|it'?s a date|it is\b|we can (?:do|fit|take|see|squeeze|get|book)|(?:come|drop|walk|head|swing|stop|pop) (?:by|in|over|down)|drop (?:it|your bike|the bike|her|him) off|bring (?:it|your bike|the bike|her|him) (?:in|by|over|down)|we'?ll (?:see|expect)|looking forward|(?:is|are) (?:booked|confirmed|reserved|scheduled)|booking (?:is )?confirmed|reference\b)/i;
const PROPOSE =
  /\b(?:how about|what about|would .{0,40}(?:work|suit|do)\b|does .{0,40}(?:work|suit)\b|i can (?:offer|do|book|fit|set (?:you )?up)|i could (?:offer|do|book|set (?:you )?up)|we (?:have|'ve got) .{0,30}(?:available|open|free)|is (?:available|open|free)|are (?:available|open|free)|(?:is|'s) (?:an?|still an?) (?:valid|open|free|available|bookable|good) (?:slot|time|spot|option)|earliest (?:is|would be|i can|we can|available)|next (?:available|free|open (?:slot|appointment|time|day))|we could do|want me to book|shall i book|should i book)\b/i;
/** Hours talk ("open 10 to 6", "until 7"); an "open slot" is a proposal, not opening hours. */
const HOURS_TALK =
  /\b(?:open(?! (?:slots?|spots?|times?|appointments?)\b)|close[sd]?|closing|hours|until|till|slots? (?:run|are|from))\b/i;
const VISIT_WORDS =
  /\b(?:come|coming|drop|bring|book\w*|appointment|visit|stop by|swing|pop (?:in|by)|walk|fit (?:me|you|it) in|slot|see you|pick (?:it )?up|get (?:it|my bike|the bike|this) (?:done|fixed|looked)|reserv\w*|schedul\w*)/i;
const BOOKING_WORDS =
  /\b(?:book(?:ed|ing)?|appointment|slot|reserv\w*|schedul\w*|drop-?off|drop (?:it|your bike|the bike) off|put you down|pencil)\b/i;

const SHOPPING =
  /\b(?:for|grab|buy|pick up|get)\s+(?:an?\s+|some\s+|the\s+|new\s+)?(?:\w+\s+)?(?:bottle )?(?:cages?|accessor(?:y|ies)|parts?|lights?|locks?|helmets?|bells?|pumps?|tubes?|grips|bottles?|gloves|bags?|racks?|fenders?|mudguards?)\b/i;
const OUT_OF_RANGE = /\b(?:past|beyond|outside|afraid|after (?:our|the) last)\b/i;
const GENERIC_DAY = /\b(?:a|any|every|each|another)\s+$/i;
const WALK_IN = /\bwalk[- ]?ins?\b/i;
const BUSY_ADVICE = /\b(?:rush|busy|busiest|quiet(?:er|est)?|calm(?:er|est)?|crowded|less busy|peak)\b/i;
/** "booking today for Saturday works": the day the booking is made, not the day of the drop-off. */
const BOOKING_ACT = /\b(?:booking|book|booked|reserving|reserve|scheduling)\s+$/i;
const actDay = (text: string, d: DayMention) =>
  /^(?:today|tonight|now)\b/i.test(d.text) && BOOKING_ACT.test(text.slice(0, d.start));
/** "5:30 is past our last slot", "6:30 would be after the last drop-off": the time is ruled out. */
const PAST_IT =
  /^\S+(?:\s*[ap]\.?m\.?)?\s+(?:is|would be|'s|falls?|lands?)\s+(?:past|beyond|outside|between|off|after (?:our|the) last|too (?:late|early))\b/i;
/** "since it's Sunday evening", "today is Monday": the present moment, not a day proposed. */
const PRESENT_DAY =
  /(?:\b(?:since|as|because|given|now that|seeing as)\s+(?:it'?s|it is|today is|today'?s)|\b(?:it'?s|it is) (?:now|currently|already)|\btoday (?:is|being))\s+(?:a\s+)?$/i;
const HEADING_END = /:\s*$/;
/** "Half of that works", "one of those is fine": agreement to part of the request, never the whole of it. */
const PARTIAL = /\b(?:half|part|some|one|only one|either) of (?:that|it|this|those|these|them|the two)\b/i;
/** "an earlier time", "another slot": the reply asks for a time other than the customer's. */
const OTHER_TIME = /\b(?:an? (?:earlier|later|different|other)|another|some other)\s+(?:time|slot|hour)s?\b/i;
/** A heading whose lines are the offer or the booking: "Here's the soonest I can offer:", "You're booked:". */
const HEADING_OFFER =
  /\b(?:can offer|options?|available|earliest|soonest|what i have|(?:you'?re|is|are) (?:all )?(?:booked|confirmed|reserved)|pencil+ed)\b/i;
const NO_SLOT = /\b(?:no|not an?|isn'?t an?|there'?s no)\s+$/i;
/** "I work until 5:30", "I finish at 5": the customer's own schedule before a time. */
const BUSY_UNTIL = /\b(?:until|till|til|finish(?:es)?(?: work)? at|get off(?: work)? at|off work at)\s+$/i;
/** "before 3", "no later than 2:30", "by 5 pm": the time that follows is the latest arrival, a window's end. */
const LATEST = /\b(?:before|no later than|any ?time up to|(?<!(?:come|stop|swing|pop|drop) )by)\s+$/i;

/** Clock times the message itself says are not available ("there's no 10:15 slot"): never read as agreed. */
function ruledOutTimes(text: string): Set<number> {
  const out = new Set<number>();
  for (const s of splitSentences(text))
    for (const c of splitClauses(s))
      for (const t of findClocks(c.text).times)
        if (
          NO_SLOT.test(c.text.slice(0, t.start)) ||
          PAST_IT.test(c.text.slice(t.start)) ||
          (REJECT.test(c.text) && !AGREE.test(c.text))
        )
          out.add(t.minutes);
  return out;
}

/** The last subject service named in text (list items naming what it includes keep it), else `prev`. */
const lastService = (text: string, prev: ServiceId | null): ServiceId | null =>
  splitSentences(text).reduce<ServiceId | null>((last, s) => subjectAfter(last, s.text), prev);

/** Per message i: the last service named and whether a visit was talked of before it (one pass, cached per array). */
const topics = new WeakMap<readonly Message[], { service: ServiceId | null; visit: boolean }[]>();
function topicsBefore(messages: readonly Message[]) {
  const hit = topics.get(messages);
  if (hit) return hit;
  const out: { service: ServiceId | null; visit: boolean }[] = [];
  let state = { service: null as ServiceId | null, visit: false };
  for (const m of messages) {
    out.push(state);
    const visit = state.visit || VISIT_WORDS.test(m.content);
    state = { service: m.role === "system" ? state.service : lastService(m.content, state.service), visit };
  }
  topics.set(messages, out);
  return out;
}

/** Per message i: the focus date before it (one pass, cached per array, reference time and handbook). */
const focuses = new WeakMap<readonly Message[], { now: string; h: Handbook; focus: (string | null)[] }>();
function focusBefore(messages: readonly Message[], now: string, h: Handbook): (string | null)[] {
  const hit = focuses.get(messages);
  if (hit && hit.now === now && hit.h === h) return hit.focus;
  const out: (string | null)[] = [];
  let focus: string | null = null;
  for (const m of messages) {
    out.push(focus);
    if (m.role === "system") continue;
    for (const s of splitSentences(m.content))
      for (const c of splitClauses(s)) {
        if (m.role === "assistant" && REJECT.test(c.text)) continue;
        const d = findDays(c.text, now, h)
          .filter((x) => x.date && !x.group && !x.recurring)
          .at(-1);
        if (d) focus = d.date;
      }
  }
  focuses.set(messages, { now, h, focus: out });
  return out;
}

/** The date a conversation is about before this turn: the last day the customer named (or the bot proposed). */
function focusDate(turn: AssistantTurn, now: string, h: Handbook): string | null {
  return focusBefore(turn.messages, now, h)[turn.index] ?? null;
}

/** The service the conversation is about up to and including this reply (last one named). */
export function serviceInFocus(turn: AssistantTurn): ServiceId | null {
  const prior = topicsBefore(turn.messages)[turn.index]?.service ?? null;
  return lastService(turn.text, prior);
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
      findClocks(turn.userText).times.find((t) => !BUSY_UNTIL.test(turn.userText.slice(0, t.start)))?.minutes ??
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
  let prevEnd = 0;
  for (const sentence of splitSentences(turn.text)) {
    if (
      /\n\s*\n/.test(turn.text.slice(prevEnd, sentence.start)) &&
      prevEnd > 0 &&
      !HEADING_END.test(turn.text.slice(0, prevEnd))
    )
      underHeading = false;
    prevEnd = sentence.start + sentence.text.length;
    const heading =
      HEADING_END.test(sentence.text) && (PROPOSE.test(sentence.text) || HEADING_OFFER.test(sentence.text));
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
    const agree =
      AGREE.test(joined) || opensWithAsked || (AGREE_OPENER.test(usable[0]!.text) && VISIT_WORDS.test(turn.userText));
    // A listed line that refuses anything ("Tomorrow is Christmas — we're closed") proposes nothing.
    const listedOffer = listed && usable.length === splitClauses(sentence).length;
    if (!agree && !PROPOSE.test(joined) && !listedOffer) continue;
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
          !hoursSeg(d.start) &&
          !GENERIC_DAY.test(c.text.slice(0, d.start)) &&
          !PRESENT_DAY.test(c.text.slice(0, d.start)) &&
          !actDay(c.text, d),
      );
      date ??= (days.find((d) => d.pinned) ?? days[0])?.date ?? null;
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
    const resolvedDate = date ?? replyDate ?? (useUser ? user.date : null) ?? focus;
    // The customer's time, unless the reply ruled it out ("12:45 falls between slots … Which works?") or asks for
    // another ("would an earlier time suit you?").
    const resolvedTime =
      time ??
      (useUser && user.time !== null && !ruledOut.has(user.time) && !OTHER_TIME.test(joined) ? user.time : null);
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
      sentence: sentence.text,
    });
  }
  return out;
}
