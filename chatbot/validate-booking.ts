import { formatClock, type Handbook, type ServiceId, WEEKDAY_NAMES } from "../knowledge-base/index";
import { addDays, isMorningRush, openingOn, slotsOn, toMinutes } from "./shop-calendar";

/** Why a requested booking field is refused, with the nearest valid alternatives. */
export interface SlotProblem {
  field: "service" | "date" | "time";
  reason: string;
  requested: string;
  alternatives: string[];
  factIds: string[];
  note: string | null;
}

/** Result of validating one field of a booking request. */
export type SlotCheck = { ok: true; factIds: string[]; note: string | null } | { ok: false; problem: SlotProblem };

/** Human date "Friday, November 27". */
export function formatDate(date: string): string {
  let out = DATE_LABELS.get(date);
  if (!out) {
    out = DATE_FORMAT.format(new Date(`${date}T12:00:00Z`));
    if (DATE_LABELS.size > 5000) DATE_LABELS.clear();
    DATE_LABELS.set(date, out);
  }
  return out;
}
const DATE_FORMAT = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});
const DATE_LABELS = new Map<string, string>();

/** A service can be booked only when the handbook says it must be booked; walk-in services need no booking. */
export function checkService(h: Handbook, service: ServiceId): SlotCheck {
  const s = h.services.find((x) => x.id === service);
  if (!s)
    return {
      ok: false,
      problem: {
        field: "service",
        reason: "unknown service",
        requested: service,
        alternatives: [],
        factIds: [],
        note: null,
      },
    };
  if (s.booking === "walk_in")
    return {
      ok: false,
      problem: {
        field: "service",
        reason: "walk_in",
        requested: service,
        alternatives: [],
        factIds: [`svc.${service}.booking`, "policy.walk_in"],
        note: null,
      },
    };
  return { ok: true, factIds: [`svc.${service}.booking`], note: null };
}

/** Earliest bookable date: today + lead days (no same-day bookings). */
export function earliestBookableDate(h: Handbook, today: string): string {
  return addDays(today, h.booking.leadDays);
}

/** Next open, bookable dates on or after `from` (skipping closed days and holidays). */
export function nextOpenDates(h: Handbook, from: string, count: number): string[] {
  const out: string[] = [];
  for (let d = from, i = 0; out.length < count && i < 60; d = addDays(d, 1), i++) if (openingOn(h, d).open) out.push(d);
  return out;
}

/** Validates a requested drop-off date against closed days, holidays, the past and the one-day lead time. */
export function checkDate(h: Handbook, date: string, today: string): SlotCheck {
  const earliest = earliestBookableDate(h, today);
  const opening = openingOn(h, date);
  const after = (d: string) => nextOpenDates(h, d > earliest ? d : earliest, 2);
  if (date < today)
    return {
      ok: false,
      problem: {
        field: "date",
        reason: `${formatDate(date)} is in the past`,
        requested: date,
        alternatives: after(earliest),
        factIds: ["policy.booking_lead"],
        note: null,
      },
    };
  if (date < earliest)
    return {
      ok: false,
      problem: {
        field: "date",
        reason: "we don't take same-day bookings; bookings need at least one day's notice",
        requested: date,
        alternatives: after(earliest),
        factIds: ["policy.booking_lead"],
        note: null,
      },
    };
  if (!opening.open) {
    const reason =
      opening.reason === "holiday"
        ? `we're closed on ${formatDate(date)} for ${opening.holidayName}`
        : `we're closed on ${WEEKDAY_NAMES[opening.weekday]}s`;
    return {
      ok: false,
      problem: {
        field: "date",
        reason,
        requested: date,
        alternatives: after(addDays(date, 1)),
        factIds: [opening.factId],
        note: null,
      },
    };
  }
  return { ok: true, factIds: [opening.factId, "policy.booking_lead"], note: null };
}

/** Validates a drop-off time on a (valid) date against hours and the 30-minute slot grid; suggests the nearest slots. */
export function checkTime(h: Handbook, date: string, time: string): SlotCheck {
  const opening = openingOn(h, date);
  if (!opening.open) return checkDate(h, date, date);
  const slots = slotsOn(h, date);
  const rushNote = (t: string) =>
    isMorningRush(h, date, t) ? "mornings right after opening are our busiest time" : null;
  if (slots.includes(time)) return { ok: true, factIds: [opening.factId, "policy.slots"], note: rushNote(time) };
  const t = toMinutes(time);
  const nearest = [...slots]
    .sort((a, b) => Math.abs(toMinutes(a) - t) - Math.abs(toMinutes(b) - t) || toMinutes(a) - toMinutes(b))
    .slice(0, 2);
  nearest.sort();
  const day = WEEKDAY_NAMES[opening.weekday];
  let reason: string;
  if (t < toMinutes(opening.opens)) reason = `we open at ${formatClock(opening.opens)} on ${day}`;
  else if (t >= toMinutes(opening.closes)) reason = `we close at ${formatClock(opening.closes)} on ${day}`;
  else if (t > toMinutes(slots.at(-1) ?? "00:00"))
    reason = `the last drop-off slot on ${day} is ${formatClock(slots.at(-1) ?? opening.closes)}, an hour before closing`;
  else reason = "drop-off slots are every 30 minutes, on the hour and half hour";
  const note = nearest.some((s) => isMorningRush(h, date, s))
    ? "mornings right after opening are our busiest time"
    : null;
  return {
    ok: false,
    problem: {
      field: "time",
      reason,
      requested: time,
      alternatives: nearest,
      factIds: [opening.factId, "policy.slots", ...(note ? ["busy.morning"] : [])],
      note,
    },
  };
}
