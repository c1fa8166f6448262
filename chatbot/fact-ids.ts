import { type Handbook, holidayOn, weekdayOf } from "../knowledge-base/index";
import type { DecisionPart, Topic } from "./schema";

const TOPIC_FACTS: Record<Topic, (h: Handbook) => string[]> = {
  hours: (h) => [...h.hours.map((d) => d.id), ...h.holidayRules.map((x) => x.id)],
  holidays: (h) => h.holidayRules.map((x) => x.id),
  location: () => ["shop.address"],
  contact: () => ["shop.phone", "shop.email"],
  prices: (h) => h.services.map((s) => `svc.${s.id}.price`),
  services: (h) => [...h.services.map((s) => `svc.${s.id}.price`), "policy.ebike"],
  ebike: (h) => ["policy.ebike", ...h.notOffered.filter((n) => n.id.startsWith("ebike.")).map((n) => n.id)],
  walk_in: () => ["policy.walk_in", "busy.morning", "busy.quiet"],
  booking_policy: (h) => [
    "policy.booking_lead",
    "policy.slots",
    "policy.walk_in",
    ...h.services.map((s) => `svc.${s.id}.booking`),
  ],
  cancellation_policy: () => ["policy.cancellation", "shop.phone"],
  payment: () => ["policy.payment"],
  workmanship: () => ["policy.workmanship"],
  refunds: () => ["policy.labour_refund", "policy.returns"],
  returns: () => ["policy.returns"],
  busy_times: () => ["busy.morning", "busy.quiet"],
  duration: (h) => h.services.map((s) => `svc.${s.id}.duration`),
  not_offered: () => [],
  unknown: () => ["shop.phone", "shop.email"],
};

/** The handbook fact ids that ground one decision part (what the reply writer may state). */
export function factIdsForPart(h: Handbook, p: DecisionPart): string[] {
  switch (p.kind) {
    case "answer": {
      if (p.service) {
        const svc = p.service;
        const ids = p.topics.flatMap((t): string[] => {
          if (t === "prices") return [`svc.${svc}.price`];
          if (t === "duration") return [`svc.${svc}.duration`];
          if (t === "services") return [`svc.${svc}.price`, `svc.${svc}.includes`, `svc.${svc}.booking`];
          if (t === "walk_in") return [`svc.${svc}.booking`, "policy.walk_in", "busy.quiet"];
          return TOPIC_FACTS[t](h);
        });
        return ids.length ? ids : [`svc.${svc}.price`, `svc.${svc}.booking`];
      }
      if (p.topics.includes("hours") && p.date) {
        const hol = holidayOn(h.holidayRules, p.date);
        return hol ? [hol.id] : [`hours.${weekdayOf(p.date)}`];
      }
      if (p.topics.includes("hours") && p.day) return [`hours.${p.day}`];
      // A day's first and last slot come from that day's hours.
      const day = p.topics.includes("booking_policy") && p.day ? [`hours.${p.day}`] : [];
      return [...p.topics.flatMap((t) => TOPIC_FACTS[t](h)), ...day];
    }
    case "not_offered":
      return p.ids;
    case "includes":
      return [
        `svc.${p.service}.includes`,
        ...(p.elsewhere ? [`svc.${p.elsewhere.service}.includes`, `svc.${p.elsewhere.service}.price`] : []),
      ];
    case "parts_sales":
      return ["notoffered.bike_sales", "shop.phone", "shop.email"];
    case "walk_in_ok":
      return [`svc.${p.service}.booking`, `svc.${p.service}.price`, "policy.walk_in"];
    case "ask":
      if (p.field === "date")
        return ["policy.booking_lead", ...(p.draft.service ? [`svc.${p.draft.service}.price`] : [])];
      return p.field === "time" ? ["policy.slots"] : [];
    case "invalid_slot":
      return p.field === "time" ? ["policy.slots", ...(p.note ? ["busy.morning"] : [])] : ["policy.booking_lead"];
    case "confirm":
      return p.draft.service ? [`svc.${p.draft.service}.price`, "policy.payment"] : [];
    case "booked":
      return [`svc.${p.booking.service}.duration`, "policy.cancellation"];
    case "booking_cancelled":
      return ["policy.cancellation"];
    case "late_cancel":
      return ["policy.cancellation", "shop.phone"];
    case "offer_booking":
      return p.soonest ? ["policy.booking_lead", "policy.slots"] : [];
    case "bookings_found":
      // A booking read back says its service's price too ("the 89 or the 179 one?").
      return [...new Set(p.bookings.flatMap((b) => [`svc.${b.service}.duration`, `svc.${b.service}.price`]))];
    case "ask_identity":
      return p.purpose === "cancel" && p.field === "name" ? ["policy.cancellation", "shop.phone"] : [];
    case "handoff":
    case "dont_know":
      return ["shop.phone", "shop.email"];
    default:
      return [];
  }
}
