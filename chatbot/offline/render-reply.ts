import { formatClock, type Handbook, type ServiceId, type Weekday } from "../../knowledge-base/index";
import type { BookingDraft, Decision, DecisionPart } from "../schema";
import { formatDate } from "../validate-booking";
import { policy, renderAnswer } from "./render-answer";
import { daySlotsText } from "./render-slots";
import { walkInDayText } from "./render-walk-in";

const list = (xs: string[], joiner = "or") =>
  xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} ${joiner} ${xs.at(-1)}`;

function serviceName(h: Handbook, id: ServiceId | null | undefined): string {
  return h.services.find((s) => s.id === id)?.name ?? "service";
}

function summary(h: Handbook, d: BookingDraft): string {
  const bits = [`a ${serviceName(h, d.service)}`];
  // An approximate time was taken to the nearest drop-off slot: said, so the customer can change it.
  const near = d.timeApprox ? " (the nearest drop-off slot to the time you gave)" : "";
  if (d.date) bits.push(`drop-off on ${formatDate(d.date)}${d.time ? ` at ${formatClock(d.time)}${near}` : ""}`);
  if (d.name) bits.push(`under the name ${d.name}`);
  if (d.contact) bits.push(`contact ${d.contact}`);
  return bits.join(", ");
}

/** When a service's work is ready ("ready within 2 business days", "done at your drop-off appointment"). */
function readyText(h: Handbook, id: ServiceId): string {
  const d = h.services.find((s) => s.id === id)?.durationText ?? "";
  return /^(ready|done)\b/.test(d) ? d : `takes ${d}`;
}

/** Who the customer said they are ("You told me your name is Tariq, and your contact is …"). */
function toldText(d: BookingDraft): string {
  const bits = [...(d.name ? [`your name is ${d.name}`] : []), ...(d.contact ? [`your contact is ${d.contact}`] : [])];
  return bits.length ? `You told me ${bits.join(", and ")}.` : "You haven't told me your name or contact yet.";
}

/** "Would you like to book one?" after an answer; the first free slot said when that was what was asked. */
function offerText(h: Handbook, p: Extract<DecisionPart, { kind: "offer_booking" }>): string {
  const d = p.draft;
  const what = d.service ? `a ${serviceName(h, d.service)}` : "a drop-off";
  const at = d.date ? ` on ${formatDate(d.date)}${d.time ? ` at ${formatClock(d.time)}` : ""}` : "";
  if (p.soonest && d.date)
    return `The soonest I can book ${what} is${at.replace(/^ on/, "")}. Would you like me to book it?`;
  return `Would you like to book ${what}${at}?`;
}

function ask(h: Handbook, p: Extract<DecisionPart, { kind: "ask" }>): string {
  switch (p.field) {
    case "service": {
      const bookable = h.services.filter((s) => s.booking === "required").map((s) => `${s.name} (${s.priceText})`);
      // "Latest slot Saturday?" before a service is named: that day's first and last slot, then the question.
      const slots = p.draft.date ? `${daySlotsText(h, null, p.draft.date)} ` : "";
      return `${slots}Which service would you like to book? We take bookings for ${list(bookable)}.`;
    }
    case "date": {
      // The price is said as the booking starts, so nobody books without knowing it ("a full service ($179)").
      const price = h.services.find((s) => s.id === p.draft.service)?.priceText;
      const what = `${serviceName(h, p.draft.service)}${price ? ` (${price})` : ""}`;
      if (p.choose && p.options.length === 2)
        return `Which do you mean for the ${what}: ${formatDate(p.options[0]!)} or ${formatDate(p.options[1]!)}?`;
      if (p.options.length)
        return `Which day would you like to drop your bike off for the ${what}? In that span I can offer ${list(p.options.map(formatDate))}.`;
      return `What day would you like to drop your bike off for the ${what}? Bookings need at least a day's notice, and we're closed Sundays and Mondays.`;
    }
    case "time": {
      const day = formatDate(p.draft.date!);
      if (p.options.length && p.options.length <= 8)
        return `What time on ${day}? Available drop-off slots: ${list(p.options.map(formatClock))}.`;
      if (p.options.length)
        return `What time on ${day}? Drop-off slots run every 30 minutes from ${formatClock(p.options[0]!)} to ${formatClock(p.options.at(-1)!)}.`;
      return `What time would you like to drop it off on ${day}? Drop-off slots run every 30 minutes from opening until an hour before closing.`;
    }
    case "name": {
      // Say back the day and time understood ("next Friday at 11" → which Friday), so a misreading shows at once.
      const d = p.draft;
      const so = d.date && d.time ? `${summary(h, d).replace(/^a/, "A")} — got it. ` : "";
      return `${so}What name should I put the booking under?`;
    }
    case "contact": {
      const so =
        p.sayBack && p.draft.date && p.draft.time ? `${summary(h, p.draft).replace(/^a/, "A")} — got it. ` : "";
      return `${so}And a phone number or email address so we can reach you?`;
    }
  }
}

/** Renders one decision part as customer-facing text, using only handbook facts. */
export function renderPart(h: Handbook, p: DecisionPart): string {
  switch (p.kind) {
    case "greet":
      return `Hi! I'm the assistant at ${h.shop.name}. I can answer questions about our hours, services and prices, or book a repair. How can I help?`;
    case "answer":
      return renderAnswer(h, p.topics, (p.day as Weekday | null) ?? null, p.date ?? null, p.service ?? null, {
        services: p.services,
        holidays: p.holidays,
        clock: p.clock,
        quantity: p.quantity,
        nextAfter: p.nextAfter,
        yesNo: p.yesNo,
      });
    case "not_offered": {
      const items = h.notOffered.filter((n) => p.ids.includes(n.id));
      const ebike = items.some((n) => n.id.startsWith("ebike."));
      const text = items.map((n) => `${n.name} (${n.referral})`);
      return `Sorry, we don't offer ${list(text)}.${ebike ? ` ${policy(h, "policy.ebike")}` : ""}`;
    }
    case "includes": {
      const s = serviceName(h, p.service);
      if (p.include) return `Yes — a ${s} includes ${p.include}.`;
      const o = h.services.find((x) => x.id === p.elsewhere?.service);
      return `No — a ${s} doesn't cover ${p.item}${o ? `; that's part of the ${o.name} (${o.priceText}): ${p.elsewhere!.include}` : ""}.`;
    }
    case "parts_sales": {
      const sales = h.notOffered.find((n) => n.id === "notoffered.bike_sales");
      return `Yes — ${sales?.referral ?? "we sell parts and accessories"} (no bikes). To check whether a particular item is in stock, please call us on ${h.shop.phone} or email ${h.shop.email}.`;
    }
    case "walk_in_ok": {
      const s = h.services.find((x) => x.id === p.service)!;
      const day = p.date ? ` ${walkInDayText(h, p.date)}` : "";
      return `No booking needed for a ${s.name} — it's walk-in (${s.priceText}, ${s.durationText}). First come, first served; expect a wait in the morning rush right after opening.${day}`;
    }
    case "ask":
      return ask(h, p);
    case "ask_change":
      return `No problem — nothing is booked yet. What would you like to change (${summary(h, p.draft)})?`;
    case "draft_so_far":
      if (!p.draft.service && !p.draft.date) return `${toldText(p.draft)} Nothing is booked yet.`;
      return `So far you've asked for ${summary(h, p.draft)} — nothing is booked yet.`;
    case "invalid_slot": {
      const requested = p.field === "time" ? formatClock(p.requested) : formatDate(p.requested);
      const alts = p.field === "time" ? p.alternatives.map(formatClock) : p.alternatives.map(formatDate);
      const on = p.field === "time" && p.date ? ` on ${formatDate(p.date)}` : "";
      const offer = alts.length ? ` I can offer ${list(alts)}${on} instead.` : "";
      const note = p.note ? ` Heads-up: ${p.note}; weekday afternoons after 2pm are quieter.` : "";
      return `Sorry, ${requested} doesn't work: ${p.reason}.${offer}${note}`;
    }
    case "confirm":
      return `Let me confirm${p.draft.replaces ? ` the move of booking ${p.draft.replaces}` : ""}: ${summary(h, p.draft)}. The price is ${p.priceText}, paid at pickup (card or cash, no deposit). Shall I book it?`;
    case "booked": {
      const b = p.booking;
      const s = h.services.find((x) => x.id === b.service);
      return `You're booked! ${p.replaced ? `Booking ${p.replaced} is cancelled and moved here. ` : ""}Reference ${b.id}: ${serviceName(h, b.service)} (${s?.priceText ?? ""}), drop-off ${formatDate(b.date)} at ${formatClock(b.time)}, under ${b.name}. It will be ${s?.durationText ?? "ready soon"}. You can cancel free of charge up to 24 hours before.`;
    }
    case "offer_booking":
      return offerText(h, p);
    case "booking_aborted":
      return "Okay, I've stopped that booking — nothing was booked. Anything else I can help with?";
    case "bookings_found":
      // "…and when can I pick it up?": each booking says when its work is ready.
      return `I found ${p.bookings.length === 1 ? "your booking" : "these bookings"}: ${p.bookings.map((b) => `${b.id}, ${serviceName(h, b.service)} (${h.services.find((x) => x.id === b.service)?.priceText}) on ${formatDate(b.date)} at ${formatClock(b.time)}, under ${b.name} (contact ${b.contact}), ${readyText(h, b.service)}`).join("; ")}.`;
    case "booking_cancelled":
      return p.lateNotice
        ? `Your booking ${p.booking.id} (${formatDate(p.booking.date)} at ${formatClock(p.booking.time)}) is less than 24 hours away, so please call us on ${h.shop.phone} to cancel — there's no fee.`
        : `Done — booking ${p.booking.id} (${serviceName(h, p.booking.service)} on ${formatDate(p.booking.date)} at ${formatClock(p.booking.time)}) is cancelled, free of charge.`;
    case "late_cancel":
      return `With less than 24 hours to go, please call us on ${h.shop.phone} to cancel — there's no fee. ${policy(h, "policy.cancellation")}`;
    case "no_booking_found":
      return `I couldn't find an upcoming booking under that name and contact. Please check the details, or call us on ${h.shop.phone}.`;
    case "ask_identity":
      return p.field === "name"
        ? p.purpose === "cancel"
          ? `Sure — I can cancel your booking. ${policy(h, "policy.cancellation").replace(/call us\b/, `call us on ${h.shop.phone}`)} What name is it under?`
          : "Sure — I can look up your booking. What name is it under?"
        : "And the phone number or email you gave when booking?";
    case "handoff":
      return `I'll pass you to the team: please call ${h.shop.phone} or email ${h.shop.email} and a person will help you.`;
    case "dont_know":
      if (p.rest)
        return `About the rest I'm not sure, and I don't want to guess: please call us on ${h.shop.phone} or email ${h.shop.email}.`;
      return `I'm not sure about that, and I don't want to guess. Please call us on ${h.shop.phone} or email ${h.shop.email}.`;
    case "refuse_injection":
      return "I can only follow the shop's own policies and prices, so I can't change them or do anything outside them.";
    case "thanks":
      return "You're welcome! Anything else I can help with?";
    case "error":
      return `Sorry — something went wrong on my side (${p.message}). Please try again, or call us on ${h.shop.phone}.`;
  }
}

/**
 * Renders a whole decision (the offline engine's reply job, and the fallback when a model fails). Each sentence is
 * said once: two parts (a walk-in answer and the hours of its day) may state the same fact in the same words.
 */
export function renderDecision(h: Handbook, d: Decision): string {
  const said = new Set<string>();
  return d.parts
    .map((p) => renderPart(h, p))
    .filter(Boolean)
    .join(" ")
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((sentence) => !said.has(sentence) && said.add(sentence))
    .join(" ");
}
