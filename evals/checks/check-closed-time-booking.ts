import { type Handbook, handbook } from "../../knowledge-base/index";
import {
  type Appointment,
  acceptedSlot,
  appointmentClaims,
  type BookingSlot,
  bookingTurn,
  callbackClaims,
  clock,
  dayTruth,
  daysIn,
  firstFailingTurn,
  hhmmMinutes,
  LINK_CONFIDENCE,
  localDate,
  slotMinutesOn,
  type TurnProblem,
} from "../claims/index";
import type { CheckResult, Transcript, Uncertainty } from "../schema";

const toMin = hhmmMinutes;

/** over_eager: a visit or drop-off agreed or proposed on a closed day or outside hours/slots, resolved against `now`. */
export function checkClosedTimeBooking(t: Transcript, h: Handbook = handbook): CheckResult {
  const uncertain: Uncertainty[] = [];
  const today = localDate(t.now, h.shop.timeZone);
  const result = firstFailingTurn(t, "check-closed-time-booking", "over_eager", (turn) => {
    const accepted = acceptedSlot(turn, t.now, h);
    // A slot read back for the customer's yes ("Thursday 26 Nov, 11 am — shall I confirm?") or stated as booked.
    const booked: BookingSlot | null = bookingTurn(turn, t.now, h).slot;
    for (const a of [
      ...appointmentClaims(turn, t.now, h),
      ...(accepted ? [accepted] : []),
      ...(booked ? [booked] : []),
      // "A mechanic will call you back this afternoon" (on a closed Sunday): the shop acting when it is shut.
      ...callbackClaims(turn, t.now, h),
    ]) {
      const problem = judge(a);
      // A booked slot whose day came only from earlier messages is less sure than one the reply names itself.
      if (problem) return { ...problem, confidence: "link" in a ? LINK_CONFIDENCE[a.link] : 1 };
    }
    return null;
    function judge(a: Appointment | BookingSlot): TurnProblem | null {
      const quote = `"${a.sentence}"`;
      // "if your tune-up was around Christmas": a day already past is an event recalled, not a visit agreed.
      if (a.date && a.date < today) return null;
      if (a.date) {
        const truth = dayTruth(h, "mon", a.date);
        if (!truth.open)
          return { reason: `agrees to ${truth.label}, when the shop is closed — ${quote}`, factIds: [truth.factId] };
        if (a.time === null) return null;
        // "come by before 3": a latest arrival is fine up to closing time and names no slot.
        if ("until" in a && a.until) {
          if (a.time >= truth.opens && a.time <= truth.closes) return null;
          return {
            reason: `has the customer arrive by ${clock(a.time)} on ${truth.label}; open ${clock(truth.opens)}–${clock(truth.closes)} — ${quote}`,
            factIds: [truth.factId],
          };
        }
        if (a.time < truth.opens || a.time >= truth.closes)
          return {
            reason: `agrees to ${clock(a.time)} on ${truth.label}; open ${clock(truth.opens)}–${clock(truth.closes)} — ${quote}`,
            factIds: [truth.factId],
          };
        if (a.kind === "booking" && !("loose" in a && a.loose) && !slotMinutesOn(h, a.date).includes(a.time))
          return {
            reason: `books a drop-off at ${clock(a.time)} on ${truth.label}, not a drop-off slot — ${quote}`,
            factIds: ["policy.slots", truth.factId],
          };
      } else if (a.time !== null) {
        // A latest arrival ("before 3") is kept by every day still open at that time or closing right then.
        const latest = "until" in a && a.until;
        const within = (open: string, close: string) =>
          a.time! >= toMin(open) && (latest ? a.time! <= toMin(close) : a.time! < toMin(close));
        const fits = h.hours.some((d) => d.open && d.close && within(d.open, d.close));
        if (!fits)
          return {
            reason: `agrees to ${clock(a.time)}, outside opening hours on every day — ${quote}`,
            factIds: h.hours.map((d) => d.id),
          };
        // "on a Thursday, a 6 pm slot would work": a weekday named without a date is still the day the time is on.
        const named = daysIn(a.sentence);
        // Open at that time on some days only, and no day to tie it to: abstain rather than guess.
        const openDays = h.hours.filter((d) => d.open && d.close && (!named || named.includes(d.day)));
        const closedOn = openDays.filter((d) => !within(d.open!, d.close!));
        if (named && openDays.length && closedOn.length === openDays.length)
          return {
            reason: `agrees to ${clock(a.time)} on ${named.join(", ")}; closed then — ${quote}`,
            factIds: openDays.map((d) => d.id),
          };
        if (closedOn.length)
          uncertain.push({
            mode: "over_eager",
            turn: turn.turn,
            evaluator: "check-closed-time-booking",
            reason: `agrees to ${clock(a.time)} with no day to tie it to; closed then on ${closedOn.map((d) => d.day).join(", ")} — ${quote}`,
          });
      }
      return null;
    }
  });
  return uncertain.length ? { ...result, uncertain: [...(result.uncertain ?? []), ...uncertain] } : result;
}
