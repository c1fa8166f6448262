import {
  WEEKDAY_NAMES as DAY,
  formatClock,
  type Handbook,
  type ServiceId,
  type Weekday,
  weekdayOf,
} from "../../knowledge-base/index";
import type { Topic } from "../schema";
import { holidayNotes, hoursAnswer, nearestOpenDays } from "./render-hours";
import { nextOpenAnswer } from "./render-now";
import { serviceAnswer, totalText } from "./render-service";
import { daySlotsText, weekSlotsText } from "./render-slots";
import { walkInAnswer, walkInText } from "./render-walk-in";

function svc(h: Handbook, id: ServiceId) {
  return h.services.find((s) => s.id === id)!;
}
const list = (xs: string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

/** Services from the cheapest to the dearest ("what's the cheapest thing you do?" reads the first). */
function byPrice(h: Handbook): string[] {
  return [...h.services].sort((a, b) => a.priceUsd - b.priceUsd).map((s) => `${s.name} ${s.priceText}`);
}

/** More of an answer: further services to price, holidays to mention beside a weekday's hours. */
export interface AnswerExtras {
  services?: ServiceId[] | null;
  holidays?: string[] | null;
  /** The shop's clock (HH:mm) on `date` when the customer asked about right now. */
  clock?: string | null;
  /** Units of the service's per-unit price asked about, for a total. */
  quantity?: number | null;
  /** The next opening after `date` was asked for. */
  nextAfter?: boolean | null;
  /** "Are you open …?" was asked: the hours answer starts with yes or no. */
  yesNo?: boolean | null;
}

/** Renders a question's answer from handbook facts only, one sentence or two per topic. */
export function renderAnswer(
  h: Handbook,
  topics: Topic[],
  day: Weekday | null,
  date: string | null,
  service: ServiceId | null,
  extras: AnswerExtras = {},
): string {
  const holidays = extras.holidays ?? [];
  const more = (extras.services ?? []).filter((x) => x !== service);
  const out: string[] = [];
  const done = new Set<Topic>();
  if (topics.includes("ebike")) done.add("services");
  if (topics.includes("walk_in")) {
    // "Walk in with a flat on Friday?": that weekday's hours, and a holiday on it this week; a closed weekday first.
    const note = day && !date ? weekdayWalkIn(h, day, holidays) : "";
    const answer = walkInAnswer(h, service, date, extras.clock);
    if (note.includes("no walk-ins")) out.push(note, answer.replace(/^Yes — a/, "A"));
    else out.push(answer, ...(note ? [note] : []));
    const total = service ? totalText(h, service, extras.quantity).trim() : "";
    if (total) out.push(total);
    // "do you do flat fixes? and how much for brake pads": every further service named gets its own line.
    for (const other of more) out.push(walkInText(h, other, false));
    done.add("walk_in").add("services").add("prices").add("booking_policy");
    // The walk-in answer for a named service says how long it takes: no list of every service's timing beside it.
    if (service) done.add("duration");
  } else if (service && ["prices", "services", "duration", "ebike"].some((x) => topics.includes(x as Topic))) {
    out.push(serviceAnswer(h, service, topics, extras.quantity));
    for (const other of more) out.push(serviceAnswer(h, other, topics));
    done.add("prices").add("services").add("duration");
  }
  for (const t of topics) {
    if (done.has(t)) continue;
    done.add(t);
    switch (t) {
      case "hours":
        out.push(
          extras.nextAfter && date
            ? nextOpenAnswer(h, date, extras.clock ?? null)
            : hoursAnswer(h, day, date, holidays, extras.clock, Boolean(extras.yesNo)),
        );
        done.add("holidays");
        break;
      case "holidays":
        // "Hours the Friday after Thanksgiving?": that weekday's regular hours with the holiday beside them.
        if (day && !date) out.push(hoursAnswer(h, day, null, holidays));
        else if (extras.nextAfter && date) out.push(nextOpenAnswer(h, date, extras.clock ?? null));
        else
          out.push(
            holidays.length && !date
              ? holidayNotes(h, holidays).trim()
              : hoursAnswer(h, null, date, [], null, Boolean(extras.yesNo)),
          );
        break;
      case "location":
        out.push(`We're at ${h.shop.address}.`);
        break;
      case "contact":
        out.push(`You can call us on ${h.shop.phone} or email ${h.shop.email}.`);
        break;
      case "prices":
        out.push(`Our prices, lowest first: ${byPrice(h).join("; ")}.`);
        break;
      case "services":
        out.push(
          `We do safety inspections (free), flat repairs, minor adjustments and brake pads as walk-ins, and tune-ups, full services, cable replacement and wheel truing by booking. ${policy(h, "policy.ebike")}`,
        );
        break;
      case "ebike":
        out.push(`${policy(h, "policy.ebike")} For those, please contact your e-bike brand's dealer.`);
        break;
      case "booking_policy": {
        const slots = daySlotsText(h, day, date);
        const hols = day && !date ? holidayNotes(h, holidays) : "";
        const needs = h.services.filter((x) => x.booking === "required").map((x) => x.name);
        const walkIns = h.services.filter((x) => x.booking !== "required").map((x) => x.name);
        const which = ` Booking is needed for: ${list(needs)}. Walk-in, no booking: ${list(walkIns)}.`;
        const grid = slots || `${policy(h, "policy.slots")} ${weekSlotsText(h)}`;
        out.push(`${policy(h, "policy.booking_lead")} ${grid}${hols}${which}`);
        break;
      }
      case "cancellation_policy":
        // "Within 24 hours please call us": the number to call is said with it (a late cancel is a phone call).
        out.push(policy(h, "policy.cancellation").replace(/call us\b(?! on)/, `call us on ${h.shop.phone}`));
        break;
      case "payment":
        out.push(policy(h, "policy.payment"));
        break;
      case "workmanship":
        out.push(policy(h, "policy.workmanship"));
        break;
      case "refunds":
        out.push(`${policy(h, "policy.labour_refund")} ${returnsText(h)}`);
        done.add("returns");
        break;
      case "returns":
        out.push(returnsText(h));
        break;
      case "busy_times":
        out.push(`${h.busy.busiest.text} ${h.busy.quietest.text}`);
        break;
      case "duration":
        out.push(
          `Flat repairs take ${svc(h, "flat_repair").durationText}; a tune-up is ${svc(h, "tune_up").durationText}; a full service takes ${svc(h, "full_service").durationText}.`,
        );
        break;
      default:
        break;
    }
  }
  // "Can you do a tune-up on an e-bike?": a service the shop does, asked yes or no, gets the yes first.
  const first = out[0] ?? "";
  if (extras.yesNo && service && first.startsWith(serviceAnswer(h, service, topics, extras.quantity).slice(0, 12)))
    out[0] = `Yes — we do: ${first[0]!.toLowerCase()}${first.slice(1)}`;
  return out.join(" ");
}

/** A weekday named for a walk-in: closed that day every week, or its hours with any holiday on it this week. */
function weekdayWalkIn(h: Handbook, day: Weekday, holidays: string[]): string {
  const d = h.hours.find((x) => x.day === day)!;
  const onIt = h.holidays.filter((x) => holidays.includes(x.id) && weekdayOf(x.date) === day).map((x) => x.id);
  if (!d.open)
    return `We're closed on ${DAY[day]}s, so no walk-ins then; the nearest days we're open are ${nearestOpenDays(h, day)}.`;
  return `On ${DAY[day]}s we're open ${formatClock(d.open)} to ${formatClock(d.close!)}.${holidayNotes(h, onIt)}`;
}

/**
 * The returns policy said to the customer who asks whether they may bring a thing back: "You can return unused parts
 * … within 30 days with the receipt" (the handbook's passive "… can be returned …", same conditions), so a yes/no
 * question gets its answer with the conditions in it.
 */
export function returnsText(h: Handbook): string {
  const text = policy(h, "policy.returns");
  const m = /^(.+?) can be returned (.+)$/.exec(text);
  return m ? `You can return ${m[1]![0]!.toLowerCase()}${m[1]!.slice(1)} ${m[2]}` : text;
}

/** A policy's text by fact id. */
export function policy(h: Handbook, id: string): string {
  return h.policies.find((p) => p.id === id)?.text ?? "";
}
