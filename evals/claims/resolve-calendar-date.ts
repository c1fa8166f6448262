import { DateTime } from "luxon";

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Resolves an explicit calendar date ("Nov 28", "28th of November", "11/28", "2026-11-28", "the 28th") to the next
 * such date on or after `now`'s local day in `zone` (all arithmetic in the shop's zone, so "today" stays today).
 */
export function resolveCalendarDate(text: string, now: string, zone: string): string | null {
  // Readers resolve the same sentence's date for several claims of a reply: the answer is remembered (bounded).
  const key = `${zone}|${now}|${text}`;
  const hit = resolved.get(key);
  if (hit !== undefined) return hit;
  if (resolved.size >= 2048) resolved.clear();
  const out = resolve(text, now, zone);
  resolved.set(key, out);
  return out;
}
const resolved = new Map<string, string | null>();

function resolve(text: string, now: string, zone: string): string | null {
  const t = text.toLowerCase();
  // The local day is computed only for a text that names a date (most sentences name none).
  let day: DateTime | null = null;
  const local = () => (day ??= DateTime.fromISO(now, { setZone: true }).setZone(zone).startOf("day"));
  const make = (year: number, month: number, day: number) => {
    const d = DateTime.fromObject({ year, month, day }, { zone });
    return d.isValid ? d : null;
  };
  const next = (month: number, dayOfMonth: number) => {
    const today = local();
    const d = make(today.year, month, dayOfMonth);
    if (!d) return null;
    return (d < today ? (make(today.year + 1, month, dayOfMonth) ?? d) : d).toISODate();
  };
  const iso = /\b(20\d{2})-(\d{2})-(\d{2})\b/.exec(t);
  if (iso) return make(+iso[1]!, +iso[2]!, +iso[3]!)?.toISODate() ?? null;
  const monthFirst = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/.exec(
    t,
  );
  if (monthFirst) return next(MONTHS[monthFirst[1]!]!, +monthFirst[2]!);
  const dayFirst =
    /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.exec(t);
  if (dayFirst) return next(MONTHS[dayFirst[2]!]!, +dayFirst[1]!);
  const slash = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/.exec(t);
  if (slash) {
    if (!slash[3]) return next(+slash[1]!, +slash[2]!);
    const y = slash[3].length === 2 ? 2000 + +slash[3] : +slash[3];
    return make(y, +slash[1]!, +slash[2]!)?.toISODate() ?? null;
  }
  const nth = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/.exec(t);
  if (nth) {
    const today = local();
    const d = make(today.year, today.month, +nth[1]!);
    if (d && d >= today) return d.toISODate();
    const m = today.plus({ months: 1 });
    return make(m.year, m.month, +nth[1]!)?.toISODate() ?? null;
  }
  return null;
}
