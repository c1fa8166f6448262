import { type Handbook, WEEKDAYS, weekdayOf } from "../knowledge-base/index";
import { asksForParts } from "./asks-for-parts";
import type { ChatContext } from "./context";
import { shopToday } from "./decide-booking";
import { includesParts } from "./includes-answer";
import { nextOpeningAsked } from "./next-opening-asked";
import { presentClock } from "./present-clock";
import { withoutStrayPriceList } from "./price-list-topic";
import { localNow } from "./resolve-date";
import { resolveWhen } from "./resolve-when";
import type { DecisionPart, Topic, Understanding } from "./schema";
import { addDays } from "./shop-calendar";
import { unitCount } from "./unit-count";
import { holidaysBetween, weekSpan } from "./week-span";

/** Holiday fact ids within the seven days from today (mentioned beside a weekday's regular hours). */
function holidaysThisWeek(h: Handbook, now: string): string[] {
  const today = shopToday(h, now);
  const end = addDays(today, 7);
  return h.holidays.filter((x) => x.date >= today && x.date <= end).map((x) => x.id);
}

/** "Are you open on Sunday?", "open xmas eve?": a yes/no question about being open. */
const OPEN_YES_NO =
  /^(?:\W*(?:hi|hey|hello|ok|so|and|also)\W+)?(?:are|r|is|will|would|do)\s+(?:you|u|ya|y'all|you guys|the shop|it|jo'?s)\s+(?:\w+\s+)?open\b|^(?:\W*(?:and|so)\s+)?open\s+(?:on\s+)?\w+[^.]{0,30}\?\s*$/i;

