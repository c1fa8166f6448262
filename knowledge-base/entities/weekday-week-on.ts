import type { DateTime } from "luxon";
import { weekdayNumber } from "../weekdays";
import type { WhenMention } from "./schema";
import { bare, relation } from "./when-phrases";

const W = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
/**
 * A weekday a week on from the coming one, in the ways it is said: "a week on Tuesday", "a week from Friday",
 * "Tuesday week", "the Thursday after next", "Tuesday (not tomorrow, the one after)".
 */
const WEEK_ON = [
  new RegExp(String.raw`\b(?:a|one)\s+week\s+(?:on|from|after|past)\s+(?:this\s+)?${W}\b`, "i"),
  new RegExp(
    String.raw`(?<!\b(?:this|next|a|per|every|each|the)\s+)\b${W}\s+week\b(?!\s*(?:days?|ends?|nights?|of)\b)`,
    "i",
  ),
  new RegExp(String.raw`\b(?:the\s+)?${W}\s+after\s+next\b`, "i"),
  new RegExp(
    String.raw`(?:\bnot\s+(?:this|the\s+coming)\s+)?\b${W}\b[^.?!]{0,40}?\b(?:not\s+(?:this|tomorrow|the\s+coming)[^.?!]{0,25}?)?the\s+(?:one|week)\s+after\b(?!\s+next)[)]?`,
    "i",
  ),
];

/**
 * The date of "a week on <weekday>" and its kin: the coming weekday (never today) and seven days more. The whole
 * phrase is the mention, so a "not tomorrow" inside it names no day of its own. Null when none is said.
 */
export function weekdayWeekOn(source: string, today: DateTime): WhenMention | null {
  for (const re of WEEK_ON) {
    const m = re.exec(source);
    const weekday = m ? weekdayNumber(m[1]!) : null;
    if (!m || !weekday) continue;
    const ahead = (weekday - today.weekday + 7) % 7 || 7;
    const date = today.plus({ days: ahead + 7 }).toISODate()!;
    return bare("date", m[0], m.index, date, {
      dates: [{ date, relation: relation(date, today.toISODate()!) }],
    });
  }
  return null;
}
