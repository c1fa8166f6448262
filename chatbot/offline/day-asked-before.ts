import { type Handbook, normalizeText, recognizeWhen } from "../../knowledge-base/index";
import type { UnderstandInput } from "../provider";

/** Words pointing back to a day already talked about ("…for opening time then", "that day", "same day"). */
const POINTS_BACK = /\b(then|that day|same day|that morning|that afternoon)\b/;

/**
 * The words of the customer's previous message when it named one day and this one, naming none, points back to it
 * ("what time do you open tomorrow?" → "ok can you book me a tune up for opening time then"), else null.
 */
export function dayAskedBefore(
  h: Handbook,
  history: UnderstandInput["history"],
  message: string,
  now: string,
): string | null {
  if (!POINTS_BACK.test(message)) return null;
  const lastUser = [...history].reverse().find((m) => m.role === "user");
  if (!lastUser) return null;
  const text = normalizeText(lastUser.content);
  const days = recognizeWhen(text, now, h.shop.timeZone).filter((m) => m.dates.length > 0);
  return days.length === 1 ? days[0]!.text : null;
}
