import { DateTime } from "luxon";
import type { Handbook } from "../knowledge-base/index";
import { checkDate } from "./validate-booking";

/** The earlier of two offered days ("the first one", "this week's", "the sooner"). */
const EARLIER =
  /\b(first|earlier|earliest|sooner|soonest|former|this (one|week|coming)|coming one|this week'?s|nearer)\b/i;
/** The later of two offered days ("the second", "the later one", "next week's", "the week after"). */
const LATER = /\b(second|later|latter|next week|next week'?s|following|week after|the other one|further)\b/i;

/**
 * The day a reply picks from the two offered for "next <weekday>" ("the later one", "the first", "next week's"), or
 * null when it says neither (a reply naming a date resolves through the date itself).
 */
export function pickChoice(message: string, choices: readonly string[]): string | null {
  if (choices.length !== 2) return null;
  const earlier = EARLIER.test(message);
  const later = LATER.test(message);
  // "Let's say the Friday", answering "Thursday the 21st or Friday the 22nd?": the one offered on that weekday.
  if (earlier === later) return byWeekday(message, choices);
  return earlier ? choices[0]! : choices[1]!;
}

/** Of the two days "next <weekday>" may mean, those that can be booked (lead time, opening days, holidays). */
export function bookableChoices(h: Handbook, either: readonly string[], today: string): string[] {
  return either.filter((d) => checkDate(h, d, today).ok);
}

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** The one offered day on the weekday a reply names alone ("the friday", "thursday works"); null otherwise. */
function byWeekday(message: string, choices: readonly string[]): string | null {
  const named = WEEKDAYS.map((w, i) => (new RegExp(`\\b${w}[a-z]*\\b`, "i").test(message) ? i + 1 : 0)).filter(Boolean);
  if (named.length !== 1 || /\d/.test(message)) return null;
  const hits = choices.filter((d) => DateTime.fromISO(d).weekday === named[0]);
  return hits.length === 1 ? hits[0]! : null;
}
