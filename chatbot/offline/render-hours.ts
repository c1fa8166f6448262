import { WEEKDAY_NAMES as DAY, formatClock, type Handbook, type Weekday } from "../../knowledge-base/index";
import { openingOn } from "../shop-calendar";
import { formatDate } from "../validate-booking";
import { nextOpeningAfter, openNowText } from "./render-now";

const list = (xs: string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

/** The week's opening hours as one sentence, straight from the handbook. */
export function weeklyHours(h: Handbook): string {
  const open = h.hours
    .filter((d) => d.open)
    .map((d) => `${DAY[d.day]} ${formatClock(d.open!)}–${formatClock(d.close!)}`);
  const closed = h.hours.filter((d) => !d.open).map((d) => `${DAY[d.day]}s`);
  return `We're open ${list(open)}, and closed ${list(closed)}.`;
}

const nextOpening = nextOpeningAfter;

/** "Heads-up: we're closed on … for …" for each holiday id. */
export function holidayNotes(h: Handbook, ids: string[]): string {
  const hols = h.holidays.filter((x) => ids.includes(x.id));
  return hols.map((x) => ` Heads-up: we're closed on ${formatDate(x.date)} for ${x.name}.`).join("");
}

/** "Saturday (9am–3pm) and Tuesday (10am–6pm)": the open weekdays nearest a closed one, before and after it. */
export function nearestOpenDays(h: Handbook, day: Weekday): string {
  const i = h.hours.findIndex((x) => x.day === day);
  const n = h.hours.length;
  const at = (k: number) => h.hours[(((i + k) % n) + n) % n]!;
  const side = (step: number) => [1, 2, 3, 4, 5, 6].map((k) => at(k * step)).find((d) => d.open);
  const days = [side(-1), side(1)].filter((d, j, xs) => d && xs.indexOf(d) === j);
  return list(days.map((d) => `${DAY[d!.day]} (${formatClock(d!.open!)}–${formatClock(d!.close!)})`));
}

/**
 * A day's or the week's hours: right now (with the clock), a date (a holiday or a closed weekday gives the next
 * opening), a weekday (a closed one gives the nearest open days), or the week with its holidays. `yesNo` puts "Yes —"
 * or "No —" first for "are you open …?".
 */
export function hoursAnswer(
  h: Handbook,
  day: Weekday | null,
  date: string | null,
  holidays: string[],
  clock?: string | null,
  yesNo = false,
): string {
  const now = date && clock ? openNowText(h, date, clock) : null;
  if (now) return now;
  const say = (open: boolean, text: string) =>
    yesNo ? `${open ? "Yes" : "No"} — ${text[0]!.toLowerCase()}${text.slice(1)}` : text;
  if (date) {
    const o = openingOn(h, date);
    if (!o.open && o.reason === "holiday")
      return say(false, `We're closed on ${formatDate(date)} for ${o.holidayName}.${nextOpening(h, date)}`);
    if (!o.open)
      return say(
        false,
        `We're closed on ${DAY[o.weekday]}s, so we're closed on ${formatDate(date)}.${nextOpening(h, date)}`,
      );
    return say(true, `On ${formatDate(date)} we're open ${formatClock(o.opens)} to ${formatClock(o.closes)}.`);
  }
  if (day) {
    const d = h.hours.find((x) => x.day === day)!;
    const regular = d.open
      ? `On ${DAY[day]}s we're open ${formatClock(d.open)} to ${formatClock(d.close!)}.`
      : `We're closed on ${DAY[day]}s; the nearest days we're open are ${nearestOpenDays(h, day)}.`;
    return say(Boolean(d.open), `${regular}${holidayNotes(h, holidays)}`);
  }
  // A week asked about: its holidays only; otherwise every holiday the shop closes for.
  if (holidays.length) return `${weeklyHours(h)}${holidayNotes(h, holidays)}`;
  const hol = h.holidays.map((x) => `${x.name} (${formatDate(x.date)})`);
  return `${weeklyHours(h)} We're also closed on ${list(hol)}. All times are Pacific time.`;
}
