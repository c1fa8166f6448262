import { type Handbook, handbook, WEEKDAY_NAMES } from "../../knowledge-base/index";
import { firstFailingTurn, wrongWeekdays } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** bad_data: a date named with the wrong weekday ("today (Wednesday)" on a Tuesday, "Friday, January 2" in 2027). */
export function checkCalendarClaims(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-calendar-claims", "bad_data", (turn) => {
    const wrong = wrongWeekdays(turn.text, t.now, h)[0];
    if (!wrong) return null;
    return {
      reason: wrong.otherDate
        ? `names ${wrong.date} (a ${WEEKDAY_NAMES[wrong.actual]}) as ${wrong.otherDate} — "${wrong.text}"`
        : `calls ${wrong.date} a ${WEEKDAY_NAMES[wrong.said]}; it is a ${WEEKDAY_NAMES[wrong.actual]} — "${wrong.text}"`,
      factIds: ["shop.timezone"],
    };
  });
}
