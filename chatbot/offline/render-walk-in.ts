import { WEEKDAY_NAMES as DAY, formatClock, type Handbook, type ServiceId } from "../../knowledge-base/index";
import { openingOn } from "../shop-calendar";
import { formatDate } from "../validate-booking";
import { nextOpeningAfter, openNowText } from "./render-now";

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);
const list = (xs: string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);
const nextOpening = nextOpeningAfter;

function svc(h: Handbook, id: ServiceId) {
  return h.services.find((s) => s.id === id)!;
}

/** The walk-in answer for a day (closed, not open yet, closed for today, or open) and a service, if one is named. */
export function walkInAnswer(h: Handbook, id: ServiceId | null, date: string | null, clock?: string | null): string {
  const o = date ? openingOn(h, date) : null;
  const now = o?.open && clock ? openNowText(h, o.date, clock) : null;
  // Closed at this hour: no "Yes —" in front of the walk-in rule.
  if (now && !now.startsWith("Yes")) return `${now} ${walkInText(h, id).replace(/^Yes — a/, "A")}`;
  if (now) return `${now.replace(/^Yes, we're/, "We're")} ${walkInText(h, id)}`;
  if (o && !o.open) {
    const why = o.reason === "holiday" ? `for ${o.holidayName}` : `— we're closed on ${DAY[o.weekday]}s`;
    return `We're closed on ${formatDate(o.date)} ${why}, so no walk-ins then.${nextOpening(h, o.date)} Walk-ins are for minor fixes (flat repairs, minor adjustments, brake pads) and free safety inspections, first come, first served.`;
  }
  const open = o?.open
    ? ` On ${formatDate(o.date)} we're open ${formatClock(o.opens)} to ${formatClock(o.closes)}.`
    : "";
  return walkInText(h, id) + open;
}

/** Whether a service is walk-in (with its price and time), or the walk-in rule and what needs booking. */
export function walkInText(h: Handbook, id: ServiceId | null, withRule = true): string {
  const minor =
    "Walk-ins are for minor fixes — flat repairs, minor brake or gear adjustments, brake pads — and free safety inspections, first come, first served (expect a wait in the morning rush right after opening).";
  if (!id) {
    const booked = h.services.filter((x) => x.booking === "required").map((x) => x.name);
    return `${minor} ${cap(list(booked))} need booking at least a day ahead.`;
  }
  const s = svc(h, id);
  if (s.booking === "walk_in")
    return `Yes — a ${s.name} is walk-in, no booking needed (${s.priceText}, ${s.durationText}). Expect a wait in the morning rush right after opening; ${lowerFirst(h.busy.quietest.text)}`;
  const rule = withRule ? ` ${minor}` : "";
  // "Can I wait for it?": how long the job takes says why it is left with us.
  return `No — a ${s.name} can't be done as a walk-in; it has to be booked at least a day ahead (no same-day bookings). It's ${s.priceText}, ${s.durationText}.${rule}`;
}

/** The day a walk-in customer would come in: that day's opening hours, or that it is closed ("so no walk-ins then"). */
export function walkInDayText(h: Handbook, date: string): string {
  const o = openingOn(h, date);
  if (!o.open) {
    const why = o.reason === "holiday" ? `for ${o.holidayName}` : `— we're closed on ${DAY[o.weekday]}s`;
    return `We're closed on ${formatDate(o.date)} ${why}, so no walk-ins then.${nextOpening(h, o.date)}`;
  }
  return `On ${formatDate(o.date)} we're open ${formatClock(o.opens)} to ${formatClock(o.closes)}.`;
}
