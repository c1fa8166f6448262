import { Culture, DateTimeOptions, recognizeDateTime } from "@microsoft/recognizers-text-suite";
import { DateTime } from "luxon";
import type { DateCandidate, PartOfDay, WhenKind, WhenMention } from "./schema";

/** Words without which a text cannot hold a date or time: the recogniser (a few ms a call) is skipped for them. */
const CUE =
  /\d|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(today|tonight|tomorrow|yesterday|now|noon|midday|midnight|morning|afternoon|evening|night|week|weekend|fortnight|month|day|days|hours?|minutes?|mins?|year|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|quarter|half|o'clock|christmas|xmas|thanksgiving|new year'?s?|eve)\b/i;
const APPROX = /\b(around|about|approx\w*|roughly|ish|or so|give or take)\b/i;
const PART: Record<string, PartOfDay> = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night" };
const KIND: Record<string, WhenKind> = {
  date: "date",
  time: "time",
  datetime: "datetime",
  daterange: "date_range",
  timerange: "time_range",
  datetimerange: "datetime_range",
  duration: "duration",
  set: "recurring",
};

interface RawValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

/** The shop's wall clock as a JS Date whose local fields equal it (the recogniser reads local fields). */
function referenceDate(now: DateTime): Date {
  return new Date(now.year, now.month - 1, now.day, now.hour, now.minute, now.second);
}

function relation(date: string, today: string): DateCandidate["relation"] {
  return date < today ? "past" : date === today ? "today" : "future";
}

const clock = (v: string | undefined) => (v && /^([01]\d|2[0-3]):[0-5]\d/.test(v) ? v.slice(0, 5) : null);
const dayOf = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

function weekdayCandidates(weekday: number, today: DateTime): string[] {
  const back = (today.weekday - weekday + 7) % 7 || 7;
  const ahead = (weekday - today.weekday + 7) % 7 || 7;
  const out = [today.minus({ days: back }).toISODate()!, today.plus({ days: ahead }).toISODate()!];
  if (today.weekday === weekday) out.splice(1, 0, today.toISODate()!);
  return out;
}

function toMention(
  r: { start: number; end: number; text: string; typeName: string; values: RawValue[] },
  source: string,
  today: DateTime,
): WhenMention | null {
  const type = r.typeName.replace("datetimeV2.", "");
  const kind = KIND[type];
  const first = r.values[0];
  if (!kind || !first) return null;
  const timex = first.timex ?? "";
  const weekdayMatch = /^XXXX-WXX-([1-7])/.exec(timex);
  const weekday = weekdayMatch ? Number(weekdayMatch[1]) : null;
  const todayIso = today.toISODate()!;
  let dates: string[] = [];
  if (timex === "PRESENT_REF") dates = [todayIso];
  else if (weekday && (kind === "date" || kind === "datetime" || kind === "datetime_range"))
    dates = weekdayCandidates(weekday, today);
  else if (kind === "date" || kind === "datetime")
    dates = r.values.map((v) => dayOf(v.value)).filter((d): d is string => d !== null);
  else if (kind === "datetime_range")
    dates = r.values.map((v) => dayOf(v.start)).filter((d): d is string => d !== null);
  // A year on its own ("1430") or a far-off range is not a customer's date.
  if (/^\d{4}$/.test(timex) && !/^20\d\d$/.test(timex)) return null;
  const times =
    kind === "time" || kind === "datetime"
      ? r.values
          .map((v) => clock(kind === "time" ? v.value : v.value?.slice(11)))
          .filter((t): t is string => t !== null)
      : [];
  let dateRange: WhenMention["dateRange"] = null;
  if (kind === "date_range" && first.start) {
    const end = first.end ? DateTime.fromISO(first.end).minus({ days: 1 }).toISODate()! : first.start;
    dateRange = { start: first.start, end: [first.start, end].sort()[1]! };
  }
  const timeRanges =
    kind === "time_range"
      ? r.values.flatMap((v) => {
          const s = clock(v.start);
          const e = clock(v.end);
          return s && e ? [{ start: s, end: e }] : s ? [{ start: s, end: s }] : [];
        })
      : [];
  const part = /T(MO|AF|EV|NI)\b/.exec(timex)?.[1];
  const around = source.slice(Math.max(0, r.start - 12), r.end + 12);
  const durationSeconds = kind === "duration" ? Number(first.value) : Number.NaN;
  return {
    kind,
    text: r.text,
    start: r.start,
    end: r.end,
    timex,
    dates: [...new Set(dates)].map((date) => ({ date, relation: relation(date, todayIso) })),
    times: [...new Set(times)],
    dateRange,
    timeRanges,
    weekday,
    partOfDay: part ? (PART[part] ?? null) : null,
    durationMinutes: Number.isFinite(durationSeconds) ? durationSeconds / 60 : null,
    approximate: APPROX.test(around),
    explicitYear: /\b(19|20)\d{2}\b|\d{1,2}\/\d{1,2}\/\d{2,4}/.test(r.text),
  };
}

/** "The week after next": Monday to Sunday two weeks from this one (the recogniser reads it as a month). */
function weekAfterNext(source: string, today: DateTime): WhenMention | null {
  const m = /\bthe week after next\b|\bweek after next\b/i.exec(source);
  if (!m) return null;
  const monday = today.minus({ days: today.weekday - 1 }).plus({ weeks: 2 });
  return {
    kind: "date_range",
    text: m[0],
    start: m.index,
    end: m.index + m[0].length - 1,
    timex: monday.toFormat("kkkk-'W'WW"),
    dates: [],
    times: [],
    dateRange: { start: monday.toISODate()!, end: monday.plus({ days: 6 }).toISODate()! },
    timeRanges: [],
    weekday: null,
    partOfDay: null,
    durationMinutes: null,
    approximate: false,
    explicitYear: false,
  };
}

/**
 * Date/time mentions in an already-normalised text, resolved against `now` (ISO instant) in `timeZone`. Never throws:
 * a recogniser failure yields no mentions.
 */
export function recognizeWhen(text: string, now: string, timeZone: string): WhenMention[] {
  if (!CUE.test(text)) return [];
  const local = DateTime.fromISO(now, { setZone: true }).setZone(timeZone);
  if (!local.isValid) return [];
  const today = local.startOf("day");
  let raw: ReturnType<typeof recognizeDateTime>;
  try {
    raw = recognizeDateTime(text, Culture.English, DateTimeOptions.None, referenceDate(local));
  } catch {
    return [];
  }
  const special = weekAfterNext(text, today);
  const out: WhenMention[] = special ? [special] : [];
  for (const r of raw) {
    if (special && r.start <= special.end && r.end >= special.start) continue;
    const values = ((r.resolution as { values?: RawValue[] } | undefined)?.values ?? []) as RawValue[];
    const m = toMention({ start: r.start, end: r.end, text: r.text, typeName: r.typeName, values }, text, today);
    if (m) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}
