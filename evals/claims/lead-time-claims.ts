import { type Handbook, numberValue } from "../../knowledge-base/index";
import { findClocks } from "./clock-mentions";
import { isNegated, negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage, splitSentences } from "./sentences";

const SAME_DAY =
  /\bsame[- ]day (?:bookings?|appointments?|drop-?offs?|slots?|service|tune-?ups?)\b|\b(?:book(?:ed|ing)?|reserv\w*|schedul\w*)\b[^.;]{0,25}?\b(?:the )?same[- ]day\b(?! (?:turnaround|service|repair|you|we|as|that|it|they)\b)|\bbook (?:it |one |a slot )?(?:for )?(?:today|later today|this afternoon)\b/i;
const LEAD =
  /\b(\d+|an?|one|two|three|four|five|six|seven|twenty-four|forty-eight|seventy-two)\s*(?:full |business |working )?(hours?|days?|weeks?)(?:'s|'|s')?\s*(?:of\s+)?(?:notice|in advance|ahead|lead time|before)\b/gi;
/** "Lead time: 2 days minimum", "Notice needed: 48 hours": a label line stating the lead time. */
const LEAD_LABEL =
  /\b(?:lead time|notice(?: needed| required)?|book(?:ing)? ahead)\s*:\s*(?:at least |minimum(?: of)? )?(\d+|an?|one|two|three|twenty-four|forty-eight|seventy-two)\s*(?:full |business |working )?(hours?|days?|weeks?)/gi;
const BOOKING_TALK = /\bbook|\bappointment|\bslot|\bnotice|\breserv|\bschedul/i;

/** Another day for the drop-off in the clause: "tomorrow", a weekday, "next week". */
const OTHER_DAY = /\b(?:tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|next week|the weekend)\b/i;

/**
 * "tomorrow still works if you book today": "book today" is the day the booking is made when the clause names
 * another day for the drop-off; it allows no same-day booking.
 */
function bookedOnFor(match: string, clause: string): boolean {
  return /\b(?:today|later today|this afternoon)$/i.test(match) && OTHER_DAY.test(clause.replace(match, " "));
}

/** What follows "before" when it places a time against another time of day, not against the booking. */
const CLOCK_WORD = String.raw`\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|o'?clock)`;
const TIME_ANCHOR = new RegExp(
  String.raw`^\s*(?:closing|close|we close|opening|we open|the shop (?:closes|opens)|noon|midday|(?:(?:our|the|your|that)\s+)?(?:(?:very\s+)?(?:last|first|latest|earliest|final)\s+(?:${CLOCK_WORD}\s+)?(?:drop-?off\s+)?slot\b|${CLOCK_WORD}))`,
  "i",
);

/** Hours in "n hours|days|weeks". */
const toHours = (n: number, unit: string) => (/^h/i.test(unit) ? n : /^d/i.test(unit) ? n * 24 : n * 24 * 7);

/**
 * Booking lead times a reply states, in hours: "48 hours' notice" (48), "book a day ahead" (24), "same-day bookings
 * welcome" (0). Cancellation windows ("cancel 24 hours before") are the cancellation reader's.
 */
export function leadTimeClaims(text: string): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  for (const { clauses } of splitMessage(text))
    for (const c of clauses) {
      if (/\bcancel/i.test(c.text)) continue;
      const sameDay = SAME_DAY.exec(c.text);
      if (
        sameDay &&
        !isNegated(sameDay[0]) &&
        !negatedAt(c.text, sameDay.index, sameDay.index + sameDay[0].length) &&
        !bookedOnFor(sameDay[0], c.text)
      )
        out.claims.push({ kind: "lead_time", value: 0, service: null, text: c.text });
      for (const m of c.text.matchAll(LEAD_LABEL))
        out.claims.push({ kind: "lead_time", value: toHours(numberValue(m[1]!), m[2]!), service: null, text: c.text });
      if (!BOOKING_TALK.test(c.text)) continue;
      for (const m of c.text.matchAll(LEAD)) {
        // "an hour before closing", "half an hour before the 6 pm slot": a time of day placed against another one
        // (a clock, a slot, opening or closing) is no notice.
        if (/before$/i.test(m[0]) && TIME_ANCHOR.test(c.text.slice(m.index + m[0].length))) continue;
        // "half an hour ahead": half of the unit.
        const half = /\bhalf\s+$/i.test(c.text.slice(0, m.index)) ? 0.5 : 1;
        const value = half * toHours(numberValue(m[1]!), m[2]!);
        out.claims.push({ kind: "lead_time", value, service: null, text: c.text });
      }
    }
  return out;
}

