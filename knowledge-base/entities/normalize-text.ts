import { WEEKDAY_ALIASES, WEEKDAY_NAMES } from "../weekdays";
import { HOUR_WORDS } from "./number-words";

/** Invisible characters (zero-width, bidi controls, BOM) that every text reader drops before matching. */
export const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;

const MINUTES_TO: Record<string, number> = {
  five: 5,
  ten: 10,
  twenty: 20,
  "twenty-five": 25,
  "twenty five": 25,
  "5": 5,
  "10": 10,
  "20": 20,
  "25": 25,
};
const FOREIGN_DAYS: Record<string, string> = {
  lunes: "monday",
  martes: "tuesday",
  miercoles: "wednesday",
  jueves: "thursday",
  viernes: "friday",
  sabado: "saturday",
  domingo: "sunday",
  lundi: "monday",
  mardi: "tuesday",
  mercredi: "wednesday",
  jeudi: "thursday",
  vendredi: "friday",
  samedi: "saturday",
  dimanche: "sunday",
  montag: "monday",
  dienstag: "tuesday",
  mittwoch: "wednesday",
  donnerstag: "thursday",
  freitag: "friday",
  samstag: "saturday",
  sonntag: "sunday",
};
const FOREIGN_DAY =
  /(?<!\p{L})(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?!\p{L})/giu;
const HOUR_RE = `(${Object.keys(HOUR_WORDS).join("|")}|1[0-2]|[1-9])`;

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
const UNIT_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
const ORDINAL_WORD = new RegExp(
  `\\bthe\\s+((?:twenty|thirty)[- ]?(?:${UNIT_ORDINAL})|${Object.keys(ORDINALS)
    .filter((w) => ORDINALS[w]! > 3)
    .join(
      "|",
    )}|(?:first|second|third)(?=\\s*(?:[,.?!]|$|of\\b|at\\b|for\\b|then\\b|please\\b|works?\\b|or\\b|and\\b)))\\b`,
  "gi",
);

/** "sixteenth" → "16th", "twenty-first" → "21st". */
function ordinalDigits(word: string): string {
  const [tens, unit] = word.toLowerCase().split(/[- ]/);
  const n = unit ? (tens === "thirty" ? 30 : 20) + (ORDINALS[unit] ?? 0) : (ORDINALS[tens!] ?? 0);
  const suffix =
    n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th";
  return `${n}${suffix}`;
}

