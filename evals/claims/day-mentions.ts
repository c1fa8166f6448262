import { type Handbook, WEEKDAY_ALIASES, WEEKDAYS, type Weekday } from "../../knowledge-base/index";
import { carryMonth } from "./carried-month";
import { namedHoliday, nearestMonthDay } from "./holiday-calendar";
import { resolveCalendarDate } from "./resolve-calendar-date";
import { localDate, plusDays, recentWithWeekday, relativeDay, weekdayFrom, weekdayOn } from "./shop-calendar";
import { weekQualifiedDate } from "./week-qualifier";

/** A mention of one or more days: recurring weekdays ("Saturdays", "Tue–Fri") and/or one calendar date. */
export interface DayMention {
  start: number;
  end: number;
  text: string;
  days: Weekday[];
  /** The calendar date meant, when the text pins one ("tomorrow", "Nov 26", "this Thursday", a bare "Thursday"). */
  date: string | null;
  /** True for a single weekday said as a recurring day ("Saturdays", "on Saturday" in an hours statement). */
  recurring: boolean;
  /** True for group mentions (ranges, "weekdays", "every day"). */
  group: boolean;
  /** True when the words themselves fix the date ("this Thursday", "Nov 26", "tomorrow"), not a bare weekday. */
  pinned: boolean;
}

const ORDER = WEEKDAYS;
const FULL = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const ABBR = "mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun";
const DAY = `(?:${FULL}|${ABBR})`;
const DAY_RE = new RegExp(DAY, "i");
const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

const weekdayOf = (word: string): Weekday | null => WEEKDAY_ALIASES[word.toLowerCase().slice(0, 3)] ?? null;
const span = (a: Weekday, b: Weekday): Weekday[] => {
  const out: Weekday[] = [];
  for (let i = ORDER.indexOf(a); ; i = (i + 1) % 7) {
    out.push(ORDER[i]!);
    if (ORDER[i] === b || out.length > 7) return out;
  }
};
const weekdayOfDate = weekdayOn;
/** An abbreviation counts only when it cannot be an ordinary word ("sat", "sun", "wed", "mon" need a capital, a dash,
 * or a date or clock time after them: "sat 26th", "wed at 10", "mon 9am"). */
const okAbbr = (word: string, after: string) =>
  !/^(sat|sun|wed|mon)$/.test(word.toLowerCase()) ||
  /^[A-Z]/.test(word) ||
  /^[-–:.]/.test(after) ||
  /^,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|^,?\s+(?:at\s+\d|\d{1,2}(?::\d\d)?\s*[ap]m\b)/i.test(after);

interface Pattern {
  re: RegExp;
  build(
    m: RegExpMatchArray,
    ctx: { now: string; zone: string; h: Handbook },
  ): Omit<DayMention, "start" | "end" | "text"> | null;
}

const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`\\b(${DAY})s?\\.?\\s*(?:-|–|—|to|through|thru|till|until)\\s*(${DAY})s?\\b\\.?`, "gi"),
    build: (m) => {
      const a = weekdayOf(m[1]!);
      const b = weekdayOf(m[2]!);
      return a && b ? { days: span(a, b), date: null, recurring: true, group: true, pinned: false } : null;
    },
  },
  {
    re: new RegExp(
      `\\b(?:(?:on\\s+)?(this|next|coming|this coming)\\s+)?(${DAY})(s)?\\b(?:,?\\s+(?:the\\s+)?((?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+(?:${MONTH}))?|\\d{1,2}\\s+of\\s+(?:${MONTH})|\\d{1,2}/\\d{1,2}))?`,
      "gi",
    ),
    build: (m, { now, zone }) => {
      const day = weekdayOf(m[2]!);
      if (!day) return null;
      const explicit = m[4]
        ? resolveCalendarDate(/^\d+(?:st|nd|rd|th)$/i.test(m[4]) ? `the ${m[4]}` : m[4], now, zone)
        : null;
      const at = m.index ?? 0;
      const week = explicit ? null : weekQualifiedDate(m.input ?? "", at, at + m[0].length, day, localDate(now, zone));
      const date =
        (explicit && recentWithWeekday(explicit, day, localDate(now, zone))) ??
        explicit ??
        week ??
        weekdayFrom(localDate(now, zone), day, m[1]);
      // "on a Thursday", "any Saturday": a weekday in general, like "Thursdays".
      const generic = /\b(?:a|any|every|each)\s+$/i.test(
        (m.input ?? "").slice(Math.max(0, (m.index ?? 0) - 6), m.index),
      );
      return {
        days: [day],
        date,
        recurring: (Boolean(m[3]) || generic) && !m[1] && !explicit && !week,
        group: false,
        pinned: Boolean(m[1] || explicit || week),
      };
    },
  },
  {
    re: new RegExp(
      `\\b(?:(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})|the\\s+\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|20\\d{2}-\\d{2}-\\d{2})\\b`,
      "gi",
    ),
    build: (m, { now, zone }) => {
      const date = resolveCalendarDate(m[0], now, zone);
      return date ? { days: [weekdayOfDate(date)], date, recurring: false, group: false, pinned: true } : null;
    },
  },
  {
    // "Does that look right now?": "right" judging the details, then "now" (after the edit), is no "right now".
    re: /\b(day after tomorrow|tomorrow|tmrw|yesterday|today|tonight|this (?:morning|afternoon|evening)|(?<!\b(?:looks?|looking|sounds?|seems?|feels?|all|everything)\s+)right now)\b/gi,
    build: (m, { now, zone }) => {
      const date = relativeDay(m[1]!, localDate(now, zone));
      return date ? { days: [weekdayOfDate(date)], date, recurring: false, group: false, pinned: true } : null;
    },
  },
  {
    // "Christmas week", "the Thanksgiving weekend": a stretch around the holiday (namedWeek), not the day itself.
    re: /\b(thanksgiving(?: day)?|christmas(?: day)?(?! eve)|new year'?s(?: day)?(?! eve))\b(?!'?s?\s+(?:week|weekend|season|holidays|break|period|rush)\b)/gi,
    build: (m, { now, zone, h }) => {
      const hol = namedHoliday(h, m[1]!, localDate(now, zone));
      return hol
        ? { days: [weekdayOfDate(hol.date)], date: hol.date, recurring: false, group: false, pinned: true }
        : null;
    },
  },
  {
    // An eve is an ordinary day with its weekday's hours: the day before Christmas, six days after it.
    re: /\b(christmas|new year'?s) eve\b/gi,
    build: (m, { now, zone }) => {
      const date = nearestMonthDay(12, /^christmas/i.test(m[1]!) ? 24 : 31, localDate(now, zone));
      return date ? { days: [weekdayOfDate(date)], date, recurring: false, group: false, pinned: true } : null;
    },
  },
  {
    re: /\b(?:week ?days|(?<=\b(?:any|every|each)\s+)week ?day|mon-fri)\b/gi,
    build: () => ({ days: span("mon", "fri"), date: null, recurring: true, group: true, pinned: false }),
  },
  {
    re: /\bweek ?ends?\b/gi,
    build: () => ({ days: ["sat", "sun"], date: null, recurring: true, group: true, pinned: false }),
  },
  {
    re: /\b(?:every ?day|daily|(?:7|seven) days(?: a| per)? week|all week|each day)\b/gi,
    build: () => ({ days: [...ORDER], date: null, recurring: true, group: true, pinned: false }),
  },
];