const INTERVAL =
  /\b(?:slots?|drop-?offs?|appointments?)\b[^.;]{0,40}?\b(?:every|each)\s+(hour|half[- ]hour|(\d+|fifteen|twenty|thirty|forty-five|sixty|ninety)\s*(?:-\s*)?min(?:ute)?s?|(\d+|two)\s*hours?)\b|\b(?:slots?|drop-?offs?)\b[^.;]{0,40}?\bon the hour\b(?! (?:and|or) (?:the )?half)/gi;
const WORD_MIN: Record<string, number> = {
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "forty-five": 45,
  sixty: 60,
  ninety: 90,
  two: 2,
};

/** "Slot length: 1 hour", "slot interval: 15 min": the spacing as a label. */
const SLOT_LENGTH =
  /\bslot (?:length|interval|spacing|size|duration)s?\s*:?\s*(?:is\s+)?(\d+|one|an?|half an?)\s*(hours?|min(?:ute)?s?)\b/gi;

/** The drop-off slot spacing a reply states, in minutes ("slots every hour" 60, "only on the hour" 60). */
export function slotGridClaims(text: string, _h: Handbook): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  const n = (x: string) => WORD_MIN[x.toLowerCase()] ?? Number(x);
  for (const m of text.matchAll(INTERVAL)) {
    const minutes = !m[1] ? 60 : /^hour$/i.test(m[1]) ? 60 : /^half/i.test(m[1]) ? 30 : m[2] ? n(m[2]) : n(m[3]!) * 60;
    out.claims.push({ kind: "slot_interval", value: minutes, service: null, text: m[0] });
  }
  for (const m of text.matchAll(SLOT_LENGTH)) {
    const count = /^half/i.test(m[1]!) ? 0.5 : /^(?:one|an?)$/i.test(m[1]!) ? 1 : Number(m[1]);
    out.claims.push({
      kind: "slot_interval",
      value: /^h/i.test(m[2]!) ? count * 60 : count,
      service: null,
      text: m[0],
    });
  }
  return out;
}

/** Talk of drop-off slots offered ("drop-offs are at…", "slots: …", "times available"). */
const SLOT_TALK =
  /\b(?:slots?|drop-?offs?|drop-?off times?|times? (?:available|free|open)|available times?|openings|appointments? (?:at|are))\b/i;
/** What may stand between two times of a list: a comma, a slash, "and" / "or". */
const LIST_GAP = /^[\s,;/]*(?:(?:and|or|&)\s+)?$/i;
/** A time said as opening or closing, or ruled out ("no 10:15 slot", "10:15 isn't"), is no slot offered. */
const NOT_OFFERED_BEFORE =
  /\b(?:open(?:s|ing)?|close[sd]?|closing|until|till|up to|through|no|not|isn'?t|except)\s*(?:at\s*)?$/i;

/**
 * Drop-off times a reply lists as slots (two or more clock times in a sentence about slots, none of them in a
 * range or said as opening/closing): one claim per listed time, in minutes. The check compares each with the grid.
 */
export function listedSlotClaims(text: string): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  // A heading about slots ("**Available times**", "Drop-offs:") governs the lines under it.
  let headed = false;
  for (const s of splitSentences(text)) {
    const underHeading = headed;
    headed = SLOT_TALK.test(s.text) && !/[.!?]\s*$/.test(s.text) && s.text.length <= 60;
    if (!SLOT_TALK.test(s.text) && !underHeading) continue;
    const { times, ranges } = findClocks(s.text);
    const listed = times.filter(
      (t) =>
        !ranges.some((r) => t.start >= r.start && t.end <= r.end) &&
        !NOT_OFFERED_BEFORE.test(s.text.slice(0, t.start)) &&
        !negatedAt(s.text, t.start, t.end),
    );
    // Only times written as a list ("10:15, 10:45 and 11:15"): "at 10:30 … it's 11:15 now" is no list of slots.
    const inList = listed.filter((t, i) => {
      const joined = (a: (typeof listed)[number] | undefined, b: (typeof listed)[number] | undefined) =>
        a !== undefined && b !== undefined && LIST_GAP.test(s.text.slice(a.end, b.start));
      return joined(listed[i - 1], t) || joined(t, listed[i + 1]);
    });
    for (const t of inList) out.claims.push({ kind: "slot_listed", value: t.minutes, service: null, text: s.text });
  }
  return out;
}
