import { DateTime } from "luxon";
import type { Handbook } from "../knowledge-base/index";
import type { ChatContext, Identity } from "./context";
import type { BookingStep } from "./decide-booking";
import { localNow } from "./resolve-date";
import type { Booking, Understanding } from "./schema";

/** Collects name + contact to recall or cancel a booking; returns `lookup` once both are known. */
export function decideIdentity(
  ctx: ChatContext,
  u: Understanding,
  purpose: Identity["purpose"] | null,
): BookingStep & { lookup: Identity | null } {
  const base: Identity = ctx.identity ?? { purpose: purpose ?? "recall", name: null, contact: null };
  const identity: Identity = {
    purpose: purpose ?? base.purpose,
    // While we wait for the contact, a stray name-like word must not replace the name already given.
    name:
      (ctx.expecting === "identity_contact" ? base.name : null) ??
      u.slots.name ??
      base.name ??
      (ctx.lastBooking?.name || null),
    contact: u.slots.contact ?? base.contact ?? (ctx.lastBooking?.contact || null),
  };
  if (!identity.name)
    return {
      parts: [{ kind: "ask_identity", field: "name", purpose: identity.purpose }],
      next: "managing_booking",
      patch: { identity, expecting: "identity_name" },
      lookup: null,
    };
  if (!identity.contact)
    return {
      parts: [{ kind: "ask_identity", field: "contact", purpose: identity.purpose }],
      next: "managing_booking",
      patch: { identity, expecting: "identity_contact" },
      lookup: null,
    };
  return { parts: [], next: "browsing", patch: { identity: null, expecting: null }, lookup: identity };
}

/** Given the bookings found for an identity, recalls them or cancels the next upcoming one (within 24 h: please call). */
export function decideAfterLookup(h: Handbook, identity: Identity, found: Booking[], now: string): BookingStep {
  const nowLocal = localNow(now, h.shop.timeZone);
  const upcoming = found
    .filter((b) => b.status === "booked")
    .map((b) => ({ b, at: DateTime.fromISO(`${b.date}T${b.time}`, { zone: h.shop.timeZone }) }))
    .filter(({ at }) => at >= nowLocal)
    .sort((x, y) => x.at.toMillis() - y.at.toMillis());
  if (upcoming.length === 0) return { parts: [{ kind: "no_booking_found" }], next: "browsing", patch: {} };
  if (identity.purpose === "recall")
    return { parts: [{ kind: "bookings_found", bookings: upcoming.map((x) => x.b) }], next: "browsing", patch: {} };
  const first = upcoming[0]!;
  const lateNotice = first.at.diff(nowLocal, "hours").hours < 24;
  if (lateNotice)
    return { parts: [{ kind: "booking_cancelled", booking: first.b, lateNotice: true }], next: "browsing", patch: {} };
  const cancelled = { ...first.b, status: "cancelled" as const };
  return {
    parts: [{ kind: "booking_cancelled", booking: cancelled, lateNotice: false }],
    next: "browsing",
    patch: {},
    effects: { cancelBookingIds: [first.b.id] },
  };
}
