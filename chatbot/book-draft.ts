import type { Handbook } from "../knowledge-base/index";
import type { ChatContext } from "./context";
import type { BookingStep } from "./decide-booking";
import type { Booking, BookingDraft } from "./schema";

/** Books a complete, confirmed draft: the booking is stored, and the one it replaces (a move) is cancelled. */
export function bookDraft(h: Handbook, ctx: ChatContext, d: BookingDraft): BookingStep {
  const service = h.services.find((x) => x.id === d.service);
  const booking: Booking = {
    id: ctx.newId,
    service: d.service!,
    date: d.date!,
    time: d.time!,
    name: d.name!,
    contact: d.contact!,
    priceUsd: service?.priceUsd ?? 0,
    status: "booked",
  };
  return {
    parts: [{ kind: "booked", booking, replaced: d.replaces ?? null }],
    next: "booked",
    patch: {
      draft: {},
      partOfDay: null,
      expecting: null,
      span: null,
      choices: null,
      refused: null,
      lastBooking: booking,
    },
    effects: { bookings: [booking], cancelBookingIds: d.replaces ? [d.replaces] : [] },
  };
}