/** "Can you do a tune-up on an e-bike?", "do you guys fix flats?": a yes/no question whether the shop does a job. */
const DOES_SHOP =
  /^(?:\W*(?:hi|hey|hello|ok|so)\W+)?(?:can|could|do|does|will|would)\s+(?:you|u|ya|y'all|you guys|the shop)\s+(?:also\s+)?(?:do|fix|repair|service|handle|work on|take|true|adjust|replace|sort|change)\b/i;

/** What the customer said before this message, oldest first. */
const userSaid = (ctx: ChatContext) => ctx.history.filter((m) => m.role === "user").map((m) => m.content);

/** Builds the answer parts for a question (topics, not-offered items), or "I don't know, please call". */
export function answerParts(h: Handbook, ctx: ChatContext, u: Understanding, topics: Topic[]): DecisionPart[] {
  // "Would it sort out squeaky brakes?": the yes or no comes first, the facts after it.
  const parts: DecisionPart[] = includesParts(h, ctx.message, u.slots.service ?? null, userSaid(ctx));
  const notOffered = u.slots.notOffered ?? [];
  if (notOffered.length) parts.push({ kind: "not_offered", ids: notOffered });
  if (!notOffered.includes("notoffered.bike_sales") && asksForParts(ctx.message)) parts.push({ kind: "parts_sales" });
  const ebikeCovered = notOffered.some((id) => id.startsWith("ebike."));
  const asked = topics.filter(
    (t) =>
      t !== "not_offered" &&
      t !== "unknown" &&
      !(notOffered.length && t === "services") &&
      !(ebikeCovered && t === "ebike"),
  );
  // A service named without a topic ("10 min away, can I get a flat fixed?") is a question about that service.
  const services = (u.slots.services ?? []).filter((s) => s !== u.slots.service);
  // "How much will that be again?" right after booking: the price of the service in this conversation.
  const ownService = ctx.lastBooking?.status === "booked" ? ctx.lastBooking.service : (ctx.draft.service ?? null);
  const service =
    u.slots.service ?? (ownService && topics.some((t) => t === "prices" || t === "duration") ? ownService : null);
  const listed: Topic[] =
    asked.length || !u.slots.service || notOffered.length
      ? withoutStrayPriceList(asked, service, notOffered)
      : ["services"];
  // A yes or no about what a service covers is the answer; no price list or service list for no service beside it.
  const rest = parts.length && !service ? listed.filter((t) => t !== "prices" && t !== "services") : listed;
  // "What's the next day you're open after that?": the first opening after the day meant, with its hours.
  const nextAfter =
    !rest.length || rest.includes("hours") || rest.includes("holidays")
      ? nextOpeningAsked(h, ctx.message, userSaid(ctx), ctx.now)
      : null;
  if (nextAfter) {
    const today = localNow(ctx.now, h.shop.timeZone);
    const clock = nextAfter === today.toISODate() ? today.toFormat("HH:mm") : null;
    parts.push({
      kind: "answer",
      topics: ["hours"],
      day: null,
      date: nextAfter,
      service: null,
      clock,
      nextAfter: true,
    });
  }
  const remaining = nextAfter ? rest.filter((t) => t !== "hours" && t !== "holidays") : rest;
  if (remaining.length) {
    const rest = remaining;
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
    // "What's the latest you can take it?" mid-booking: the slots and hours of the day being booked.
    const draftDay =
      !when?.dates.length && ctx.draft.date && rest.some((t) => t === "booking_policy" || t === "hours")
        ? [ctx.draft.date]
        : [];
    const dates = plural ? [] : present ? [present.date] : when?.dates.length ? when.dates : draftDay;
    const weekdayOnly = Boolean(when?.weekdayOnly);
    const holidays = week ? holidaysBetween(h, week) : weekdayOnly || plural ? holidaysThisWeek(h, ctx.now) : [];
    const dayOf = (d: string | undefined) =>
      d ? weekdayOf(d) : when?.recurring[0] ? WEEKDAYS[when.recurring[0] - 1]! : null;
    // "Open Christmas Eve and New Year's Day?", "closed over Christmas and New Year?": each day answered.
    const hoursPerDay = (rest.includes("hours") || rest.includes("holidays")) && dates.length > 1;
    // "Closing time on Thursdays and Fridays?": each weekday's regular hours.
    const weekdays = rest.includes("hours") && !dates.length ? [...new Set(when?.recurring ?? [])] : [];
    // "Are you open Sunday?": yes or no first (each day of several gets its own).
    const yesNo = OPEN_YES_NO.test(ctx.message);
    for (const w of weekdays.length > 1 ? weekdays : [])
      parts.push({
        kind: "answer",
        topics: ["hours"],
        day: WEEKDAYS[w - 1]!,
        date: null,
        service: null,
        holidays: [],
        yesNo,
      });
    for (const d of hoursPerDay ? dates : [])
      parts.push({
        kind: "answer",
        topics: ["hours"],
        day: weekdayOf(d),
        date: weekdayOnly ? null : d,
        service: null,
        holidays: [],
        yesNo,
      });
    const kept = hoursPerDay || weekdays.length > 1 ? rest.filter((t) => t !== "hours" && t !== "holidays") : rest;
    // "Could I get a flat fixed right now?": a walk-in service asked about for now is a walk-in question.
    // "Anyone there today? I can swing by with a flat", "bring a flat by on a sunday?": a walk-in service asked about for
    // one day (a date or a weekday) is a walk-in question.
    const oneDay = present !== null || dates.length === 1;
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
        yesNo:
          (yesNo && (dates.length > 0 || Boolean(when?.recurring.length))) ||
          (service !== null && DOES_SHOP.test(ctx.message)),
      });
    if ((hoursPerDay || weekdays.length > 1) && holidays.length)
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
  // "…and any discount for both?": what the handbook does not cover is said not to be known, beside the rest.
  if (topics.includes("unknown")) parts.push({ kind: "dont_know", rest: parts.length > 0 });
  return parts.length ? parts : [{ kind: "dont_know" }];

  /** "Both wheels", "the two cables": how many units of a per-unit price were asked about. */
  function quantityOf(id: string | null): number | null {
    const priceUnit = h.services.find((s) => s.id === id)?.priceUnit;
    return priceUnit ? unitCount(ctx.message, priceUnit) : null;
  }
}
