import { NUMBER_WORDS } from "../knowledge-base/index";
import { addDays } from "./shop-calendar";

/** How far a booking detail is moved relative to the one held: minutes of clock time and days of date. */
export interface Shift {
  minutes: number;
  days: number;
}

/** The shared number words ("a", "an", "one" …) and the loose counts a customer moves a booking by. */
const NUMBER: Readonly<Record<string, number>> = {
  ...NUMBER_WORDS,
  couple: 2,
  "a couple": 2,
  "a couple of": 2,
  few: 3,
};
/** An amount and its unit: "half an hour", "an hour and a half", "30 mins", "2 hours", "a day", "a couple of days". */
const AMOUNT =
  /\b(half an hour|half hour|an hour and a half|(\d{1,3}|an?|one|two|three|four|five|(?:a )?couple(?: of)?|few)\s*(minutes?|mins?|hours?|hrs?|h|days?|weeks?)|(\d{1,3})\s*m)\b/i;
/** The direction said after the amount ("… earlier", "… later", "… sooner", "… after", "… before"). */
const AFTER = /^\s*(earlier|sooner|before|later|after|on|back|forward)\b/i;
/** A verb that carries the direction before the amount ("push it back 30 mins", "bring it forward a day"). */
const VERB_BACK =
  /\b(push|move|put|shift|set|knock)\w*\s+(?:it|that|this|the (?:time|booking|slot|appointment)|me)?\s*(back|later)\b/i;
const VERB_FORWARD =
  /\b(bring|move|pull|shift)\w*\s+(?:it|that|this|the (?:time|booking|slot|appointment)|me)?\s*(forward|earlier|up)\b/i;

/** Minutes in one of a unit ("hour" → 60), or days in one ("week" → 7) with the kind. */
function unitOf(unit: string): { kind: "minutes" | "days"; size: number } {
  const u = unit.toLowerCase();
  if (/^(minutes?|mins?|m)$/.test(u)) return { kind: "minutes", size: 1 };
  if (/^(hours?|hrs?|h)$/.test(u)) return { kind: "minutes", size: 60 };
  if (/^weeks?$/.test(u)) return { kind: "days", size: 7 };
  return { kind: "days", size: 1 };
}

/**
 * A change said relative to the booking held ("half an hour earlier", "push it back an hour", "a day later",
 * "bring it forward 2 days", "30 mins later"): the signed move, or null when the message names no amount with a
 * direction. The new value is checked by the validator like any other.
 */
export function relativeShift(message: string): Shift | null {
  const t = message.toLowerCase();
  const m = AMOUNT.exec(t);
  if (!m) return null;
  let magnitude: number;
  let kind: "minutes" | "days";
  if (/^half (an )?hour$/.test(m[1]!)) [magnitude, kind] = [30, "minutes"];
  else if (m[1] === "an hour and a half") [magnitude, kind] = [90, "minutes"];
  else if (m[4]) [magnitude, kind] = [Number(m[4]), "minutes"];
  else {
    const count = /^\d+$/.test(m[2]!) ? Number(m[2]) : (NUMBER[m[2]!.trim()] ?? 1);
    const unit = unitOf(m[3]!);
    [magnitude, kind] = [count * unit.size, unit.kind];
  }
  const after = AFTER.exec(t.slice(m.index + m[0].length))?.[1];
  let sign = 0;
  if (after && /^(earlier|sooner|before|forward)$/.test(after)) sign = -1;
  else if (after && /^(later|after|on|back)$/.test(after)) sign = 1;
  if (!sign && VERB_BACK.test(t)) sign = 1;
  if (!sign && VERB_FORWARD.test(t)) sign = -1;
  if (!sign || !magnitude) return null;
  return kind === "minutes" ? { minutes: sign * magnitude, days: 0 } : { minutes: 0, days: sign * magnitude };
}

/** A clock time ("15:00") moved by minutes, or null when it leaves the day. */
export function shiftClock(time: string, minutes: number): string | null {
  const [h, m] = time.split(":").map(Number);
  const total = h! * 60 + m! + minutes;
  if (total < 0 || total >= 24 * 60) return null;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * The day and time a relative change makes of the booking held ("an hour later" on 15:00 → 16:00, same day; "a day
 * earlier" on the 12th → the 11th); each null when the message moves nothing or nothing is held to move.
 */
export function shiftedBooking(
  message: string,
  held: { date: string | null; time: string | null },
): { date: string | null; time: string | null } {
  const shift = relativeShift(message);
  if (!shift) return { date: null, time: null };
  return {
    // A clock move keeps the day held (the recogniser reads "an hour later" as today's clock).
    date: held.date ? addDays(held.date, shift.days) : null,
    time: shift.minutes && held.time ? shiftClock(held.time, shift.minutes) : null,
  };
}
