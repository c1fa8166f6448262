import type { recognizeDateTime } from "@microsoft/recognizers-text-date-time";
import { DateTime } from "luxon";
import { weekdayNumber } from "../weekdays";
import { fastWhenRead } from "./fast-when-read";
import { dateTimeRecognizer } from "./recognizers";
import { rereadClauses } from "./reread-clauses";
import type { PartOfDay, WhenKind, WhenMention } from "./schema";
import { weekdayWeekOn } from "./weekday-week-on";
import { bare, inTheNewYear, type RawValue, rangeOf, relation, relativeDay, weekAfterNext } from "./when-phrases";

/** Words without which a text cannot hold a date or time: the recogniser (a few ms a call) is skipped for them. */
const CUE =
  /\d|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(today|tonight|tomorrow|yesterday|now|noon|midday|midnight|morning|afternoon|evening|night|week|weekend|fortnight|month|day|days|hours?|minutes?|mins?|year|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|quarter|half|o'clock|christmas|xmas|thanksgiving|new year'?s?|eve)\b/i;
/** Text that carries a cue word yet never a date: e-mail addresses, phone numbers, money, percentages, "most days". */
const NO_DATE =
  /\S+@\S+|\+\d[\d\s-]{8,}\d|\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|\b\d{3}-\d{4}\b|[$£€]\s?\d[\d,.]*|\d+(\.\d+)?\s?%|\b(most|these|your|my|a (good|nice|great|lovely)) days?\b/gi;
/** Whether a text holds a date or time cue outside the spans that never carry one. */
const hasCue = (text: string) => CUE.test(text) && CUE.test(text.replace(NO_DATE, " "));
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

