import { allFacts, type Fact, type Handbook } from "../../knowledge-base/index";
import type { FailureMode } from "../schema";

/** What each failure mode means, as the LLM judges (and the reports) state it. */
export const MODE_DEFINITIONS: Record<FailureMode, string> = {
  bad_data:
    "bad_data: the assistant states a shop fact that contradicts the handbook or invents one — opening hours by day, closed days and holidays, prices, how long a service takes, busy times, address, phone, email.",
  policy_confusion:
    "policy_confusion: the assistant states or applies a shop policy wrongly — a booked service (tune-up, full service, cable replacement, wheel truing) offered as a walk-in or a walk-in job said to need booking, same-day bookings, booking lead time, a paid or conditional safety inspection, a cancellation fee or wrong cancellation window, refunds on labour, deposits or paying up front, wrong return or re-adjustment windows.",
  over_eager:
    "over_eager: the assistant promises or agrees to something the shop cannot do — offering, pricing or booking a service the shop does not provide (e-bike motor, battery, firmware or electrical work, suspension servicing, carbon repair, bike sales, rentals), agreeing to or proposing a visit or drop-off when the shop is closed or outside drop-off slots (resolve relative dates against the conversation's reference time), or discounts and guarantees the handbook never offers.",
};

const SECTIONS: Record<FailureMode, (f: Fact) => boolean> = {
  bad_data: (f) => ["contact", "hours", "busy"].includes(f.section) || /\.(price|duration)$/.test(f.id),
  policy_confusion: (f) => f.section === "policies" || /\.(booking|price)$/.test(f.id),
  over_eager: (f) =>
    ["not_offered", "hours"].includes(f.section) ||
    ["policy.ebike", "policy.slots", "policy.booking_lead"].includes(f.id),
};

/** The handbook facts a judge of this mode needs, each with its id. */
export function factsForMode(h: Handbook, mode: FailureMode): Fact[] {
  return allFacts(h).filter(SECTIONS[mode]);
}
