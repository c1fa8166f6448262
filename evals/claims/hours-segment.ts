import type { ClockRange } from "./clock-mentions";
import { isNegated } from "./negation";

/** Words saying the shop is closed. */
export const CLOSED =
  /\b(?:closed|shut|day off|not open|aren'?t open|are not open|isn'?t open|is not open|won'?t be open|not be open)\b/i;
/** Words saying the shop is open. */
export const OPEN = /\b(?:open(?:s|ed)?|opening hours|hours are|re-?open(?:s|ing)?)\b/i;
const AFTER_CLOSING = /\b(?:after|before|once|when)\s+(?:we'?ve|we have|we'?re|we are|we)\s+(?:closed|shut)\b/gi;
/** "walk in once we're open", "whenever we're open": a condition on a visit, no claim that any day is open. */
const WHEN_OPEN =
  /\b(?:once|when|whenever|as soon as|any ?time|while)\s+(?:we'?re|we are|we)\s+(?:next\s+)?open\b(?!\s+(?:at|from|until|till|on)\b)/gi;
/** "our next open day": a day picked out by being open names it, and says nothing of the day talked of before. */
const NEXT_OPEN_DAY = /\b(?:next|first|earliest|soonest|nearest)\s+open\s+(?:day|date)s?\b/gi;
/** Any talk of opening, closing or hours. */
export const HOURS_WORDS = new RegExp(`${OPEN.source}|${CLOSED.source}|\\b(?:close|closing|hours)\\b`, "i");
/** A time called free to book ("is a valid slot", "is available", "we have an opening"). */
const AVAILABLE =
  /\b(?:is|are)\s+(?:still\s+|definitely\s+)?(?:a\s+)?(?:valid|available|free|open)\b(?:\s+(?:slot|time|spot))?|\b(?:valid|available|free|open)\s+(?:slot|spot|time slot)s?\b|\bhave\s+(?:an?\s+)?(?:opening|slot|spot)s?\b/i;
/** Talk of drop-off slots. */
export const SLOT_STRICT = /\bslots?\b/i;
/** "drop off any time between 9 and 3": every time in the window offered for a drop-off, so its end is the last slot. */
const ANY_TIME_DROP =
  /\bdrop(?:-| )?(?:it |the bike |your bike )?off\b[^.;]{0,12}\b(?:any ?time|whenever)\b|\b(?:any ?time|whenever)\b[^.;]{0,12}\bdrop(?:-| )?off\b/i;
/** Talk of drop-offs, appointments or booking. */
export const SLOT_LOOSE = /\b(?:drop-?offs?|drop offs?|appointments?|bookings?|book(?:ed)?(?: you)?(?: in)?)\b/i;
/** Talk of busy and quiet times (ranges there are not opening hours); "done while you wait" is a turnaround. */
export const BUSY_TALK = /\b(?:busi\w*|quiet\w*|rush|first (?:two|2|couple of) hours|(?<!while you )waits?)\b/i;
/**
 * A segment about busy or quiet times, whose times are no opening hours: busy words in it (with the connective
 * before it, so "done while you wait" is not busy talk), in the segment a bracket follows, a bare range in a sentence
 * about busy times ("right now (9 to 11) is the rush"), or busy talk earlier in the sentence and no open/closed word.
 */
export function busySegment(s: {
  gap: string;
  text: string;
  paren: boolean;
  prevText: string;
  sentence: string;
  ranges: number;
  busy: boolean;
}): boolean {
  const hoursWord = OPEN.test(s.text) || CLOSED.test(s.text);
  return (
    BUSY_TALK.test(s.gap + s.text) ||
    (s.paren && BUSY_TALK.test(s.prevText)) ||
    (s.ranges > 0 && BUSY_TALK.test(s.sentence) && !hoursWord && !/\b(?:until|till|close|hours)\b/i.test(s.text)) ||
    (s.busy && !hoursWord)
  );
}
/** "any time from 2 to 6 should be good", "best to come between 2 and 4": a window advised for a visit. */
const ADVICE =
  /\b(?:any ?time|whenever|best|ideal(?:ly)?|good|better|recommend|suggest|try|aim for|come|stop|swing|pop|head|arrive|visit)\b/i;

/**
 * A segment advising when to come, with no word of opening, closing, hours or slots: its range is a suggestion,
 * not the shop's hours ("…we're open 10–6, so any time from 2 to 6 should be good").
 */
export function visitAdvice(text: string): boolean {
  return ADVICE.test(text) && !HOURS_WORDS.test(text) && !SLOT_STRICT.test(text) && !SLOT_LOOSE.test(text);
}
/** Verbs of the day's start, whatever the frame: "open", "open our doors", "unlock", "we're in from". */
const OPENS_BEFORE =
  /\b(?:open(?:s|ing)?(?: up| (?:our|the) doors)?|re-?open(?:s)?|start(?:s|ing)?|from|doors open|unlock(?:s)?(?: (?:the|our) doors)?|we'?re in)\s*(?:at|from|by)?\s*(?:about|around)?\s*$|^\W*(?:open(?:s|ing)?|opening time|doors open)\s*:\s*$/i;
/** "moved it from 2:15", "switched you over from": the time a booking or plan was changed from, not an opening. */
const CHANGED_FROM =
  /\b(?:mov|chang|switch|shift|push|pull|bump|reschedul|swap|brought|brings?|turn)\w*\b(?:\s+[\w'’]+){0,4}?\s+from\s*(?:about|around)?\s*$/i;
/** "anytime from 2", "best to come from 3": the start of a window advised for a visit, not the day's opening. */
const VISIT_FROM =
  /\b(?:any ?time|whenever|best|ideal(?:ly)?|try|aim|quiet\w*|calm\w*)\b[^.;,]{0,20}\bfrom\s*(?:about|around)?\s*$/i;
/**
 * Verbs of the day's end: "close", "shut (the doors)", "lights off", and, with the shop as subject, "we wrap up",
 * "we finish", "we lock up", "we call it a day" (a repair "finished by 3" is no closing time).
 */
const CLOSES_BEFORE =
  /(?:\b(?:close(?:s|d)?|closing(?: time)?(?: is)?|shut(?:s)?(?: (?:the|our) doors)?|until|till|til|'til|through|(?:doors?|lights?) (?:close|shut|off|out)|lights off)|(?:^\s*|\b(?:we(?:'ll| will)?|and|then)\s+)(?:usually\s+|normally\s+|always\s+)?(?:wrap(?: things)? up|finish(?: up)?|lock up|pack up|call it a day|knock off))\s*(?:early,?\s+)?(?:at|by)?\s*(?:about|around)?\s*$|^\W*(?:close[sd]?|closing(?: time)?)\s*:\s*$/i;
const LAST_SLOT_BEFORE =
  /\b(?:last|latest|final)\s+(?:[\w-]+\s+)?(?:drop-?off|slot|appointment|booking)s?\b(?:\s+(?!open|clos|until|till)[\w-]+){0,4}\s*:?\s*$/i;
/** In slot talk, "the last one is at 2:30", "the final of them at 5": the last slot, named by a pronoun. */
const LAST_ONE = /\b(?:last|latest|final)\s+(?:one|of them)\b(?:\s+(?!open|clos|until|till)[\w-]+){0,3}\s*:?\s*$/i;
/** "2:30 is the latest", "6 pm would be the final one": a time named as the last slot after it. */
const LAST_AFTER = /^[\d:.apm\s]+?(?:is|would be|will be|'s)\s+(?:the\s+|our\s+)?(?:latest|last|final)\b/i;
/** "slots run … until", "bookable till": the end of a slot window (not a closing time in slot talk). */
const SLOTS_UNTIL = /\bslots?\b[^.]*\b(?:until|till|til|'til|up to)\s*(?:about|around)?\s*$/i;
/** "slots start at 10:30", "drop-off slots begin from 9:30": the first slot of the grid, in slot talk. */
const SLOTS_FROM =
  /\bslots?\b[^.]*\b(?:start|starts|begin|begins|kick off|kicks off)\s*(?:at|from)?\s*(?:about|around)?\s*$/i;
/** "the next available slots start at 2": the free ones on a day, not the grid. */
const FREE_ONES = /\b(?:available|free|left|remaining|openings?|next)\b/i;
/** "drop off as late as 5:30", "no later than 5": the latest drop-off, in slot talk. */
const LATEST_BEFORE = /\b(?:as late as|no later than|latest (?:at|by))\s*(?:about|around)?\s*$/i;
/** The customer asked about an opening time. */
export const ECHO_OPEN = /\bopen(?:s|ing)?\s+(?:at|from|by)\b/i;
/** The customer asked about a closing time. */
export const ECHO_CLOSE = /\b(?:close(?:s)?|closing|until|till)\b/i;

/** What one segment says about a day: open/closed, opening and closing time, drop-off slot window. */
export interface Info {
  status: "open" | "closed" | null;
  opens: number | null;
  closes: number | null;
  slots: { from: number | null; to: number | null; strict: boolean } | null;
  /** A moment the shop is said to be closed at ("by 4 we're closed"): true only outside the day's hours. */
  closedAt?: number;
  /** An opening time read from a bare "from" (no word of hours in the segment): its role is a guess. */
  bareRole?: boolean;
}
const MOMENT = /\b(?:at|by|after|past|from)\s*(?:about|around)?\s*$/i;

const ROLE_AFTER = /^\d{1,2}(?::\d{2})?\s*(?:[ap]m)?\s+(opening|start|close|closing)\b/i;
const roleAfter = (after: string) => {
  const role = ROLE_AFTER.exec(after)?.[1];
  return role ? (/^(?:opening|start)$/i.test(role) ? "opens" : "closes") : null;
};
const CLOSED_AT = /\b(?:closed|shut)(?: (?:the|our) doors)?\s+(?:at|by|around|about)\s*(?:about|around)?\s*$/i;
const NOT_UNTIL = /(?:\bnot|n't|\bnever)\s+(?:be\s+)?(open|close|closing|shut)\w*\s+(?:until|till|before)\s*$/i;
/** "the rest of the week": a claim about unnamed days. */
export const REST_OF_WEEK =
  /\b(?:rest of the week|other (?:week)?days|otherwise|every other (?:week)?day|all other (?:week)?days|the rest)\b/i;
/** Filler left after removing day names from a bare day list. */
export const FILLER = /\b(?:on|and|or|also|every|both|plus|the|all|day|days)\b|[&:.,!?()\s*_#•–—-]/gi;

const NOT_YET_OPEN = /\b(?:won'?t|will not|wouldn'?t|would not)\s+be\s+open\s+yet\b/gi;

/** Reads one segment's hours or slot statement (negation-aware); null when it states none. */
export function readSegment(
  text: string,
  offset: number,
  ranges: ClockRange[],
  times: { start: number; minutes: number }[],
  echo: string | null,
  above: { strict: boolean; loose: boolean } = { strict: false, loose: false },
): Info | null {
  // "…if you call before then, we won't be open yet": a moment before opening ahead, not a closed day (a present
  // "we aren't open yet" is judged against the time now).
  const stated = text.replace(NOT_YET_OPEN, " ");
  const negated = isNegated(stated);
  // "4 pm would be after we've closed" places a time after closing; it says nothing about the day being closed.
  const said = stated.replace(AFTER_CLOSING, " ").replace(WHEN_OPEN, " ").replace(NEXT_OPEN_DAY, " ");
  // A bare label ("Opening hours (Pacific time)") with no time in it states nothing about any day.
  const open = OPEN.test(times.length || ranges.length ? said : said.replace(/\bopening hours\b/gi, " "));
  let status: Info["status"] = CLOSED.test(said) || (open && negated) ? "closed" : open ? "open" : null;
  // "Monday at 10 is a valid slot": a time offered as free says the shop is open that day.
  if (!status && !negated && (times.length || ranges.length) && AVAILABLE.test(said)) status = "open";
  let opens: number | null = null;
  let bareRole = false;
  let closes: number | null = null;
  let slots: Info["slots"] = null;
  const hoursWords = HOURS_WORDS.test(text);
  const slotStrict = SLOT_STRICT.test(text) || ANY_TIME_DROP.test(text) || (above.strict && !hoursWords);
  const slotContext = slotStrict || SLOT_LOOSE.test(text) || (above.loose && !hoursWords);
  for (const t of times) {
    // "we closed at 3 today": a closing time in the past tense, not a closed day.
    if (CLOSED_AT.test(text.slice(0, t.start - offset))) {
      closes = t.minutes;
      status = "open";
      continue;
    }
    const m = NOT_UNTIL.exec(text.slice(0, t.start - offset));
    if (!m) continue;
    if (/^open/i.test(m[1]!)) opens = t.minutes;
    else closes = t.minutes;
    status = "open";
  }
  if (opens !== null || closes !== null) return { status, opens, closes, slots };
  // "at 4 pm the shop is already closed": closed at a moment of the day, not all day.
  const moment = status === "closed" && !negated && !ranges.length && times.length === 1 ? times[0]! : null;
  if (moment && MOMENT.test(text.slice(0, moment.start - offset)))
    return { status: null, opens, closes, slots, closedAt: moment.minutes };
  if (negated) return status ? { status, opens, closes, slots } : null;
  for (const r of ranges) {
    // "we moved you from 2 to 2:30": a time changed from one to another, not a day's opening and closing.
    if (CHANGED_FROM.test(text.slice(0, r.start - offset))) continue;
    if (slotContext) slots = { from: r.from, to: r.to, strict: slotStrict };
    else [opens, closes] = [r.from, r.to];
  }
  for (const t of times) {
    const before = text.slice(0, t.start - offset);
    const after = text.slice(t.start - offset);
    if (LAST_SLOT_BEFORE.test(before) || (slotContext && (LAST_AFTER.test(after) || LAST_ONE.test(before))))
      slots = { from: slots?.from ?? null, to: t.minutes, strict: true };
    // "Saturday drop-off slots run until 2:30": in slot talk, the end of a window is the last slot.
    else if (slotContext && (SLOTS_UNTIL.test(before) || LATEST_BEFORE.test(before)))
      slots = { from: slots?.from ?? null, to: t.minutes, strict: true };
    else if (slotContext && SLOTS_FROM.test(before) && !FREE_ONES.test(before))
      slots = { from: t.minutes, to: slots?.to ?? null, strict: true };
    else if (CLOSES_BEFORE.test(before) && !slotContext) closes = t.minutes;
    else if (OPENS_BEFORE.test(before) && !slotContext && !CHANGED_FROM.test(before) && !VISIT_FROM.test(before)) {
      opens = t.minutes;
      // "…from 2:15" with no word of opening in the segment: the time's role is guessed from the preposition alone.
      // A bare fragment ("…Tuesday (June 9) from 9am") leaves no other reading; a clause of its own ("we moved it
      // from 2:15", "anytime from 2") does.
      if (/\S\s+from\s*(?:about|around)?\s*$/i.test(before) && !HOURS_WORDS.test(text)) bareRole = true;
    } else if (/^\S+\s*(?:onwards|or later|and later)\b/i.test(text.slice(t.start - offset)) && !slotContext)
      opens = t.minutes;
    // The noun after a time names its role: "Saturday's 9 am opening", "the 6 pm close".
    else if (roleAfter(text.slice(t.start - offset)) === "opens" && !slotContext) opens = t.minutes;
    else if (roleAfter(text.slice(t.start - offset)) === "closes" && !slotContext) closes = t.minutes;
    else if (echo === "open" && times.length === 1 && !slotContext) opens = t.minutes;
    else if (echo === "close" && times.length === 1 && !slotContext) closes = t.minutes;
  }
  if (status === "closed" && (opens !== null || closes !== null)) status = "open";
  if (!status && opens === null && closes === null && !slots) return null;
  return bareRole ? { status, opens, closes, slots, bareRole } : { status, opens, closes, slots };
}

/** A lone time after a claim of one kind ("last slot 5pm (6pm on Thursdays)") is read as the same kind. */
export function sameKind(prev: Info, minutes: number, bracketed = false): Info | null {
  // After a range, a bare time in brackets ("weekdays 10 to 5 (6 on Thursday)") moves the end, or the start when it
  // is earlier; a continuation with its own cue ("or Tuesday from 10") is read by its cue, not here.
  if (!bracketed) return singleKind(prev, minutes);
  if (prev.slots?.from != null && prev.slots.to != null)
    return minutes < prev.slots.from
      ? { status: null, opens: null, closes: null, slots: { from: minutes, to: null, strict: prev.slots.strict } }
      : { status: null, opens: null, closes: null, slots: { from: null, to: minutes, strict: prev.slots.strict } };
  if (prev.opens !== null && prev.closes !== null)
    return minutes < prev.opens
      ? { status: null, opens: minutes, closes: null, slots: null }
      : { status: null, opens: null, closes: minutes, slots: null };
  return singleKind(prev, minutes);
}

function singleKind(prev: Info, minutes: number): Info | null {
  const kinds = [prev.opens !== null, prev.closes !== null, prev.slots?.to != null && prev.slots.from === null].filter(
    Boolean,
  ).length;
  if (kinds !== 1) return null;
  if (prev.opens !== null) return { status: null, opens: minutes, closes: null, slots: null };
  if (prev.closes !== null) return { status: null, opens: null, closes: minutes, slots: null };
  return { status: null, opens: null, closes: null, slots: { from: null, to: minutes, strict: true } };
}
