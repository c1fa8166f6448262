import { DateTime } from "luxon";
import { type Handbook, normalizeText, recognizeWhen, type WhenMention } from "../knowledge-base/index";
import { chooseDate, DAY_OF_MONTH, dayInMonth, days, THIS_WEEKDAY, weekdayWritten } from "./choose-date";
import { chooseTime, meantTimes, REFUSED_AFTER } from "./choose-time";
import { writesDayFirst } from "./day-first-writer";
import { hedgedSpan } from "./hedged-day";
import { nextWeekdayIsAmbiguous } from "./next-weekday-week";
import { addDays, slotsOn, toMinutes } from "./shop-calendar";
import { afterSpan, weekOfSpan } from "./week-of";

/** A customer's date/time words, resolved by code: the chosen day and clock time, or what is still open. */
export interface When {
  /** The one calendar date meant (a past date is kept so the validator can refuse it with the reason). */
  date: string | null;
  /** Every date mentioned, in order ("open Saturday and Tuesday?"). */
  dates: string[];
  /** The customer named weekdays only ("Friday"), not calendar dates ("the 27th", "tomorrow"). */
  weekdayOnly: boolean;
  /** Recurring weekdays ("on Saturdays"): ISO weekday numbers. */
  recurring: number[];
  /** A week or range without one day ("next week", "the week after next"): the bot asks which day. */
  range: { start: string; end: string } | null;
  time: string | null;
  partOfDay: "morning" | "afternoon" | "evening" | null;
  /** "first slot", "earliest you have", "first thing". */
  earliest: boolean;
  /** "last slot", "latest drop-off", "as late as possible". */
  latest: boolean;
  /** A weekday and a day of the month that disagree ("Wednesday the 12th" when the 12th is a Thursday): both dates. */
  clash: { weekday: string; dayOfMonth: string } | null;
  /** The clock time was said approximately ("around noon", "about 11", "5ish"). */
  approximate: boolean;
  /**
   * Two days the words may mean, earlier first: "next Friday" when the coming Friday is within six days (it and the
   * one a week on), "06/05" when June 5 and 6 May both lie ahead. A booking asks which (decision 015); an answer about
   * hours keeps `date`.
   */
  either: [string, string] | null;
}

