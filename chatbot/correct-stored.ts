import type { Handbook } from "../knowledge-base/index";
import type { ChatContext, StableState } from "./context";
import { type BookingStep, decideBooking } from "./decide-booking";
import type { Understanding } from "./schema";
import { fixStoredDetail } from "./stored-detail-fix";

/**
 * A later message that fixes part of a detail already held ("it's .com not .con", "last digits are 42"): the held
 * value is corrected in place — never a second value beside it — and the booking is read back again (or the next
 * detail asked for). Null when the message fixes nothing held, or gives a whole new contact (read as usual).
 */
export function correctStored(h: Handbook, ctx: ChatContext, u: Understanding, state: StableState): BookingStep | null {
  if (state !== "booking.collecting" && state !== "booking.confirming") return null;
  if (u.slots.contact || u.intent === "confirm") return null;
  const fix = fixStoredDetail(ctx.draft, ctx.message, Boolean(u.slots.dateText || u.slots.timeText));
  if (!fix) return null;
  // The fix is the message's whole content: digits in it are not a time, a fixed word is not a new name.
  const draft = { ...ctx.draft, [fix.field]: fix.value };
  return decideBooking(
    h,
    { ...ctx, draft, message: "" },
    { ...u, intent: "provide_details", slots: {} },
    "booking.collecting",
  );
}
