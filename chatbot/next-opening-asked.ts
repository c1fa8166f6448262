import type { Handbook } from "../knowledge-base/index";
import { shopToday } from "./decide-booking";
import { resolveWhen } from "./resolve-when";

/** Asking for the next opening ("when are you next open?", "what's the next day you're open after that?"). */
const NEXT_OPEN =
  /\bnext (day|date|time|opening)\b[^.?!]{0,25}\bopen\b|\bwhen (do|will|are|r) (you|u|ya|y'all)( guys)? (next )?(open|be open|opening)\b[^.?!]{0,10}\b(again|next|after)\b|\bwhen (are|r) (you|u) next open\b|\bnext (day|time) (you'?re|you are|ur|u r) open\b|\bfirst (day|date) (you'?re|you are) open\b[^.?!]{0,10}\bafter\b/i;
/** "…after that", "…after then": the day meant is the one talked about before. */
const AFTER_POINTER = /\bafter (that|then|this|it)\b/i;

/**
 * The day after which the customer asks for the next opening, or null when the message does not ask for it: a day
 * named after "after" ("next day you're open after the 25th?"), the day talked about before ("after that"), else today.
 */
export function nextOpeningAsked(h: Handbook, message: string, earlier: string[], now: string): string | null {
  if (!NEXT_OPEN.test(message)) return null;
  const today = shopToday(h, now);
  if (AFTER_POINTER.test(message)) {
    for (const text of [...earlier].reverse()) {
      const d = resolveWhen(h, text, null, now).dates[0];
      if (d) return d;
    }
    return today;
  }
  const after = /\bafter\b(.+)$/i.exec(message)?.[1];
  return (after ? resolveWhen(h, after, null, now).dates[0] : null) ?? today;
}
