import { DateTime } from "luxon";
import { dateTimeRecognizer } from "./recognizers";
import type { RawResult } from "./reread-clauses";

// The recogniser's own answer for the commonest date/time phrases of a sentence, computed directly: Recognizers-Text
// costs milliseconds a call, most of it matching hundreds of patterns that a sentence with one plain phrase never
// needs. A phrase is read here only when it is the sentence's one date/time cue and no word next to it could change
// its reading ("next", "by", "or later"); otherwise the recogniser reads the sentence. A test runs both over every
// message of the repo's corpora and held-out sets, and over a year of reference days, and asserts the same result.

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** Month spellings the recogniser's MonthOfYear table holds ("may" left out: it is also a verb). */
const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  april: 4,
  apr: 4,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const CLOCK = String.raw`(\d{1,2})(?::([0-5]\d))?(?:\s?([ap])(?:m|\.m\.?))?`;
/** One phrase: a weekday at a clock time, a month and day (at a clock time), or today / tomorrow / now. */
const PHRASE = new RegExp(
  String.raw`\b(?:(${WEEKDAYS.join("|")})\s+at\s+${CLOCK}|(${Object.keys(MONTHS).join("|")})\s+(\d{1,2})(?:\s+at\s+${CLOCK})?|(today|tomorrow|now))(?![\p{L}\p{N}])`,
  "giu",
);
/** Words before a phrase that the recogniser reads into it (a modifier, a range, an approximation). */
const BEFORE =
  /(?:^|[^\p{L}\p{N}'’])(this|next|last|every|each|coming|following|past|previous|that|the|by|before|after|until|till|til|from|since|between|around|about|approx\w*|roughly|early|earlier|late|later|mid|end|start|beginning|within|during|through|thru|to|upcoming|same|other|another|right|just|as|of|up|even|than|and|or|not|no|except|ish|starting|starts?|beginning|begins?|effective|anytime|any)[\s,]*$/iu;
/** Words before "now" that make it no time at all ("for now") or a longer phrase ("right now", "until now"). */
const BEFORE_NOW =
  /(?:^|[^\p{L}\p{N}'’])(for|right|just|by|until|till|til|from|since|as|of|up|even|every|and|or)[\s,]*$/iu;
/** Words after a phrase that the recogniser reads into it. */
const AFTER =
  /^[\s,]*(or|and|to|until|till|til|through|thru|onwards?|later|earlier|latest|sharp|ish|on|then|that|at|of|the|this|next|before|after|local|pst|pdt|pt|est|edt|et|utc|gmt)(?![\p{L}\p{N}])/iu;

let vocabulary: RegExp | null = null;
/**
 * The recogniser's fail-fast pattern from its own English resources (`EnglishDateTime.FailFastRegex`: every number,
 * unit, weekday, month, season, holiday and "now" word it reads): a text it does not match holds no date or time.
 */
function recogniserVocabulary(): RegExp {
  vocabulary ??= new RegExp(dateTimeRecognizer().EnglishDateTime.FailFastRegex, "i");
  return vocabulary;
}

/** A clock time's hours and minutes as the recogniser resolves it: both readings of an hour said without am/pm. */
function clockTimes(h: string, m: string | undefined, mer: string | undefined): string[] | null {
  let hour = Number(h);
  const minute = m ?? "00";
  const meridiem = mer?.toLowerCase();
  if (!m && !meridiem) return null;
  if (hour > 23 || (meridiem && (hour === 0 || hour > 12))) return null;
  if (meridiem === "p" && hour < 12) hour += 12;
  if (meridiem === "a" && hour === 12) hour = 0;
  const hh = (x: number) => String(x).padStart(2, "0");
  // Without am/pm the hour as written comes first, then the other half of the day ("12:30" → 12:30, 00:30).
  return meridiem || hour === 0 || hour > 12
    ? [`${hh(hour)}:${minute}`]
    : [`${hh(hour)}:${minute}`, `${hh((hour + 12) % 24)}:${minute}`];
}

const timexClock = (times: string[], minutes: string | undefined) =>
  `T${times[0]!.slice(0, 2)}${minutes ? `:${times[0]!.slice(3)}` : ""}`;

/** The day of month `month`/`day` in `year`, or null when that year has no such day. */
function dayIn(year: number, month: number, day: number): DateTime | null {
  const d = DateTime.fromObject({ year, month, day });
  return d.isValid ? d : null;
}

/**
 * A month and day without a year: the last and the next occurrence around today, as the recogniser resolves them (a
 * date counts today as the last, a date with a clock time counts it as the next).
 */
function monthDayDates(today: DateTime, month: number, day: number, withTime: boolean): string[] | null {
  const thisYear = dayIn(today.year, month, day);
  if (!thisYear || (month === 2 && day > 28)) return null;
  const key = (d: DateTime) => d.toISODate()!;
  const todayIso = key(today);
  const past = withTime ? key(thisYear) < todayIso : key(thisYear) <= todayIso;
  const other = dayIn(today.year + (past ? 1 : -1), month, day)!;
  return past ? [key(thisYear), key(other)] : [key(other), key(thisYear)];
}

/** One raw result in the recogniser's shape (offsets inclusive, text lower-cased). */
function raw(m: RegExpExecArray, typeName: string, values: Record<string, string>[]): RawResult {
  return {
    start: m.index,
    end: m.index + m[0].length - 1,
    text: m[0].toLowerCase(),
    typeName: `datetimeV2.${typeName}`,
    resolution: { values },
  };
}

/**
 * The recogniser's results for `text` read against `local` (the shop's wall clock) when the text's only date/time cue
 * is one plain phrase (or none at all); null when the recogniser must read it.
 */
export function fastWhenRead(text: string, local: DateTime): RawResult[] | null {
  const failFast = recogniserVocabulary();
  // No word of the recogniser's own vocabulary: it finds nothing.
  if (!failFast.test(text)) return [];
  const found = [...text.matchAll(PHRASE)];
  if (found.length !== 1) return null;
  const m = found[0] as RegExpExecArray;
  const end = m.index + m[0].length;
  const rest = `${text.slice(0, m.index)} ${text.slice(end)}`;
  if (failFast.test(rest)) return null;
  if (BEFORE.test(text.slice(0, m.index)) || AFTER.test(text.slice(end))) return null;
  if (m[10] && /^now$/i.test(m[10]) && BEFORE_NOW.test(text.slice(0, m.index))) return null;
  if (/[\p{N}:/-]\s*$/u.test(text.slice(0, m.index)) || /^['’:/-]/.test(text.slice(end))) return null;
  const today = local.startOf("day");
  const iso = (d: DateTime) => d.toISODate()!;
  if (m[1]) {
    const times = clockTimes(m[2]!, m[3], m[4]);
    if (!times) return null;
    const weekday = WEEKDAYS.indexOf(m[1].toLowerCase()) + 1;
    const timex = `XXXX-WXX-${weekday}${timexClock(times, m[3])}`;
    const back = (today.weekday - weekday + 7) % 7 || 7;
    const dates = [iso(today.minus({ days: back })), iso(today.minus({ days: back }).plus({ days: 7 }))];
    return [
      raw(
        m,
        "datetime",
        times.flatMap((t) => dates.map((d) => ({ timex, type: "datetime", value: `${d} ${t}:00` }))),
      ),
    ];
  }
  if (m[5]) {
    const month = MONTHS[m[5].toLowerCase()]!;
    const day = Number(m[6]);
    const times = m[7] ? clockTimes(m[7], m[8], m[9]) : [];
    // "November 25 at 4:00 p.m.": the recogniser stops inside a dotted "p.m." after a month and day; it reads it.
    if (!times || day < 1 || m[0].endsWith(".") || /\.m$/i.test(m[0])) return null;
    const dates = monthDayDates(today, month, day, times.length > 0);
    if (!dates) return null;
    const date = `XXXX-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (!times.length)
      return [
        raw(
          m,
          "date",
          dates.map((d) => ({ timex: date, type: "date", value: d })),
        ),
      ];
    const timex = `${date}${timexClock(times, m[8])}`;
    return [
      raw(
        m,
        "datetime",
        times.flatMap((t) => dates.map((d) => ({ timex, type: "datetime", value: `${d} ${t}:00` }))),
      ),
    ];
  }
  const word = m[10]!.toLowerCase();
  if (word === "now")
    return [
      raw(m, "datetime", [{ timex: "PRESENT_REF", type: "datetime", value: local.toFormat("yyyy-MM-dd HH:mm:ss") }]),
    ];
  const day = iso(word === "today" ? today : today.plus({ days: 1 }));
  return [raw(m, "date", [{ timex: day, type: "date", value: day }])];
}
