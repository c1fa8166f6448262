import { type Handbook, WEEKDAYS, weekdayOf } from "../knowledge-base/index";
import type { ChatContext, Identity, StableState, TurnEffects } from "./context";
import { askFor, decideBooking, missingField, shopToday } from "./decide-booking";
import { decideIdentity } from "./decide-identity";
import { asksForParts } from "./asks-for-parts";
import { detectInjection } from "./detect-injection";
import { factIdsForPart } from "./fact-ids";
import { presentClock } from "./present-clock";
import { withoutStrayPriceList } from "./price-list-topic";
import { resolveWhen } from "./resolve-when";
import { unitCount } from "./unit-count";
import { holidaysBetween, weekSpan } from "./week-span";
import type { Decision, DecisionPart, Topic, Understanding } from "./schema";
import { addDays } from "./shop-calendar";

/** What one turn decided: the grounded decision, the next stable state, context changes, writes and any lookup. */
export interface TurnDecision {
  decision: Decision;
  next: StableState;
  patch: Partial<ChatContext>;
  effects: TurnEffects;
  lookup: Identity | null;
}

const SIDE_TOPICS: Topic[] = [
  "hours",
  "location",
  "contact",
  "prices",
  "payment",
  "cancellation_policy",
  "busy_times",
  "duration",
  "workmanship",
  "refunds",
  "returns",
  "holidays",
  "ebike",
];

/** Holiday fact ids within the seven days from today (mentioned beside a weekday's regular hours). */
function holidaysThisWeek(h: Handbook, now: string): string[] {
  const today = shopToday(h, now);
  const end = addDays(today, 7);
  return h.holidays.filter((x) => x.date >= today && x.date <= end).map((x) => x.id);
}

/** Builds the answer parts for a question (topics, not-offered items), or "I don't know, please call". */
export function answerParts(h: Handbook, ctx: ChatContext, u: Understanding, topics: Topic[]): DecisionPart[] {
  const parts: DecisionPart[] = [];
  const notOffered = u.slots.notOffered ?? [];
  if (notOffered.length) parts.push({ kind: "not_offered", ids: notOffered });
  if (!notOffered.includes("notoffered.bike_sales") && asksForParts(ctx.message)) parts.push({ kind: "parts_sales" });
  const ebikeCovered = notOffered.some((id) => id.startsWith("ebike."));
  const asked = topics.filter(
    (t) => t !== "not_offered" && !(notOffered.length && t === "services") && !(ebikeCovered && t === "ebike"),
  );
  // A service named without a topic ("10 min away, can I get a flat fixed?") is a question about that service.
  const services = (u.slots.services ?? []).filter((s) => s !== u.slots.service);
  // "How much will that be again?" right after booking: the price of the service in this conversation.
  const ownService = ctx.lastBooking?.status === "booked" ? ctx.lastBooking.service : (ctx.draft.service ?? null);
  const service =
    u.slots.service ?? (ownService && topics.some((t) => t === "prices" || t === "duration") ? ownService : null);
  const rest: Topic[] =
    asked.length || !u.slots.service || notOffered.length
      ? withoutStrayPriceList(asked, service, notOffered)
      : ["services"];
  if (rest.length) {
    const when =
      u.slots.dateText || u.slots.timeText ? resolveWhen(h, u.slots.dateText, u.slots.timeText, ctx.now) : null;
    // "Hours this week, with Thanksgiving and all?": the regular week with the holidays that fall in it.
    const week = weekSpan(u.slots.dateText, shopToday(h, ctx.now));
    const plural =
      Boolean(when?.recurring.length) || week !== null || /\bweekends?\b|\bevery\b/i.test(u.slots.dateText ?? "");
    const walkInService = h.services.find((s) => s.id === service)?.booking === "walk_in";
    // "Still open?", "can I pop in right now": today at the shop's clock, unless another day was named.
    const present =
      !plural &&
      !when?.dates.some((d) => d !== shopToday(h, ctx.now)) &&
      (rest.some((t) => t === "hours" || t === "walk_in") || walkInService)
        ? presentClock(h, ctx.message, ctx.now)
        : null;
    const dates = plural ? [] : present ? [present.date] : (when?.dates ?? []);
    const weekdayOnly = Boolean(when?.weekdayOnly);
    const holidays = week ? holidaysBetween(h, week) : weekdayOnly || plural ? holidaysThisWeek(h, ctx.now) : [];
    const dayOf = (d: string | undefined) =>
      d ? weekdayOf(d) : when?.recurring[0] ? WEEKDAYS[when.recurring[0] - 1]! : null;
    // "Open Christmas Eve and New Year's Day?", "closed over Christmas and New Year?": each day answered.
    const hoursPerDay = (rest.includes("hours") || rest.includes("holidays")) && dates.length > 1;
    for (const d of hoursPerDay ? dates : [])
      parts.push({
        kind: "answer",
        topics: ["hours"],
        day: weekdayOf(d),
        date: weekdayOnly ? null : d,
        service: null,
        holidays: [],
      });
    const kept = hoursPerDay ? rest.filter((t) => t !== "hours" && t !== "holidays") : rest;
    // "Could I get a flat fixed right now?": a walk-in service asked about for now is a walk-in question.
    // "Anyone there today? I can swing by with a flat": a walk-in service asked about for one day is a walk-in question.
    const oneDay = present !== null || (dates.length === 1 && !weekdayOnly);
    const others: Topic[] = oneDay && walkInService && !kept.includes("walk_in") ? ["walk_in", ...kept] : kept;
    if (others.length)
      parts.push({
        kind: "answer",
        topics: others,
        day: dayOf(dates[0]),
        date: dates[0] && (!weekdayOnly || present) ? dates[0] : null,
        service: service ?? null,
        services,
        holidays,
        clock: present?.clock ?? null,
        quantity: quantityOf(service),
      });
    if (hoursPerDay && holidays.length)
      parts.push({ kind: "answer", topics: ["holidays"], day: null, date: null, service: null, holidays });
  }
  // A service named beside something not offered ("a flat on my e-bike, hub motor wheel — dearer?") or with no topic
  // of its own is answered too.
  if (service && !parts.some((p) => p.kind === "answer"))
    parts.push({
      kind: "answer",
      topics: ["services"],
      day: null,
      date: null,
      service: service,
      services,
      quantity: quantityOf(service),
    });
  return parts.length ? parts : [{ kind: "dont_know" }];

  /** "Both wheels", "the two cables": how many units of a per-unit price were asked about. */
  function quantityOf(id: string | null): number | null {
    const priceUnit = h.services.find((s) => s.id === id)?.priceUnit;
    return priceUnit ? unitCount(ctx.message, priceUnit) : null;
  }
}