/** The shop's wall clock as a JS Date whose local fields equal it (the recogniser reads local fields). */
function referenceDate(now: DateTime): Date {
  return new Date(now.year, now.month - 1, now.day, now.hour, now.minute, now.second);
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
  // "(XXXX-WXX-2T10,XXXX-WXX-2T18,PT8H)": a range on a weekday names that weekday too.
  const weekdayMatch = /^\(?XXXX-WXX-([1-7])/.exec(timex);
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
  const dateRange = kind === "date_range" ? rangeOf(r.values, todayIso) : null;
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

/** "The day after Christmas": the holiday's date plus one (the recogniser reads "the day after" as tomorrow). */
function dayAfterHoliday(source: string, now: string, timeZone: string): WhenMention | null {
  // "Open Christmas Eve? And the day after?": the day after the holiday named before it.
  const m =
    /\b(?:the )?day after (christmas(?: day)?|xmas|thanksgiving(?: day)?|new year'?s(?: day)?)\b/i.exec(source) ??
    /(?<=\b(christmas eve|christmas(?: day)?|thanksgiving(?: day)?|new year'?s(?: eve| day)?)\b[^.;]*?)\bthe day after\b(?! (?:tomorrow|next|that|this))/i.exec(
      source,
    );
  if (!m) return null;
  const holiday = recognizeWhenFull(m[1]!.toLowerCase(), now, timeZone)[0];
  if (!holiday || holiday.dates.length === 0) return null;
  const todayIso = DateTime.fromISO(now, { setZone: true }).setZone(timeZone).toISODate()!;
  const dates = holiday.dates
    .map((d) => DateTime.fromISO(d.date).plus({ days: 1 }).toISODate()!)
    .map((date) => ({ date, relation: relation(date, todayIso) }));
  return {
    ...holiday,
    kind: "date",
    text: m[0],
    start: m.index,
    end: m.index + m[0].length - 1,
    timex: `${holiday.timex}+P1D`,
    dates,
  };
}

const BARE_WEEKDAY = /^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)[.!?]*$/i;
const BARE_CLOCK = /^(?:at\s+)?(\d{1,2})(?::([0-5]\d))?\s*(am|pm)?[.!?]*$/i;

const WEEKDAY_WORD = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const WEEKDAY_MODIFIER = /\b(next|this|last|every|coming|following|past|previous|each|that)\s+$/i;

/** Weekday names in a sentence with no other date or time words ("are you open on Saturday?"). */
function weekdaysInSentence(text: string, today: DateTime): WhenMention[] | null {
  const hits = [...text.matchAll(WEEKDAY_WORD)];
  if (hits.length === 0 || CUE.test(text.replace(WEEKDAY_WORD, " "))) return null;
  const todayIso = today.toISODate()!;
  const out: WhenMention[] = [];
  for (const h of hits) {
    if (WEEKDAY_MODIFIER.test(text.slice(0, h.index)) || /^['’]?s\b/i.test(text.slice(h.index + h[0].length)))
      return null;
    const weekday = weekdayNumber(h[1]!)!;
    const dates = weekdayCandidates(weekday, today).map((date) => ({ date, relation: relation(date, todayIso) }));
    out.push(bare("date", h[0].toLowerCase(), h.index, `XXXX-WXX-${weekday}`, { dates, weekday }));
  }
  return out;
}

/**
 * The recogniser's answer for the commonest one-word replies ("Friday", "10:30am", "at 4"), computed directly: the
 * full recogniser costs milliseconds per call. A test holds these equal to the recogniser's own output.
 */
function fastWhen(text: string, today: DateTime): WhenMention[] | null {
  const trimmed = text.trim();
  const lead = text.indexOf(trimmed);
  const wd = BARE_WEEKDAY.exec(trimmed);
  if (wd) {
    const weekday = weekdayNumber(wd[1]!)!;
    const todayIso = today.toISODate()!;
    const dates = weekdayCandidates(weekday, today).map((date) => ({ date, relation: relation(date, todayIso) }));
    return [
      bare(
        "date",
        wd[1]!.toLowerCase(),
        lead + trimmed.toLowerCase().indexOf(wd[1]!.toLowerCase()),
        `XXXX-WXX-${weekday}`,
        { dates, weekday },
      ),
    ];
  }
  const sentence = weekdaysInSentence(text, today);
  if (sentence) return sentence;
  const c = BARE_CLOCK.exec(trimmed);
  if (!c || (!c[2] && !c[3])) return null;
  let hour = Number(c[1]);
  const minute = c[2] ?? "00";
  const mer = c[3]?.toLowerCase();
  if (hour > 23 || (mer && (hour === 0 || hour > 12))) return null;
  if (mer === "pm" && hour < 12) hour += 12;
  if (mer === "am" && hour === 12) hour = 0;
  const hh = (h: number) => String(h).padStart(2, "0");
  const times =
    mer || hour === 0 || hour > 12
      ? [`${hh(hour)}:${minute}`]
      : [`${hh(hour % 12)}:${minute}`, `${hh((hour % 12) + 12)}:${minute}`];
  const matched = trimmed
    .replace(/^at\s+/i, "")
    .replace(/[.!?]+$/, "")
    .toLowerCase();
  const timex = `T${times[0]!.slice(0, 2)}${c[2] ? `:${minute}` : ""}`;
  return [bare("time", matched, lead + trimmed.toLowerCase().indexOf(matched), timex, { times })];
}

/** A sentence ends at ".", "!" or "?" before a capital letter, or at a line break ("…most days. Can I book Friday?"). */
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})|\n+/gu;

/**
 * The recogniser run only on the sentences that carry a date or time cue, with offsets kept relative to the whole
 * text: its cost grows with the text, and a long message's story ("I have a Trek I ride to work…") holds no date.
 */
function readCueSentences<R extends { start: number; end: number }>(text: string, read: (t: string) => R[]): R[] {
  const out: R[] = [];
  let from = 0;
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const [end, next] of [...ends, [text.length, text.length] as const]) {
    const piece = text.slice(from, end);
    if (hasCue(piece))
      for (const r of from === 0 && end === text.length ? read(text) : read(piece))
        out.push(from === 0 ? r : { ...r, start: r.start + from, end: r.end + from });
    from = next;
  }
  return out;
}

/** The recogniser itself (no fast path, no memo); exported for the equivalence test. */
export function recognizeWhenFull(text: string, now: string, timeZone: string, fast = false): WhenMention[] {
  if (!hasCue(text)) return [];
  const local = DateTime.fromISO(now, { setZone: true }).setZone(timeZone);
  if (!local.isValid) return [];
  const today = local.startOf("day");
  const quick = fast ? fastWhen(text, today) : null;
  if (quick) return quick;
  const { DateTimeOptions, recognizeDateTime: recognize } = dateTimeRecognizer();
  // With `fast`, a sentence whose one cue is a plain phrase ("Sunday at 2pm", "Nov 28", "today") is read directly.
  const read = (t: string) =>
    (fast ? fastWhenRead(t, local) : null) ?? recognize(t, "en-us", DateTimeOptions.None, referenceDate(local));
  let raw: ReturnType<typeof recognizeDateTime>;
  try {
    raw = rereadClauses(readCueSentences(text, read), read) as typeof raw;
  } catch {
    return [];
  }
  const special =
    weekdayWeekOn(text, today) ??
    weekAfterNext(text, today) ??
    dayAfterHoliday(text, now, timeZone) ??
    relativeDay(text, today) ??
    inTheNewYear(text, today);
  const out: WhenMention[] = special ? [special] : [];
  for (const r of raw) {
    const values = ((r.resolution as { values?: RawValue[] } | undefined)?.values ?? []) as RawValue[];
    const m = toMention({ start: r.start, end: r.end, text: r.text, typeName: r.typeName, values }, text, today);
    // The special reading replaces the recogniser's date; a clock time said with it ("in 3 days at 10") is kept.
    if (special && r.start <= special.end && r.end >= special.start) {
      if (m?.times.length && !special.times.length) Object.assign(special, { kind: "datetime", times: m.times });
      continue;
    }
    if (m) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

const MEMO_SIZE = 16;
const memo = new Map<string, WhenMention[]>();

/**
 * Date/time mentions in an already-normalised text, resolved against `now` (ISO instant) in `timeZone`. Never throws:
 * a recogniser failure yields no mentions. The last few results are remembered (a turn reads its message twice);
 * treat the result as read-only.
 */
export function recognizeWhen(text: string, now: string, timeZone: string): WhenMention[] {
  const key = `${timeZone}|${now}|${text}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const out = recognizeWhenFull(text, now, timeZone, true);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(key, out);
  return out;
}
