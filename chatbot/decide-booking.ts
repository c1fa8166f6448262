import { type Handbook, WEEKDAY_NAMES, weekdayOf } from "../knowledge-base/index";
import { askFor, missingField } from "./ask-for";
import { bookDraft } from "./book-draft";
import {
  bookableDatesIn,
  dayOfMonthNear,
  dayOnFrom,
  sameWeekdayIn,
  weekdayNearDraft,
  weekdayThatWeek,
  weekOnFromDraft,
} from "./booking-dates";
import type { ChatContext, StableState, TurnEffects } from "./context";
import { correctedName } from "./corrected-name";
import { bookableChoices, pickChoice } from "./next-weekday-choice";
import { relativeShift, shiftedBooking } from "./relative-shift";
import { localNow } from "./resolve-date";
import { firstSlot, lastSlot, nearestSlot, resolveWhen } from "./resolve-when";
import type { BookingDraft, DecisionPart, Understanding } from "./schema";
import { addDays } from "./shop-calendar";
import { checkDate, checkService, checkTime, earliestBookableDate, nextOpenDates } from "./validate-booking";
import { dayInYearSaid } from "./year-said";

/** Outcome of one booking step: what to say, where to go, and the context to keep. */
export interface BookingStep {
  parts: DecisionPart[];
  next: StableState;
  patch: Partial<ChatContext>;
  effects?: Partial<TurnEffects>;
}

/** Moving a booking just made to another day or time ("can we move it to 4?", "push it to Thursday", "reschedule"). */
export const MOVES_BOOKING =
  /\b(move|moving|change|changing|switch|push|shift|make) (it|that|this|my booking|the booking|my appointment|the appointment|the slot|the time|the day|the date)\b|\bbring (it|that|the booking|my booking) forward\b|\breschedul\w*/i;
/** Words that put one thing in another's place ("just the flat instead", "rather a brake adjustment"). */
const SWAP = /\b(instead|rather|actually|only|just)\b|\bwalk(-| )?in\b/i;
/** Words that add a thing beside the booked one ("can you also just fix a flat while it's in?"). */
const ADDED = /\b(also|too|as well|while|plus|and)\b/i;
const CONTACT_OK = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}|(\d\D{0,2}){7,}/i;

/** Today's date in the shop's time zone. */
export function shopToday(h: Handbook, now: string): string {
  return localNow(now, h.shop.timeZone).toISODate() ?? now.slice(0, 10);
}