const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/\b(tmrw|tmrow|tmr|tmw|tomoz|tomorow|tommorow|tommorrow|tomorrrow|tomorro|2morrow|2moro|2mrw)\b/gi, "tomorrow"],
  [/\b(2day|tdy)\b/gi, "today"],
  [/\btonite\b/gi, "tonight"],
  [/\barvo\b/gi, "afternoon"],
  [/\bnxt\b/gi, "next"],
  [/\bwknd\b/gi, "weekend"],
  [/\bwk\b/gi, "week"],
  // "full servis", "a sevice": the commonest misspellings of the one word every bookable service turns on.
  [/\b(servis|servise|sevice|servcie|serivce|srvice|servce|servic)\b/gi, "service"],
  // Weekdays in the languages customers mix in ("el viernes 26", "samedi matin", "am Dienstag").
  [FOREIGN_DAY, (d) => FOREIGN_DAYS[d.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")] ?? d],
  [/\b(mon|tues?|weds?|thu|thur|thurs|fri)\b(?!')/gi, fullDay],
  // "sat"/"sun" are English words too: only when the context is a date.
  [
    /\b(on|this|next|till|until|by|for|every|from|(?:this|the) coming|upcoming|,)\s+(sat|sun)\b/gi,
    (_m, pre, d) => `${pre} ${fullDay(d!)}`,
  ],
  [/\b(sat|sun)\b(?=\s+(?:at|am|pm|morning|afternoon|evening|\d))/gi, fullDay],
  // After a clock time ("10:30 sat", "2pm sun") or a booked thing ("a truing sat", "can you fit me in sun?").
  [/(?<=\b(?:\d{1,2}(?::[0-5]\d)?\s*(?:am|pm)?|noon|midday)\s+)(sat|sun)\b/gi, fullDay],
  [
    /(?<=\b(?:service|tune-?up|truing|repairs?|appointment|slot|booking|drop-?off|me)\s+)(sat|sun)\b(?!\s+(?:down|on|in|at|there|outside|with|by|for|through)\b)/gi,
    fullDay,
  ],
  // A reply that is only "sat?" or "Sun." is the day.
  [/^\s*(sat|sun)(?=\s*[.!?]*\s*$)/i, fullDay],
  // In a list of days ("fri + sat + sun", "sat or tues"): twice, so each one expanded lets the next one in.
  ...[0, 1].map((): [RegExp, (...m: string[]) => string] => [
    /(?<=\b\w+day\s*(?:,|and|or|&|\+|\/|-)\s*)(sat|sun)\b|\b(sat|sun)(?=\s*(?:,|and|or|&|\+|\/)\s*\w+day\b)/gi,
    fullDay,
  ]),
  // "wed 6/3/26": a digit date with its year after a weekday is month-first like any other here (the recogniser
  // reads it day-first after a weekday); written as ISO, it is one reading.
  [
    /(?<=\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/(20)?(\d\d)\b/gi,
    (_m, mo, d, _c, y) => `20${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`,
  ],
  // "change the day to Friday" is a change, not the range "the day to Friday".
  [/\b(change|move|switch|push|swap|shift)\s+(?:the\s+)?(?:day|date)\s+to\b/gi, "$1 it to"],
  // "this coming Friday" is this week's Friday (the recogniser reads "coming Friday" as next week's).
  [/\b(?:this\s+)?(?:up)?coming\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b/gi, "this $1"],
  // "half two" (British for 2:30) → "half past two".
  [new RegExp(`\\bhalf\\s+${HOUR_RE}\\b`, "gi"), (_m, h) => `half past ${h}`],
  // "at ten to six" → 5:50 (without a cue word, "ten to six" stays a range: "open ten to six?").
  [
    new RegExp(
      `\\b(at|around|about|by|say|for|till|until|from)\\s+(twenty[- ]five|five|ten|twenty|25|5|10|20)\\s+(?:minutes\\s+)?to\\s+${HOUR_RE}\\b`,
      "gi",
    ),
    minutesTo,
  ],
  // After a day ("tuesday ten to six", "tomorrow twenty to four"), spelled-out minutes are a clock time too.
  [
    new RegExp(
      `\\b(today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)\\s+(twenty[- ]five|five|ten|twenty)\\s+(?:minutes\\s+)?to\\s+${HOUR_RE}\\b`,
      "gi",
    ),
    minutesTo,
  ],
  // "à 10h", "a las 16h30", "um 9h": the European clock ("10h" alone stays a duration).
  [
    /(?<=(?:^|\s)(?:at|à|a las|a la|um|alle|around|@)\s+)([01]?\d|2[0-3])h([0-5]\d)?(?!\p{L})/giu,
    (_m, h, m) => `${h}:${m ?? "00"}`,
  ],
  // "2.30pm", "at 2.30" → "2:30"; "at 1430" → "at 14:30".
  [/\b(\d{1,2})\.(\d{2})(?=\s*(?:a\.?m|p\.?m)\b)/gi, "$1:$2"],
  // ("@" is no word character: it is matched on its own, with or without a space after it: "tmrw @1430".)
  [/(\b(?:at|around|about|by)\s+|@\s*)(\d{1,2})\.([0-5]\d)\b/gi, (_m, pre, h, m) => `${atWord(pre)} ${h}:${m}`],
  [
    /(\b(?:at|around|about|by)\s+|@\s*)([01]\d|2[0-3])([0-5]\d)\b(?!\s*(?:dollars|bucks))/gi,
    (_m, pre, h, m) => `${atWord(pre)} ${h}:${m}`,
  ],
  // "tomorrow 1430", "friday 0930": four digits right after a day are a 24-hour clock within the working day (a year
  // such as "2027" is no hour of it).
  [
    /(?<=\b(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)(0[6-9]|1\d)([0-5]\d)\b/gi,
    "at $1:$2",
  ],
  // "1330" as the whole message (the answer to "what time?"): a 24-hour clock within the working day, not a year.
  [/^\s*(0[6-9]|1\d)([0-5]\d)\s*([.!]\s*)?$/, "$1:$2"],
  // "March 12. 10am.": a full stop between two numbers ends a sentence; it is no decimal point ("12.10").
  [/(\d)\.\s+(?=\d)/g, "$1, "],
  // "1700 hrs", "0930 hours", "1430h": a four-digit 24-hour clock marked as such, wherever it stands (not a year).
  [/\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|hr|h)\b\.?/gi, "$1:$2"],
  // "1st thing" is first thing in the morning, not the 1st of the month.
  [/\b1st\s+(thing|slot|available|appointment|opening)\b/gi, "first $1"],
  // Spanish and French words for tomorrow and "at <hour>" ("mañana a las 10", "demain à 10").
  [/\bpor la mañana\b/giu, "in the morning"],
  [/(?<!\p{L})(mañana|demain)(?!\p{L})/giu, "tomorrow"],
  [/(?<!\p{L})(?:a las|à)\s+(\d{1,2})(?![\d:h])/giu, "at $1"],
  // "Lunchtime" is noon to the customer; the recogniser reads it as a range it cannot resolve.
  [/\blunch[- ]?time\b/gi, "noon"],
  // "noonish", "4ish" → "around noon", "around 4": the recogniser then gives both clock readings and the caller
  // sees an approximate time.
  [/\b(?:at |around |about )?(noon|midday|\d{1,2}(?::\d{2})?(?:am|pm)?)-?ish\b/gi, "around $1"],
  [/\b(o\s?clock|oclock)\b/gi, "o'clock"],
  // "The sixteenth", "the twenty-first of May": an ordinal in words after "the" is a day of the month ("the first",
  // "the second" only where no noun follows: "the first slot" is no date).
  [ORDINAL_WORD, (_m, word: string) => `the ${ordinalDigits(word)}`],
  // A bare ordinal ("the 19th?", "19th works") is a day of the month; the recogniser needs "on the".
  [
    /(?<!\b(?:on|by|till|until|before|after|from|for|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\.?\s+)(?:\bthe\s+)?\b([1-9]|[12]\d|3[01])(st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
    "on the $1$2",
  ],
];

/** "at ten to six" → "at 5:50". */
function minutesTo(_m: string, pre: string, mins: string, hour: string): string {
  const h = HOUR_WORDS[hour.toLowerCase()] ?? Number(hour);
  const m = MINUTES_TO[mins.toLowerCase().replace("-", " ")] ?? 0;
  return `${pre} ${h === 1 ? 12 : h - 1}:${String(60 - m).padStart(2, "0")}`;
}

/** "@ " → "at"; "around " → "around". */
function atWord(pre: string): string {
  return pre.trim() === "@" ? "at" : pre.trim();
}

/** "tues" → "tuesday" (unknown words unchanged). */
function fullDay(word: string): string {
  const key = WEEKDAY_ALIASES[word.toLowerCase()];
  return key ? WEEKDAY_NAMES[key].toLowerCase() : word;
}

/** Unicode-normalises a message and rewrites common typos and slang for dates and clock times ("tmrw", "half two"). */
export function normalizeText(text: string): string {
  let out = text.normalize("NFKC").replace(ZERO_WIDTH, "");
  for (const [re, to] of REWRITES) out = out.replace(re, to as string);
  return out;
}
