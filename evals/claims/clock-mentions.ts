import { memoText } from "../../knowledge-base/text-memo";
import { zoneShiftAfter, zoneShiftOfLine } from "./time-zones";

/** A clock time found in text: character span and minutes since midnight. */
export interface ClockMention {
  start: number;
  end: number;
  minutes: number;
  /** True when written with am/pm, a colon or "noon": it cannot be anything but a time. */
  explicit: boolean;
}

/** A time range ("9am–3pm", "10 to 6", "from 10:00 until 18:00"). */
export interface ClockRange {
  start: number;
  end: number;
  from: number;
  to: number;
}

const TOKEN =
  /(?<![\w$#/.:,]|\d{4}-|\d{4}-\d{2}-)(\d{1,2})(?:[:.](\d{2}))?(\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z]))?(?![\w%/]|[.,]\d)|\b(noon|midday|midnight)\b/gi;
const UNIT_AFTER =
  /^\s*(?:(?:-|–|to|or)\s*\d+\s*)?(?:\+\s*)?(?:minutes?|mins?|hours?|hrs?|h\b|days?|business|working|weeks?|months?|years?|%|percent|per\b|cables?|wheels?|dollars|bucks|people|bikes?|times|st\b|nd\b|rd\b|th\b|x\b|pm slots?)/i;
const CONTEXT_BEFORE =
  /(?:\b(?:at|from|until|till|til|'til|to|through|thru|between|before|after|around|by|opens?|closes?|and|@)\s*|[-–]\s*)$/i;
const RANGE_JOIN = /^\s*(?:-|–|—|to|until|till|til|'til|through|thru|and)\s*$/i;
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;

interface Raw {
  start: number;
  end: number;
  hour: number;
  minute: number;
  meridiem: "am" | "pm" | null;
  explicit: boolean;
}

function toMinutes(hour: number, minute: number, meridiem: "am" | "pm" | null): number {
  let h = hour;
  if (meridiem === "pm" && h < 12) h += 12;
  else if (meridiem === "am" && h === 12) h = 0;
  else if (!meridiem && h >= 1 && h <= 7) h += 12;
  return h * 60 + minute;
}

function rawTokens(text: string): Raw[] {
  const out: Raw[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[4]) {
      const w = m[4].toLowerCase();
      out.push({
        start,
        end,
        hour: w === "midnight" ? 0 : 12,
        minute: 0,
        meridiem: w === "midnight" ? "am" : "pm",
        explicit: true,
      });
      continue;
    }
    const hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    const mer = m[3] ? (m[3].trim().toLowerCase().startsWith("p") ? "pm" : "am") : null;
    if (minute > 59 || hour > 23 || (mer && hour > 12)) continue;
    // "…until 6:30 p.m. Wheels are…": a unit word past the end of the sentence (or line) counts nothing of this time.
    const after = text.slice(end);
    const crossesEnd = (m[3]?.endsWith(".") && /^\s+\p{Lu}/u.test(after)) || /^[^\S\n]*\n/.test(after);
    if (!crossesEnd && UNIT_AFTER.test(after)) continue;
    if (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const explicit = Boolean(mer || m[2]);
    if (!explicit) {
      if (hour > 12 || hour === 0) continue;
      const before = text.slice(Math.max(0, start - 12), start);
      const after = text.slice(end, end + 12);
      // "(7 on Thursday)" after a range: an hour tied to a weekday is a time.
      if (
        !CONTEXT_BEFORE.test(before) &&
        !/^\s*(?:-|–|to\s+\d|o'?clock|on (?:mon|tue|wed|thu|fri|sat|sun))/i.test(after)
      )
        continue;
    }
    out.push({ start, end, hour, minute, meridiem: mer, explicit });
  }
  return out;
}

/** Finds clock times and time ranges; bare hours need time context ("at 5", "10-6") and 1–7 read as pm (memoised, frozen). */
export const findClocks: (text: string) => { times: ClockMention[]; ranges: ClockRange[] } = memoText(clocksIn);

function clocksIn(text: string): { times: ClockMention[]; ranges: ClockRange[] } {
  const raw = rawTokens(text);
  const ranges: ClockRange[] = [];
  const inRange = new Set<Raw>();
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1]!;
    // An aside in brackets between the ends ("from 9:30 (to let the team settle) until 2:30") is no part of the join.
    const join = text.slice(a.end, b.start).replace(/\([^()\d]*\)/g, " ");
    // "3 pm — 6 pm is our weekday closing": a spaced em dash starts a new clause; "3–6" and "3 pm – 6 pm" are ranges.
    if (!RANGE_JOIN.test(join) || /\s—\s/.test(join)) continue;
    if (/and/i.test(join) && !/between\s*$/i.test(text.slice(Math.max(0, a.start - 10), a.start))) continue;
    const startMer =
      a.meridiem ??
      (b.meridiem === "am"
        ? "am"
        : b.meridiem === "pm" && a.hour + 12 <= (b.hour % 12) + 12 && a.hour < 12
          ? "pm"
          : null);
    const from =
      a.meridiem || startMer
        ? toMinutes(a.hour, a.minute, startMer)
        : a.hour >= 8 || a.hour === 12
          ? toMinutes(a.hour, a.minute, a.hour === 12 ? "pm" : "am")
          : toMinutes(a.hour, a.minute, null);
    let to: number;
    if (b.meridiem || b.hour > 12) to = toMinutes(b.hour, b.minute, b.meridiem);
    else {
      const am = (b.hour % 12) * 60 + b.minute + (b.hour === 12 ? 720 : 0);
      to = am > from ? am : am + 720;
    }
    ranges.push({ start: a.start, end: b.end, from, to });
    inRange.add(a).add(b);
    i++;
  }
  // "1 pm to 9 pm Eastern": a time (or a range ending) in another zone is read back onto the shop's Pacific clock;
  // in a zone that cannot be (its distance changes over the year) it is not read at all.
  // …or a zone labelling the line before its times ("Eastern Tue–Fri: 1 pm – 9 pm", a table's row).
  const zoneOf = (r: Raw) => {
    const after = zoneShiftAfter(text.slice(r.end, r.end + 24));
    return after !== undefined ? after : zoneShiftOfLine(text.slice(text.lastIndexOf("\n", r.start - 1) + 1, r.start));
  };
  const shift = new Map(raw.map((r) => [r, zoneOf(r)] as const));
  const within = (x: Raw, r: ClockRange) => x.start >= r.start && x.end <= r.end;
  const rangeShift = (r: ClockRange) => {
    const ends = raw.filter((x) => within(x, r));
    return shift.get(ends[1]!) !== undefined ? shift.get(ends[1]!) : shift.get(ends[0]!);
  };
  const kept = ranges.flatMap((r) => {
    const by = rangeShift(r);
    if (by === null) return [];
    return [by ? { ...r, from: r.from - by, to: r.to - by } : r];
  });
  const dropped = ranges.filter((r) => rangeShift(r) === null);
  const times = raw
    .filter((r) => shift.get(r) !== null && !dropped.some((d) => within(r, d)))
    .map((r) => {
      const inRange = ranges.find((g) => within(r, g));
      const by = (inRange ? rangeShift(inRange) : shift.get(r)) ?? 0;
      return {
        start: r.start,
        end: r.end,
        minutes: toMinutes(r.hour, r.minute, r.meridiem) - by,
        explicit: r.explicit,
      };
    });
  return { times, ranges: kept };
}

/** "HH:mm" of minutes since midnight. */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
