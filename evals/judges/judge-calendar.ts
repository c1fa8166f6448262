import { type Handbook, WEEKDAY_NAMES } from "../../knowledge-base/index";
import { clock, findDays, localDate, openingOnDate, plusDays, slotMinutesOn, weekdayOn } from "../claims/index";
import type { Transcript } from "../schema";

/** One calendar line: the date, its weekday, the shop's hours (or why closed) and drop-off slots, with fact ids. */
export function calendarLine(h: Handbook, date: string, today: string): string {
  const o = openingOnDate(h, date);
  const rel = date === today ? " (today)" : date === plusDays(today, 1) ? " (tomorrow)" : "";
  const head = `${date} ${WEEKDAY_NAMES[weekdayOn(date)]}${rel}`;
  if (!o.open) return `${head}: closed${o.holiday ? ` (${o.holiday})` : ""} [${o.factId}]`;
  const slots = slotMinutesOn(h, date);
  return `${head}: open ${clock(o.opens)}–${clock(o.closes)} [${o.factId}]; drop-off slots ${clock(slots[0]!)}–${clock(slots.at(-1)!)} [policy.slots]`;
}

/**
 * The pre-resolved calendar a judge reads beside the transcript: today, tomorrow and every date the conversation
 * names ("tomorrow", "this Thursday", "Nov 26", holidays), resolved by the evaluators' own calendar against its `now`.
 * The judge compares claims with these lines instead of doing date arithmetic itself.
 */
export function judgeCalendar(t: Transcript, h: Handbook): string {
  const today = localDate(t.now, h.shop.timeZone);
  const dates = new Set([today, plusDays(today, 1)]);
  for (const m of t.messages)
    if (m.role !== "system") for (const d of findDays(m.content, t.now, h)) if (d.date && !d.group) dates.add(d.date);
  return [...dates]
    .sort()
    .map((d) => `- ${calendarLine(h, d, today)}`)
    .join("\n");
}
