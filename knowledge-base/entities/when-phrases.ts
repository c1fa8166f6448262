import { DateTime } from "luxon";
import type { DateCandidate, WhenMention } from "./schema";

// Phrases the recogniser misreads or leaves open, read by our own code: counted days ("a week from tomorrow"),
// "the week after next", "in the new year", and open ranges ("after Christmas").

/** Where a date lies relative to the shop's today. */
export function relation(date: string, today: string): DateCandidate["relation"] {
  return date < today ? "past" : date === today ? "today" : "future";
}

const dayOf = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

/** A recogniser value as it comes back (the fields we read). */
export interface RawValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

/** A mention built by our own code, with every field but the given ones empty. */
export function bare(
  kind: WhenMention["kind"],
  text: string,
  start: number,
  timex: string,
  rest: Partial<WhenMention>,
): WhenMention {
  return {
    kind,
    text,
    start,
    end: start + text.length - 1,
    timex,
    dates: [],
    times: [],
    dateRange: null,
    timeRanges: [],
    weekday: null,
    partOfDay: null,
    durationMinutes: null,
    approximate: false,
    explicitYear: false,
    ...rest,
  };
}

const OPEN_RANGE_DAYS = 14;

/**
 * The span a date range means: the reading that is not over yet ("after Christmas" in December is this year's, not
 * last year's); "after X" runs from the day after X for two weeks, "before X" from today to the day before.
 */
export function rangeOf(values: RawValue[], todayIso: string): WhenMention["dateRange"] {
  const spans = values.flatMap((v) => {
    const start = dayOf(v.start);
    const end = dayOf(v.end);
    if (v.Mod === "after" && start) {
      const from = DateTime.fromISO(start).plus({ days: 1 });
      return [{ start: from.toISODate()!, end: from.plus({ days: OPEN_RANGE_DAYS - 1 }).toISODate()! }];
    }
    if (v.Mod === "before" && end) {
      const to = DateTime.fromISO(end).minus({ days: 1 }).toISODate()!;
      return to >= todayIso ? [{ start: todayIso, end: to }] : [];
    }
    if (!start) return [];
    const last = end ? DateTime.fromISO(end).minus({ days: 1 }).toISODate()! : start;
    return [{ start, end: [start, last].sort()[1]! }];
  });
  return spans.find((x) => x.end >= todayIso) ?? spans[0] ?? null;
}

/** "The week after next": Monday to Sunday two weeks from this one (the recogniser reads it as a month). */
export function weekAfterNext(source: string, today: DateTime): WhenMention | null {
  const m = /\bthe week after next\b|\bweek after next\b/i.exec(source);
  if (!m) return null;
  const monday = today.minus({ days: today.weekday - 1 }).plus({ weeks: 2 });
  return bare("date_range", m[0], m.index, monday.toFormat("kkkk-'W'WW"), {
    dateRange: { start: monday.toISODate()!, end: monday.plus({ days: 6 }).toISODate()! },
  });
}

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const RELATIVE =
  /\b(?:in\s+)?(a|an|one|two|three|four|five|six|\d{1,2})\s+(day|week|fortnight)s?(?:['’]?s?\s+time)?(?:\s+(?:from|after)\s+(today|now|tomorrow)|\s+(today|tomorrow)\b)?/i;

/**
 * "A week from today", "two weeks from tomorrow", "a fortnight today", "in 3 days", "a week today": counted from the named day (the
 * recogniser counts "from tomorrow" from today and reads "a week from today" as tomorrow).
 */
export function relativeDay(source: string, today: DateTime): WhenMention | null {
  const m = RELATIVE.exec(source);
  if (!m || !(m[3] || m[4] || /^in\s/i.test(m[0]))) return null;
  const n = COUNT[m[1]!.toLowerCase()] ?? Number(m[1]);
  const from = /tomorrow/i.test(m[3] ?? m[4] ?? "") ? today.plus({ days: 1 }) : today;
  const unit = m[2]!.toLowerCase();
  const days = n * (unit === "fortnight" ? 14 : unit === "week" ? 7 : 1);
  const date = from.plus({ days }).toISODate()!;
  return bare("date", m[0], m.index, date, { dates: [{ date, relation: relation(date, today.toISODate()!) }] });
}

/** "In the new year": the first two weeks of January, a span to ask about (the recogniser reads New Year's Day). */
export function inTheNewYear(source: string, today: DateTime): WhenMention | null {
  const m = /\b(?:in|after) the new year\b/i.exec(source);
  if (!m) return null;
  const start = DateTime.fromObject({ year: today.year + 1, month: 1, day: 1 });
  const dateRange = { start: start.toISODate()!, end: start.plus({ days: OPEN_RANGE_DAYS - 1 }).toISODate()! };
  return bare("date_range", m[0], m.index, String(start.year), { dateRange });
}
