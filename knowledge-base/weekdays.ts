import { Weekday } from "./schema";

/** Weekday keys, Monday first (index 0 = Monday): the one weekday table every domain reads. */
export const WEEKDAYS: readonly Weekday[] = Weekday.options;

/** Full English names of the weekdays ("Monday"), by key. */
export const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** Weekday key of an ISO calendar date (yyyy-MM-dd), computed in UTC so the host's zone cannot shift it. */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split("-").map(Number);
  const sundayFirst = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? "mon";
}

const EXTRA_SPELLINGS: Partial<Record<Weekday, string[]>> = { tue: ["tues"], wed: ["weds"], thu: ["thur", "thurs"] };

/** Every spelling a reader accepts for a weekday ("tues", "thurs", "sunday"), lower case, by the key it names. */
export const WEEKDAY_ALIASES: Readonly<Record<string, Weekday>> = Object.fromEntries(
  WEEKDAYS.flatMap((key) =>
    [key, WEEKDAY_NAMES[key].toLowerCase(), ...(EXTRA_SPELLINGS[key] ?? [])].map((word) => [word, key]),
  ),
);

/** The ISO weekday number (Monday 1 … Sunday 7) a word names, or undefined when it names none. */
export function weekdayNumber(word: string): number | undefined {
  const key = WEEKDAY_ALIASES[word.toLowerCase()];
  return key && WEEKDAYS.indexOf(key) + 1;
}
