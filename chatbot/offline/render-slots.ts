import { WEEKDAY_NAMES as DAY, formatClock, type Handbook, type Weekday } from "../../knowledge-base/index";
import { fromMinutes, slotsOn, toMinutes } from "../shop-calendar";
import { formatDate } from "../validate-booking";

/**
 * The first and last drop-off slot of one named day ("last drop-off Friday?"): on a calendar date from the slot grid
 * (a holiday has none), on a weekday from its regular hours. Empty when neither is known.
 */
export function daySlotsText(h: Handbook, day: Weekday | null, date: string | null): string {
  if (date) {
    const slots = slotsOn(h, date);
    if (!slots.length) return `There are no drop-off slots on ${formatDate(date)} — we're closed that day.`;
    return `On ${formatDate(date)} the first drop-off slot is ${formatClock(slots[0]!)} and the last is ${formatClock(slots.at(-1)!)}.`;
  }
  if (!day) return "";
  const d = h.hours.find((x) => x.day === day);
  if (!d?.open || !d.close) return `We're closed on ${DAY[day]}s, so there are no drop-off slots then.`;
  const last = fromMinutes(toMinutes(d.close) - h.booking.lastSlotBeforeCloseMinutes);
  return `On ${DAY[day]}s the first drop-off slot is ${formatClock(d.open)} and the last is ${formatClock(last)}.`;
}

/** Every open weekday's first and last drop-off slot ("which day can I drop off latest?" reads the week). */
export function weekSlotsText(h: Handbook): string {
  const days = h.hours
    .filter((d) => d.open && d.close)
    .map((d) => {
      const last = fromMinutes(toMinutes(d.close!) - h.booking.lastSlotBeforeCloseMinutes);
      return `${DAY[d.day]} ${formatClock(d.open!)}–${formatClock(last)}`;
    });
  return `First and last drop-off slots: ${days.join(", ")}.`;
}