/** Merges the message's slots into the draft, validating each against the handbook; then asks, confirms or books. */
export function decideBooking(h: Handbook, ctx: ChatContext, u: Understanding, state: StableState): BookingStep {
  const parts: DecisionPart[] = [];
  // A second booking in the same conversation keeps who it is for.
  const again = ctx.lastBooking ? { name: ctx.lastBooking.name, contact: ctx.lastBooking.contact } : {};
  const last = ctx.lastBooking?.status === "booked" ? ctx.lastBooking : null;
  // "Oh actually can we move it to 4 instead?" right after booking: the same booking at the new day or time.
  const moved = state === "booked" && last && (MOVES_BOOKING.test(ctx.message) || relativeShift(ctx.message));
  const draft: BookingDraft = moved
    ? {
        service: last.service,
        date: last.date,
        time: last.time,
        name: last.name,
        contact: last.contact,
        replaces: last.id,
      }
    : state === "booked"
      ? again
      : { ...ctx.draft };
  let partOfDay = ctx.partOfDay;
  const today = shopToday(h, ctx.now);

  if (state === "booking.confirming" && u.intent === "confirm" && missingField(draft) === null)
    return bookDraft(h, ctx, draft);
  if (state === "booking.confirming" && u.intent === "deny")
    return {
      parts: [{ kind: "ask_change", draft }],
      next: "booking.collecting",
      patch: { draft, expecting: null, span: null },
    };

  const s = u.slots;
  // "…rubs the brake pad… so I need the rear wheel trued": of several services named, the bookable one is booked (a
  // walk-in one beside it is most often the story of the fault, and the confirmation says what is booked).
  const service =
    (s.service && checkService(h, s.service).ok ? s.service : null) ??
    s.services?.find((x) => checkService(h, x).ok) ??
    s.service;
  if (service) {
    const check = checkService(h, service);
    if (check.ok) draft.service = service;
    else parts.push({ kind: "walk_in_ok", service });
  }
  // "Ah right, Thanksgiving. Friday at 10 then", answering a refused day: a day that cannot be booked, named beside
  // another, is not the one meant.
  const answering = state === "booking.collecting" && ctx.expecting === "date";
  // "6pm is too late, can you make it 4pm": the time already held gives way to the new one said beside it.
  const held = { date: draft.date ?? null, time: draft.time ?? null, name: draft.name ?? null };
  const refused = (d: string) => answering && !checkDate(h, d, today).ok;
  const when = resolveWhen(h, s.dateText, s.timeText, ctx.now, refused, held.time);
  if (when.partOfDay) partOfDay = when.partOfDay;
  // "Which day next week?" — "Thursday": that week's Thursday, not the coming one.
  const offered = state === "booking.collecting" ? (ctx.span ?? null) : null;
  // "The week after, same day and time": a week on from the day already chosen.
  // "Half an hour earlier", "push it back a day": the held day or time moved by the amount said.
  const shifted = state.startsWith("booking") || moved ? shiftedBooking(ctx.message, held) : { date: null, time: null };
  const weekOn =
    state.startsWith("booking") || moved
      ? (shifted.date ??
        weekOnFromDraft(ctx.message, held.date) ??
        dayOnFrom(ctx.message, held.date ?? ctx.refused) ??
        weekdayThatWeek(ctx.message, held.date ?? ctx.refused) ??
        // "The 11th", answering which day of the span offered ("sometime in February"): that span's month.
        dayOfMonthNear(ctx.message, held.date ?? ctx.refused ?? offered?.start, today) ??
        dayInYearSaid(ctx.message, held.date ?? ctx.refused, today))
      : null;
  // The answer to "Friday 11 December or Friday 18 December?": "the later one", "next week's" (or a date said).
  const choices = state === "booking.collecting" && !ctx.draft.date ? (ctx.choices ?? null) : null;
  const picked = choices ? pickChoice(ctx.message, choices) : null;
  const resolved =
    picked ??
    weekOn ??
    nextOneAfterRefused(
      when.date && when.weekdayOnly
        ? offered
          ? sameWeekdayIn(offered, when.date)
          : weekdayNearDraft(when.date, held.date, today)
        : when.date,
    );
  // "Next Friday" with the coming Friday days away: which of the two is asked, not guessed (decision 015).
  const either =
    !picked && !weekOn && when.either && resolved && when.either.includes(resolved)
      ? bookableChoices(h, when.either, today)
      : [];
  if (either.length === 2) draft.date = null;
  // "4/5" when 5 April is a closed Monday: the date as written is refused with the reason, never swapped for 4 May.
  const inDigits = /\b\d{1,2}[/.]\d{1,2}\b/.test(s.dateText ?? "");
  const asked = either.length === 2 ? null : inDigits ? resolved : (either[0] ?? resolved);
  if (asked) {
    const check = checkDate(h, asked, today);
    if (check.ok) draft.date = asked;
    else {
      draft.date = null;
      parts.push({
        kind: "invalid_slot",
        field: "date",
        reason: check.problem.reason,
        requested: asked,
        alternatives: check.problem.alternatives,
        date: null,
        note: null,
      });
    }
  }
  // "Wednesday the 12th" when the 12th is a Thursday: both days are offered (those still bookable), none is guessed.
  if (when.clash) {
    const { weekday, dayOfMonth } = when.clash;
    parts.push({
      kind: "invalid_slot",
      field: "date",
      reason: `that date is a ${WEEKDAY_NAMES[weekdayOf(dayOfMonth)]}, not a ${WEEKDAY_NAMES[weekdayOf(weekday)]}`,
      requested: dayOfMonth,
      alternatives: [weekday, dayOfMonth].filter((d) => checkDate(h, d, today).ok),
      date: null,
      note: null,
    });
  }
  // "What's the soonest?" with no day yet: the first bookable day, at its first slot.
  if (when.earliest && !draft.date && !asked && !parts.length && either.length !== 2)
    draft.date = nextOpenDates(h, earliestBookableDate(h, today), 1)[0] ?? null;
  if (shifted.time) [draft.time, draft.timeApprox] = [shifted.time, null];
  else if (when.time) {
    // "About 11", "around noon": the drop-off slot nearest the time said, inside opening hours (the read-back says so).
    draft.time = when.approximate && draft.date ? nearestSlot(h, draft.date, when.time) : when.time;
    draft.timeApprox = when.approximate || null;
  } else if (picked) {
    // "The first one" picks the day offered; it says nothing of the time.
  } else if (when.earliest && draft.date) draft.time = firstSlot(h, draft.date);
  else if (when.latest && draft.date) draft.time = lastSlot(h, draft.date);
  if (!when.time && !picked && (when.earliest || when.latest)) draft.timeApprox = null;
  if (s.name) draft.name = correctedName(draft.name, s.name.trim(), ctx.message).slice(0, 80);
  if (s.contact && CONTACT_OK.test(s.contact)) draft.contact = s.contact.trim().slice(0, 120);
  if (draft.date && draft.time) {
    const check = checkTime(h, draft.date, draft.time);
    if (!check.ok) {
      parts.push({
        kind: "invalid_slot",
        field: "time",
        reason: check.problem.reason,
        requested: draft.time,
        alternatives: check.problem.alternatives,
        date: draft.date,
        note: check.problem.note,
      });
      draft.time = null;
    }
  }
  // "Actually, just fix the flat instead, I'll walk in": a walk-in service taking the booked one's place ends the booking.
  const named = s.services ?? (s.service ? [s.service] : []);
  const swapped = SWAP.test(ctx.message) && !ADDED.test(ctx.message) && !named.some((x) => checkService(h, x).ok);
  const walkInOnly =
    parts.some((p) => p.kind === "walk_in_ok") &&
    (swapped ||
      (!draft.service &&
        // A booking not yet for any service ("hold 11am friday" → "brake pads") ends with the walk-in answer.
        ((state !== "booking.collecting" && state !== "booking.confirming") || !ctx.draft.service)));
  // "If I rock up at ten to six Wednesday? just a brake adjustment": a walk-in is held to the day's opening hours, not
  // to the drop-off grid or a booking's day of notice; the day's hours are said instead of a slot refused.
  const walkInDay = asked && asked >= today ? asked : null;
  if (walkInOnly)
    return {
      parts: walkInDay
        ? parts.flatMap((p): DecisionPart[] =>
            p.kind === "invalid_slot" ? [] : p.kind === "walk_in_ok" ? [{ ...p, date: walkInDay }] : [p],
          )
        : parts,
      next: state === "idle" || state.startsWith("booking") ? "browsing" : state,
      patch: { draft: {}, expecting: null, partOfDay: null, span: null, choices: null, refused: null },
    };

  // "This weekend" when only the Saturday is open: the one bookable day of the span is taken, not asked.
  // ("This weekend or early next week" offers a choice of spans: asked.)
  if (!draft.date && !asked && when.range && !parts.length && !/\bor\b/i.test(ctx.message)) {
    const open = bookableDatesIn(h, when.range, today);
    if (open.length === 1) draft.date = open[0]!;
  }
  const keptSpan = draft.date ? null : offered;
  const pending = draft.date ? null : either.length === 2 ? either : choices;
  const invalid = parts.find((p) => p.kind === "invalid_slot");
  const missing = missingField(draft);
  // "Sometime next week": ask which day, offering the bookable days of that span.
  if (!invalid && missing === "date" && draft.service && when.range) {
    const options = bookableDatesIn(h, when.range, today);
    parts.push({ kind: "ask", field: "date", draft, options });
    return {
      parts,
      next: "booking.collecting",
      patch: { draft, partOfDay, expecting: "date", span: when.range, choices: null },
    };
  }
  if (invalid && invalid.kind === "invalid_slot")
    return {
      parts,
      next: "booking.collecting",
      patch: {
        refused: invalid.field === "date" ? invalid.requested : (ctx.refused ?? null),
        draft,
        partOfDay,
        expecting: invalid.field === "date" ? "date" : "time",
        span: keptSpan,
        choices: pending,
      },
    };
  if (missing) {
    // A service named for the first time is priced beside the next question ("need a full service" → "$179"); the
    // confirmation states it anyway, and so does the question for the day (said once, not twice).
    const priced = u.topics.some((t) => t === "prices" || t === "duration" || t === "ebike");
    if (service && draft.service === service && ctx.draft.service !== service && !priced && missing !== "date")
      parts.push({ kind: "answer", topics: ["prices"], day: null, date: null, service, holidays: [] });
    // "Put it under Mei Lin Zhou, tune-up Wednesday 12": the name and the slot in one go; the slot is said back.
    // "Ugh autocorrect, it's Jon Snowden": a name given again in place of another is said back too.
    const renamed = Boolean(held.name && draft.name !== held.name);
    const slotNew =
      Boolean(draft.date && draft.time) && (ctx.draft.date !== draft.date || ctx.draft.time !== draft.time || renamed);
    const question =
      missing === "date" && pending?.length === 2
        ? { ...askFor(h, missing, draft, partOfDay), options: pending, choose: true }
        : askFor(h, missing, draft, partOfDay);
    parts.push(missing === "contact" && slotNew ? { ...question, sayBack: true } : question);
    return {
      parts,
      next: "booking.collecting",
      patch: { draft, partOfDay, expecting: missing, span: keptSpan, choices: pending },
    };
  }
  const booked = h.services.find((x) => x.id === draft.service);
  parts.push({ kind: "confirm", draft, priceText: booked?.priceText ?? "" });
  return { parts, next: "booking.confirming", patch: { draft, partOfDay, expecting: null, span: null, choices: null } };

  /**
   * "What about next Thursday then?" answering a refused Thursday: the coming one was just turned down, so the one a
   * week on is meant.
   */
  function nextOneAfterRefused(d: string | null): string | null {
    const nextDay = /\bnext\s+(mon|tue|wed|thu|fri|sat|sun)/i.test(s.dateText ?? "");
    const next = d && nextDay && refused(d) ? addDays(d, 7) : null;
    return next && !refused(next) ? next : d;
  }
}