/** Words that make a clock time approximate ("around 4", "about 11", "noon-ish", "11 or so"). */
const APPROX =
  /\b(about|around|roughly|approx\w*|circa)\s+(\d{1,2}(?!\w)(?!\s*(st|nd|rd|th)\b)|noon|midday|lunch|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|(\d|noon|midday|lunch\w*|o'clock)\s*-?\s*ish\b|\d\s+or so\b/i;

const EARLIEST =
  /\b(first|earliest) (slot|thing|available|opening|one|time)\b|\bearliest\b|\bsoonest\b|\bnext (available|free|open)\b|\bas soon as (possible|you can)\b|\basap\b|\bas early as (possible|you can)\b|\bwhen you open\b|\b(for|at) opening( time)?\b/i;
const LATEST =
  /\b(last|latest|final) (drop-?\s?off )?(slot|drop-?\s?off|appointment)\b|\bas late as (possible|you can)\b|\blatest\b/i;
const NEXT_WEEKDAY = /^next\s+(mon|tue|wed|thu|fri|sat|sun)/i;
/**
 * Words before a date that is being replaced or turned down ("instead of Friday", "not the 12th", "move it from
 * Tuesday", "I can't do Saturday after all"): the negation's scope is the day right after it.
 */
const REPLACED =
  /\b(instead of|rather than|not|from|no longer|(?:can'?t|cannot|can not|won'?t|couldn'?t) (?:do|make|manage|come)(?: it)?(?: on)?)\s+(the\s+|on\s+|this\s+|next\s+)?$/i;

/** Words that lead a month said as the span meant ("sometime in feb", "a Saturday of March", "during May"). */
const MONTH_LEAD = /\b(in|during|of|this|next|through|throughout|early|mid|late)\s+(the\s+)?(month of\s+)?$/i;

const PART: Record<string, When["partOfDay"]> = {
  morning: "morning",
  afternoon: "afternoon",
  evening: "evening",
  night: "evening",
};

/**
 * Resolves date and time text (an offline message or a model's slot phrases) against `now` in the shop's zone. A date
 * `notMeant` (a day just refused, named again beside another) is passed over like one said "instead of".
 */
export function resolveWhen(
  h: Handbook,
  dateText: string | null | undefined,
  timeText: string | null | undefined,
  now: string,
  notMeant: (date: string) => boolean = () => false,
  heldTime: string | null = null,
): When {
  const text = [dateText, timeText && timeText !== dateText ? timeText : null].filter(Boolean).join(" ; ");
  const out: When = {
    date: null,
    dates: [],
    weekdayOnly: false,
    recurring: [],
    range: null,
    time: null,
    partOfDay: null,
    earliest: false,
    latest: false,
    clash: null,
    approximate: false,
    either: null,
  };
  if (!text) return out;
  const today = DateTime.fromISO(now, { setZone: true }).setZone(h.shop.timeZone).toISODate() ?? now.slice(0, 10);
  const norm = normalizeText(text);
  const found = recognizeWhen(norm, now, h.shop.timeZone);
  // "You are now in developer mode… Sunday at 8am": a bare "now" yields to any other date.
  const mentions = found.some((m) => m.timex !== "PRESENT_REF" && m.dates.length)
    ? found.filter((m) => m.timex !== "PRESENT_REF")
    : found;
  // "January, the 15th": a month named beside a bare day of the month is that day in that month.
  const month = mentions.find((m) => /^XXXX-\d\d$/.test(m.timex));
  const inMonth = (m: WhenMention) => (month && /^XXXX-XX-\d\d/.test(m.timex) ? dayInMonth(m, month, today) : m);
  // "Next Wednesday the 23rd": a day of the month that agrees with the recogniser's "next Wednesday" confirms it.
  const monthDays = new Set(
    mentions.filter((m) => DAY_OF_MONTH.test(m.text)).flatMap((m) => m.dates.map((x) => x.date)),
  );
  const named: boolean[] = [];
  const thisWeekday: boolean[] = [];
  const replaced: boolean[] = [];
  const times: string[] = [];
  // "Mid afternoon, like 3:30": a clock time said in digits is more precise than one read from words beside it.
  const clockMentions = mentions.filter((m) => m.times.length > 0);
  const inDigits = clockMentions.find((m) => /\d/.test(m.text));
  if (inDigits && clockMentions.some((m) => !/\d/.test(m.text))) times.push(...inDigits.times);
  // "6pm is too late for me, can you make it 4pm": a clock time turned down or already held gives way to the other.
  else times.push(...meantTimes(norm, mentions, heldTime));
  const written: (number | null)[] = [];
  // "Hiya, a tune-up for 3/6? cheers": a writer who may write the day first is asked which day, however far either is.
  const dayFirstWriter = writesDayFirst(text);
  const nextWeekday = new Map<string, string>();
  for (const m of mentions.filter((x) => x !== month || !mentions.some((y) => inMonth(y) !== y)).map(inMonth)) {
    if (m.kind === "recurring" && m.weekday) out.recurring.push(m.weekday);
    if (m.kind === "date_range" && m.dateRange && m.dateRange.start !== m.dateRange.end) out.range ??= m.dateRange;
    else if (m.kind === "date_range" && m.dateRange) out.dates.push(m.dateRange.start);
    let d = chooseDate(m, today);
    // "next Friday" said on a Monday is the coming Friday (the recogniser reads the Friday of next week).
    if (d && m.weekday === null && NEXT_WEEKDAY.test(m.text) && days(today, d) > 7 && !monthDays.has(d))
      d = DateTime.fromISO(d).minus({ days: 7 }).toISODate();
    // "Next Friday" when the coming Friday is still this calendar week: that one or the one a week on (decision 015).
    if (d && NEXT_WEEKDAY.test(m.text) && !monthDays.has(d) && days(today, d) >= 1 && nextWeekdayIsAmbiguous(today, d))
      nextWeekday.set(d, addDays(d, 7));
    // "06/05": June 5 or 6 May — asked when both readings lie ahead within the booking horizon (decision 015).
    const other = d ? dayFirstReading(m.text, d, today, dayFirstWriter ? YEAR_DAYS : HORIZON_DAYS) : null;
    if (d && other) nextWeekday.set(d, other);
    if (d) {
      out.dates.push(d);
      named.push(m.weekday !== null && !/\b(today|tonight|tomorrow|now)\b/i.test(m.text));
      // "This Tuesday the 8th": the day of the month is the more precise, even once "this Tuesday" is resolved.
      thisWeekday.push(THIS_WEEKDAY.test(m.text) && !DAY_OF_MONTH.test(m.text));
      // "Friday doesn't work after all. Saturday instead": a day turned down is being replaced too.
      replaced.push(
        REPLACED.test(norm.slice(Math.max(0, m.start - 24), m.start)) ||
          REFUSED_AFTER.test(norm.slice(m.end + 1, m.end + 30)),
      );
      written.push(m.weekday === null ? weekdayWritten(m.text) : null);
    }
    if (m.partOfDay) out.partOfDay = PART[m.partOfDay] ?? null;
    if (m.kind === "time_range" && m.timeRanges[0] && !out.partOfDay) {
      const start = toMinutes(m.timeRanges[0].start);
      out.partOfDay = start < 12 * 60 ? "morning" : start < 17 * 60 ? "afternoon" : "evening";
    }
  }
  // "Thursday the 13th" said on Friday the 14th: the weekday and the day of the month that agree name one day (the
  // 13th, refused as past), not the coming Thursday beside it.
  const weekdayOf = (d: string) => DateTime.fromISO(d).weekday;
  const agrees = (i: number) =>
    named[i] === true &&
    out.dates.some((d, j) => named[j] === false && !thisWeekday[j] && weekdayOf(d) === weekdayOf(out.dates[i]!));
  for (let i = out.dates.length - 1; i >= 0; i--)
    if (agrees(i)) for (const a of [out.dates, named, thisWeekday, replaced, written]) a.splice(i, 1);
  out.dates = [...new Set(out.dates)];
  // "Tuesday the 1st": the day of the month is the more precise of the two.
  const precise = out.dates.find((_, i) => named[i] === false && !thisWeekday[i]);
  // "Merry Christmas Eve! … tomorrow?": today named in passing yields to the other day (today cannot be booked).
  const other = out.dates.length > 1 ? out.dates.find((d) => d !== today) : undefined;
  out.date = ((named.some(Boolean) || thisWeekday.some(Boolean)) && precise) || other || out.dates[0] || null;
  // "Saturday instead of Friday", "from Friday to Saturday": the day being left is not the one meant.
  const dropped = (d: string, i: number) => replaced[i] || notMeant(d);
  const kept = out.dates.filter((d, i) => !dropped(d, i));
  // Of the days left, the day of the month is the more precise ("Christmas. Tuesday the 29th at 11").
  if (kept.length && kept.length < out.dates.length)
    out.date = out.dates.find((d, i) => !dropped(d, i) && named[i] === false && !thisWeekday[i]) ?? kept[0]!;
  // "Friday doesn't work for me after all": no day is left to take.
  else if (out.dates.length && replaced.every(Boolean)) out.date = null;
  // "Yesterday lol jk, tomorrow": a day already gone, named beside one still ahead, is not the day meant (a weekday
  // with its day of the month, "this Tuesday the 8th", names one day: that one is refused as past).
  const ahead = kept.find((d) => d > today);
  const pair = (named.some(Boolean) || thisWeekday.some(Boolean)) && monthDays.has(out.date ?? "");
  // "Wednesday the 12th" when the 12th is a Thursday: which one is meant is asked, not guessed.
  const namedDays = mentions.filter((m) => m.weekday !== null && m.dates.length).map((m) => m.weekday);
  const dayOfMonth = out.date && monthDays.has(out.date) ? DateTime.fromISO(out.date).weekday : null;
  if (dayOfMonth && namedDays.length && !namedDays.includes(dayOfMonth)) {
    const weekday = out.dates.find((d) => namedDays.includes(DateTime.fromISO(d).weekday));
    if (weekday) out.clash = { weekday, dayOfMonth: out.date! };
    out.date = null;
  }
  // "Thursday 11/25" when the 25th is a Wednesday (read by the recogniser as one date): asked, not guessed.
  const own = out.date ? written[out.dates.indexOf(out.date)] : null;
  if (out.date && own && own !== weekdayOf(out.date) && !out.clash) {
    let weekday = addDays(today, 1);
    while (weekdayOf(weekday) !== own) weekday = addDays(weekday, 1);
    out.clash = { weekday, dayOfMonth: out.date };
    out.date = null;
  }
  if (out.date && out.date < today && ahead && !pair) out.date = ahead;
  // "The week after next, on the Tuesday": a weekday said beside a week is that week's weekday.
  const span = out.range && out.range.end >= today && days(out.range.start, out.range.end) < 14 ? out.range : null;
  if (out.date && span && named.length && named.every(Boolean) && !(out.date >= span.start && out.date <= span.end)) {
    let inSpan = sameWeekdayIn(span, out.date);
    if (inSpan && inSpan <= today) inSpan = null;
    if (inSpan) out.dates = out.dates.map((d) => (d === out.date ? inSpan : d));
    out.date = inSpan ?? out.date;
  }
  // "Sometime in February, a Thursday ideally": a weekday said beside a month is one of that month's — which, is asked.
  // (A month said as one: "in feb", "of March" — not "Jun" in a name, nor a season.)
  const monthSaid = month && MONTH_LEAD.test(norm.slice(Math.max(0, month.start - 20), month.start)) ? month : null;
  const inMonthSpan = (d: string) =>
    !monthSaid?.dateRange || (d >= monthSaid.dateRange.start && d <= monthSaid.dateRange.end);
  if (out.date && monthSaid && !span && named.length && named.every(Boolean) && !inMonthSpan(out.date)) {
    out.range = monthSaid.dateRange;
    out.date = null;
  }
  if (out.date) out.range = null;
  // "Sometime around the 10th", "in two weeks or so": a day said only roughly is a span to choose from.
  // "The week of the 14th": that week is the span.
  const around = out.date
    ? (hedgedSpan(norm, mentions, out.date, today) ??
      weekOfSpan(norm, mentions, out.date, today) ??
      afterSpan(norm, mentions, out.date, today))
    : null;
  if (around) [out.range, out.date] = [around, null];
  // "Thursday or Friday next week": two days offered as alternatives are asked about, naming both.
  const [a, b] = out.dates;
  if (out.date && out.dates.length === 2 && !replaced.some(Boolean) && /\bor\b/i.test(norm) && a !== b)
    nextWeekday.set(out.date, out.date === a ? b! : a!);
  const second = out.date ? nextWeekday.get(out.date) : undefined;
  if (out.date && second) out.either = out.date < second ? [out.date, second] : [second, out.date];
  out.weekdayOnly = named.length > 0 && named.every(Boolean);
  out.time = chooseTime(h, times, out.date);
  out.approximate = out.time !== null && APPROX.test(norm);
  out.earliest = EARLIEST.test(norm);
  out.latest = !out.earliest && LATEST.test(norm);
  if (!out.time && !out.partOfDay) {
    if (/\bmorning\b/i.test(text)) out.partOfDay = "morning";
    else if (/\bafternoon\b|\bafter lunch\b/i.test(text)) out.partOfDay = "afternoon";
    else if (/\bevening\b|\bafter work\b/i.test(text)) out.partOfDay = "evening";
    else out.partOfDay = afterHour(text);
  }
  return out;
}

/** A date written in digits, month and day only ("06/05", "1.12"). */
const NUMERIC_DATE = /^\s*(\d{1,2})[/.](\d{1,2})\s*$/;
/** How far ahead a reading of a numeric date must lie to be one a customer could mean (about three months). */
const HORIZON_DAYS = 90;
/** The same for a writer who gives a reason to read dates day-first ("I'm over from Dublin"): within the year. */
const YEAR_DAYS = 366;

/**
 * The day-first reading of a numeric date ("06/05" → 6 May) when it differs from the month-first one the recogniser
 * gave (`read`), when it lies ahead within the booking horizon and the recogniser's reading lies ahead too; otherwise
 * null (a reading in the past, or a day-first one far off, is not meant).
 */
function dayFirstReading(text: string, read: string, today: string, horizon: number): string | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m || m[1] === m[2] || Number(m[1]) > 12 || Number(m[2]) > 12) return null;
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const alt = DateTime.fromObject({ year: y, month: Number(m[2]), day: Number(m[1]) });
    const d = alt.isValid ? alt.toISODate() : null;
    if (!d || d <= today) continue;
    const ahead = (x: string) => x > today && days(today, x) <= horizon;
    // "3/12" in late November: 3 December is near, 12 March far but ahead — either may be meant, so it is asked.
    return d !== read && ahead(d) && read > today ? d : null;
  }
  return null;
}

/** The last drop-off slot on a date (for "last slot" requests), or null when closed. */
export function lastSlot(h: Handbook, date: string): string | null {
  return slotsOn(h, date).at(-1) ?? null;
}

/**
 * The drop-off slot nearest an approximate time ("around 12:15" → 12:00 or 12:30, the earlier on a tie) when the time
 * falls inside the day's drop-off window (first to last slot); otherwise the time itself, for the validator to refuse
 * with the reason ("around 6:30" when the last drop-off is 6pm: the last drop-off rule is said, not silently applied).
 */
export function nearestSlot(h: Handbook, date: string, time: string): string {
  const slots = slotsOn(h, date);
  const at = toMinutes(time);
  if (!slots.length || at < toMinutes(slots[0]!) || at > toMinutes(slots.at(-1)!)) return time;
  return slots.reduce((best, s) => (Math.abs(toMinutes(s) - at) < Math.abs(toMinutes(best) - at) ? s : best));
}

/** The first drop-off slot on a date (for "first slot" requests), or null when closed. */
export function firstSlot(h: Handbook, date: string): string | null {
  return slotsOn(h, date)[0] ?? null;
}

/** The date inside `span` on the weekday of `date`, or null when the span has none. */
function sameWeekdayIn(span: { start: string; end: string }, date: string): string | null {
  const weekday = DateTime.fromISO(date).weekday;
  for (let d = span.start; d <= span.end; d = addDays(d, 1)) if (DateTime.fromISO(d).weekday === weekday) return d;
  return null;
}

/** "After 5" (an afternoon hour unless "am" is said): the part of the day from that hour on. */
function afterHour(text: string): When["partOfDay"] {
  const m = /\bafter ([1-9]|1[0-2])(?::[0-5]\d)?\s*(am|pm)?\b/i.exec(text);
  if (!m) return null;
  const hour = Number(m[1]) + (m[2]?.toLowerCase() === "am" || (!m[2] && Number(m[1]) >= 8) ? 0 : 12);
  return hour >= 17 ? "evening" : hour >= 12 ? "afternoon" : "morning";
}
