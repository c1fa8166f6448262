import type { Handbook } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { findClocks } from "./clock-mentions";
import { findDays } from "./day-mentions";
import { splitMessage } from "./sentences";

/** How far off a reply says the customer's appointment is, and the appointment it is about. */
export interface DistanceClaim {
  /** "over": more than `hours` away; "under": less than `hours` away. */
  side: "over" | "under";
  hours: number;
  /** The appointment's local date and minutes since midnight (shop time), as the conversation names it. */
  date: string;
  minutes: number;
  text: string;
}

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, "twenty-four": 24, "forty-eight": 48 };
const AMOUNT = String.raw`(\d+|a|an|one|two|three|twenty-four|forty-eight)\s*(?:-\s*)?(?:full\s+)?(hours?|days?)`;
/** "more than 24 hours away", "over a day out", "outside the 24-hour window". */
const OVER = new RegExp(
  String.raw`\b(?:(?:more|further) than|over|at least|well over|beyond)\s+${AMOUNT}\s+(?:away|out|off|from now)\b|\boutside (?:of )?the\s+${AMOUNT}\s+(?:window|cut-?off|limit|mark)\b`,
  "i",
);
/** "less than 24 hours away", "under a day off", "inside the 24-hour window". */
const UNDER = new RegExp(
  String.raw`\b(?:less than|under|only|within)\s+${AMOUNT}\s+(?:away|out|off|from now)\b|\b(?:inside|within) (?:of )?the\s+${AMOUNT}\s+(?:window|cut-?off|limit|mark)\b`,
  "i",
);
/** A rule, not a statement about this appointment: "if it's more than…", "anything over…", "as long as…". */
const RULE =
  /\b(?:if|unless|as long as|provided|when(?:ever)?|anything|any (?:booking|appointment|time)|bookings?|appointments? (?:that|which))\b/i;
/** The customer's appointment as the subject: "it's", "you're", "your drop-off is", "the booking is still". */
const SUBJECT =
  /\b(?:it'?s|it is|you'?re|you are|that'?s|that is|(?:your|the) (?:[\w-]+ ){0,2}(?:is|'s)|(?:appointment|booking|drop-?off|slot|service|tune-?up)(?:'s| is))\b/i;
const CANCEL_TALK = /\bcancel\w*|\breschedul\w*|\bmov(?:e|ing) (?:it|my|the)\b/i;

/** The appointment's date and time: the first sentence naming both, in the reply, else the customer's messages (latest first). */
function appointmentIn(turn: AssistantTurn, now: string, h: Handbook): { date: string; minutes: number } | null {
  const texts = [
    turn.text,
    ...turn.messages
      .slice(0, turn.index)
      .filter((m) => m.role === "user")
      .map((m) => m.content)
      .reverse(),
  ];
  for (const text of texts)
    for (const { sentence } of splitMessage(text)) {
      const day = findDays(sentence.text, now, h).find((d) => d.date && !d.group && !d.recurring);
      const times = findClocks(sentence.text);
      if (day?.date && times.times.length === 1 && !times.ranges.length)
        return { date: day.date, minutes: times.times[0]!.minutes };
    }
  return null;
}

/**
 * "Since your appointment is more than 24 hours away, I can cancel it here": how far off the reply says the
 * customer's own appointment is, in a cancellation or rescheduling talk, with the appointment the conversation names
 * (a day and one clock time). Rules ("if it's more than a day away…") are no statement about this appointment.
 */
export function appointmentDistance(turn: AssistantTurn, now: string, h: Handbook): DistanceClaim | null {
  if (!CANCEL_TALK.test(`${turn.userText} ${turn.text}`)) return null;
  for (const { clauses } of splitMessage(turn.text))
    for (const c of clauses) {
      const over = OVER.exec(c.text);
      const under = over ? null : UNDER.exec(c.text);
      const m = over ?? under;
      if (!m || RULE.test(c.text.slice(0, m.index)) || !SUBJECT.test(c.text.slice(0, m.index))) continue;
      const count = (m[1] ?? m[3])!.toLowerCase();
      const unit = (m[2] ?? m[4])!.toLowerCase();
      const n = COUNT[count] ?? Number(count);
      const appointment = appointmentIn(turn, now, h);
      if (!appointment || !Number.isFinite(n)) return null;
      return {
        side: over ? "over" : "under",
        hours: unit.startsWith("day") ? n * 24 : n,
        ...appointment,
        text: c.text,
      };
    }
  return null;
}