/** Giving up on the booking altogether, not refusing one detail ("no, forget it", "never mind, cancel"). */
const GIVE_UP = /\b(forget (it|about it)|never ?mind|cancel|scrap (it|that)|don'?t bother|leave it)\b/i;

/** The message gives a booking detail (a service, a day or a time), not only who the customer is. */
function bookingDetail(u: Understanding): boolean {
  return Boolean(u.slots.service || u.slots.dateText || u.slots.timeText);
}

function resume(h: Handbook, ctx: ChatContext, state: StableState): DecisionPart[] {
  if (state === "booking.confirming") {
    const service = h.services.find((s) => s.id === ctx.draft.service);
    return [{ kind: "confirm", draft: ctx.draft, priceText: service?.priceText ?? "" }];
  }
  if (state === "booking.collecting") {
    const missing = missingField(ctx.draft);
    return missing ? [askFor(h, missing, ctx.draft, ctx.partOfDay)] : [];
  }
  if (state === "managing_booking" && ctx.identity)
    return [{ kind: "ask_identity", field: ctx.identity.name ? "contact" : "name", purpose: ctx.identity.purpose }];
  return [];
}

/** The pure decision of one turn: from the state, context and understanding to what the bot will say and do. */
export function decideTurn(h: Handbook, ctx: ChatContext, u: Understanding, state: StableState): TurnDecision {
  const prefix: DecisionPart[] = detectInjection(ctx.message) ? [{ kind: "refuse_injection" }] : [];
  const inBooking = state === "booking.collecting" || state === "booking.confirming";
  // Details given before any booking ("hi, it's Søren, soren@example.dk") are kept for when a booking starts.
  const held =
    !inBooking && state !== "managing_booking" && (u.slots.name || u.slots.contact)
      ? {
          ...ctx.draft,
          ...(u.slots.name ? { name: u.slots.name } : {}),
          ...(u.slots.contact ? { contact: u.slots.contact } : {}),
        }
      : null;
  const routed = route();
  const step =
    held && routed.patch.draft === undefined && routed.next !== "managing_booking"
      ? { ...routed, patch: { ...routed.patch, draft: held } }
      : routed;
  const parts = [...prefix, ...step.parts];
  const factIds = [...new Set(parts.flatMap((p) => factIdsForPart(h, p)))];
  return {
    decision: { parts, factIds },
    next: step.next,
    patch: step.patch,
    effects: { bookings: step.effects?.bookings ?? [], cancelBookingIds: step.effects?.cancelBookingIds ?? [] },
    lookup: step.lookup ?? null,
  };

  /** Answers to handbook questions asked beside a booking step ("…and what's the address again?"). */
  function sideAnswers(skip: Topic[] = []): DecisionPart[] {
    const side = u.topics.filter((t) => SIDE_TOPICS.includes(t) && !skip.includes(t));
    if (side.length) return answerParts(h, ctx, u, side).filter((p) => p.kind !== "dont_know");
    // "Full service on my e-bike, motor check too": the booking goes on, and what we don't do is said beside it.
    const notOffered = u.slots.notOffered ?? [];
    return notOffered.length ? [{ kind: "not_offered", ids: notOffered }] : [];
  }

  function route(): {
    parts: DecisionPart[];
    next: StableState;
    patch: Partial<ChatContext>;
    effects?: Partial<TurnEffects>;
    lookup?: Identity | null;
  } {
    const rest: StableState = state === "idle" ? "browsing" : state;
    switch (u.intent) {
      case "greeting":
        return { parts: [{ kind: "greet" }, ...resume(h, ctx, state)], next: rest, patch: {} };
      case "thanks":
        return {
          parts: [{ kind: "thanks" }, ...resume(h, ctx, state)],
          next: rest === "booked" ? "booked" : rest,
          patch: {},
        };
      case "handoff":
        return {
          parts: [{ kind: "handoff", reason: "customer asked for a person" }],
          next: "handoff",
          patch: { expecting: null, identity: null },
        };
      case "recall_booking":
        // "Which day did I pick?" in the conversation that made the booking: answer from it, no lookup needed.
        // "Wait, which day did I say?" while the booking is still being collected: answer from the draft.
        if (state === "booking.confirming") return { parts: resume(h, ctx, state), next: state, patch: {} };
        if (inBooking && (ctx.draft.service || ctx.draft.date))
          return {
            parts: [{ kind: "draft_so_far", draft: ctx.draft }, ...resume(h, ctx, state)],
            next: state,
            patch: {},
          };
        if (ctx.lastBooking?.status === "booked")
          return {
            // "Which number did I give you?", "the tune-up or the full service?": the booking answers them, not the
            // shop's contact details or a service description.
            parts: [...sideAnswers(["contact", "services"]), { kind: "bookings_found", bookings: [ctx.lastBooking] }],
            next: rest,
            patch: {},
          };
        return decideIdentity(ctx, u, "recall");
      case "cancel_booking":
        return decideIdentity(ctx, u, u.intent === "cancel_booking" ? "cancel" : "recall");
      case "deny":
        // "No, forget it, cancel" at the confirmation ends the booking; a plain "no" asks what to change.
        if (inBooking && (state === "booking.collecting" || GIVE_UP.test(ctx.message)))
          return {
            parts: [{ kind: "booking_aborted" }],
            next: "browsing",
            patch: { draft: {}, expecting: null, partOfDay: null, span: null },
          };
        if (inBooking) return decideBooking(h, ctx, u, state);
        return { parts: [{ kind: "thanks" }], next: rest, patch: {} };
      case "question": {
        const parts = answerParts(h, ctx, u, u.topics);
        return { parts: [...parts, ...resume(h, ctx, state)], next: rest, patch: {} };
      }
      case "book":
      case "provide_details":
      case "confirm": {
        if (state === "managing_booking" && u.intent !== "book") return decideIdentity(ctx, u, null);
        // A name or contact given with no booking under way starts none: it is kept (`held`) for when one starts.
        if (u.intent === "provide_details" && !inBooking && !bookingDetail(u))
          return { parts: [{ kind: "greet" }, ...resume(h, ctx, state)], next: rest, patch: {} };
        if (u.intent === "confirm" && !inBooking) return { parts: [{ kind: "thanks" }], next: rest, patch: {} };
        const step = decideBooking(h, ctx, u, state);
        return { ...step, parts: [...sideAnswers(), ...step.parts] };
      }
      default: {
        if (state === "managing_booking" && (u.slots.name || u.slots.contact)) return decideIdentity(ctx, u, null);
        if (inBooking && (u.slots.name || u.slots.contact || u.slots.dateText || u.slots.timeText || u.slots.service))
          return decideBooking(h, ctx, u, state);
        // "Saturday 10am" out of the blue: a day and a clock time are only ever given to book; ask for the service.
        if (!inBooking && state !== "managing_booking" && u.slots.dateText && u.slots.timeText)
          return decideBooking(h, ctx, u, state);
        const resumed = resume(h, ctx, state);
        if (held) return { parts: [{ kind: "greet" }, ...resumed], next: rest, patch: {} };
        return { parts: prefix.length ? resumed : [{ kind: "dont_know" }, ...resumed], next: rest, patch: {} };
      }
    }
  }
}
