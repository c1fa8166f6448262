import { DateTime } from "luxon";
import { slotsOn } from "../../../chatbot/index";
import { handbook } from "../../../knowledge-base/index";

/**
 * The first Friday at least `leadDays` ahead (in the shop's time zone) on which the shop takes a 10:30 drop-off, and
 * how a customer would type it ("Friday, December 4"). The e2e run uses the real clock, so the date is computed.
 */
export function nextBookableFriday(now: Date = new Date()): { iso: string; phrase: string } {
  const today = DateTime.fromJSDate(now).setZone(handbook.shop.timeZone).setLocale("en-US").startOf("day");
  for (let days = Math.max(1, handbook.booking.leadDays); days < 60; days++) {
    const d = today.plus({ days });
    const iso = d.toISODate();
    if (iso && d.weekday === 5 && slotsOn(handbook, iso).includes("10:30"))
      return { iso, phrase: d.toFormat("cccc, LLLL d") };
  }
  throw new Error("no bookable Friday in the next 60 days");
}
