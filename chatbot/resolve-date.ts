import { DateTime } from "luxon";
import { WEEKDAY_ALIASES, weekdayNumber } from "../knowledge-base/index";

/** A resolved date/time request. `partOfDay` is kept when the customer gave no exact time ("Thursday morning"). */
export interface ResolvedWhen {
  date: string | null;
  time: string | null;
  partOfDay: "morning" | "afternoon" | "evening" | null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const WEEKDAY_RE = Object.keys(WEEKDAY_ALIASES)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** The customer's "today" in the shop's time zone. */
export function localNow(nowIso: string, zone: string): DateTime {
  // A turn reads its clock many times; a DateTime is immutable, so one is shared per (instant, zone) (bounded).
  const key = `${zone}|${nowIso}`;
  let out = localNows.get(key);
  if (!out) {
    if (localNows.size >= 256) localNows.clear();
    out = DateTime.fromISO(nowIso, { setZone: true }).setZone(zone);
    localNows.set(key, out);
  }
  return out;
}
const localNows = new Map<string, DateTime>();

/** Resolves a date expression ("tomorrow", "next Saturday", "Nov 28", "11/28", "the 28th") against `now` in `zone`. */
export function resolveDate(text: string, nowIso: string, zone: string): string | null {
  const t = text.toLowerCase();
  const today = localNow(nowIso, zone).startOf("day");
  if (/\bday after tomorrow\b/.test(t)) return today.plus({ days: 2 }).toISODate();
  if (/\b(tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow)\b/.test(t)) return today.plus({ days: 1 }).toISODate();
  if (/\b(today|tonight|this afternoon|this morning|right now)\b/.test(t)) return today.toISODate();
  const inDays = /\bin (\d{1,2}) days?\b/.exec(t);
  if (inDays) return today.plus({ days: Number(inDays[1]) }).toISODate();
  const iso = /\b(20\d{2})-(\d{2})-(\d{2})\b/.exec(t);
  if (iso) return DateTime.fromObject({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! }).toISODate();
  const monthFirst = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(t);
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b`).exec(t);
  if (monthFirst) return nextOccurrence(today, MONTHS[monthFirst[1]!]!, Number(monthFirst[2]));
  if (dayFirst) return nextOccurrence(today, MONTHS[dayFirst[2]!]!, Number(dayFirst[1]));
  const slash = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/.exec(t);
  if (slash) {
    const year = slash[3] ? (slash[3].length === 2 ? 2000 + Number(slash[3]) : Number(slash[3])) : null;
    if (year) return DateTime.fromObject({ year, month: +slash[1]!, day: +slash[2]! }).toISODate();
    return nextOccurrence(today, Number(slash[1]), Number(slash[2]));
  }
  const weekday = new RegExp(`\\b(next|this|coming)?\\s*(${WEEKDAY_RE})s?\\b`).exec(t);
  if (weekday) {
    const target = weekdayNumber(weekday[2]!)!;
    let delta = (target - today.weekday + 7) % 7;
    if (delta === 0) delta = weekday[1] ? 7 : 0;
    return today.plus({ days: delta }).toISODate();
  }
  const nth = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/.exec(t);
  if (nth) {
    const day = Number(nth[1]);
    const thisMonth = today.set({ day });
    return (thisMonth.isValid && thisMonth >= today ? thisMonth : today.plus({ months: 1 }).set({ day })).toISODate();
  }
  return null;
}

function nextOccurrence(today: DateTime, month: number, day: number): string | null {
  // Built in the shop's zone: a system-zone date would compare as "before today" on the same calendar day.
  let d = DateTime.fromObject({ year: today.year, month, day }, { zone: today.zone });
  if (!d.isValid) return null;
  if (d < today) d = d.plus({ years: 1 });
  return d.toISODate();
}

/** Resolves a time expression ("9:30am", "at 10", "2 pm", "14:00", "noon") to "HH:mm"; bare 1–7 read as pm. */
export function resolveTime(text: string): string | null {
  const t = text.toLowerCase();
  if (/\bnoon\b|\bmidday\b/.test(t)) return "12:00";
  if (/\bmidnight\b/.test(t)) return "00:00";
  const m =
    /\b(\d{1,2})(?::|\.)(\d{2})\s*(a\.?m\.?|p\.?m\.?)?/.exec(t) ??
    /\b(\d{1,2})()\s*(a\.?m\.?|p\.?m\.?|o'?clock)/.exec(t) ??
    /\b(?:at|around|by|about|@)\s*(\d{1,2})()()\b(?!\s*(?:\/|st|nd|rd|th|days?))/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const mer = (m[3] ?? "").replace(/\./g, "");
  if (hour > 23 || minute > 59) return null;
  if (mer.startsWith("p") && hour < 12) hour += 12;
  else if (mer.startsWith("a") && hour === 12) hour = 0;
  else if (!mer.startsWith("a") && !mer.startsWith("p") && hour >= 1 && hour <= 7) hour += 12;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** Reads a part of day ("morning", "afternoon", "evening") when no exact time is given. */
export function resolvePartOfDay(text: string): ResolvedWhen["partOfDay"] {
  const t = text.toLowerCase();
  if (/\bmorning\b|\bam\b/.test(t)) return "morning";
  if (/\bafternoon\b|\bpm\b/.test(t)) return "afternoon";
  if (/\bevening\b|\bafter work\b|\btonight\b/.test(t)) return "evening";
  return null;
}

/** Resolves date and time text together. */
export function resolveWhen(
  dateText: string | null | undefined,
  timeText: string | null | undefined,
  nowIso: string,
  zone: string,
): ResolvedWhen {
  const date = dateText ? resolveDate(dateText, nowIso, zone) : null;
  const time = timeText ? resolveTime(timeText) : null;
  const partOfDay = time ? null : resolvePartOfDay(`${timeText ?? ""} ${dateText ?? ""}`);
  return { date, time, partOfDay };
}