const memo = new WeakMap<Handbook, Map<string, DayMention[]>>();

/**
 * Finds day mentions (weekdays, ranges, dates, relative days, holidays), resolving dates against `now` in `zone`.
 * Memoised by handbook, `now` and text (several claim readers read the same message); results are frozen.
 */
export function findDays(text: string, now: string, h: Handbook): DayMention[] {
  let byText = memo.get(h);
  if (!byText) {
    byText = new Map();
    memo.set(h, byText);
  }
  const key = `${now}\u0000${text}`;
  let out = byText.get(key);
  if (!out) {
    if (byText.size >= 2000) byText.clear();
    out = Object.freeze(daysIn(text, now, h).map((d) => Object.freeze(d))) as DayMention[];
    byText.set(key, out);
  }
  return out;
}

/** A word every pattern above needs (a superset of them all): a text without one names no day, read in one pass. */
const ANY_DAY_WORD =
  /mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|today|tomorrow|tmrw|yesterday|tonight|this (?:morning|afternoon|evening)|right now|thanksgiving|christmas|new year|week|every ?day|daily|each day/i;

function daysIn(text: string, now: string, h: Handbook): DayMention[] {
  if (!ANY_DAY_WORD.test(text)) return [];
  const zone = h.shop.timeZone;
  const found: DayMention[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const word = (m[0].match(DAY_RE) ?? [""])[0];
      if (p === PATTERNS[1] && word && !okAbbr(word, text.slice(start + word.length))) continue;
      const built = p.build(m, { now, zone, h });
      if (!built) continue;
      taken.push([start, end]);
      found.push({ start, end, text: m[0], ...built });
    }
  }
  return pinAppositions(text, carryMonth(found.sort((a, b) => a.start - b.start).map((d) => shiftedByDay(text, d))));
}

/** "the day after Christmas", "the day before Thanksgiving": the date one day off the named one. */
function shiftedByDay(text: string, d: DayMention): DayMention {
  // "the day after Christmas" shifts; "the next open day after today" names a day by its own words, "today" is only
  // the anchor it counts from.
  const m = /(?:^|\bthe (?:next |very )?|[^\w\s]\s*)day (after|before)\s+$/i.exec(
    text.slice(Math.max(0, d.start - 30), d.start),
  );
  if (!m || !d.date || !d.pinned || d.group) return d;
  const date = plusDays(d.date, m[1]!.toLowerCase() === "after" ? 1 : -1);
  return { ...d, date, days: [weekdayOfDate(date)] };
}

const APPOSITION_GAP = /^\s*(?:,|\(|[—–-]|for)\s*$/;

/** "Friday (Christmas Day)", "today, Friday": a bare weekday beside a pinned date on that weekday is that date. */
function pinAppositions(text: string, found: DayMention[]): DayMention[] {
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (a.group || b.group || !APPOSITION_GAP.test(text.slice(a.end, b.start))) continue;
    const [bare, fixed] = a.pinned ? [b, a] : [a, b];
    if (bare.pinned || !fixed.pinned || !fixed.date || bare.days.length !== 1) continue;
    if (weekdayOfDate(fixed.date) !== bare.days[0]) continue;
    found[found.indexOf(bare)] = { ...bare, date: fixed.date, pinned: true, recurring: false };
  }
  return found;
}

/** Days excluded from a group named earlier in the same text ("every day except Monday"); empty without a group. */
export function exceptDays(text: string, mentions: DayMention[]): Weekday[] {
  const out: Weekday[] = [];
  for (const m of mentions) {
    const group = mentions.some((g) => g.group && g.start < m.start);
    if (
      group &&
      /\b(?:except|but not|other than|apart from|besides)\s*(?:on\s+|for\s+)?$/i.test(
        text.slice(Math.max(0, m.start - 20), m.start),
      )
    )
      out.push(...m.days);
  }
  return out;
}
