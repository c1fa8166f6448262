import type { Handbook, WhenMention } from "../../knowledge-base/index";
import type { Understanding } from "../schema";
import { detectServices } from "./detect-services";

/** A sentence worded as a question: a question mark, or a question word first. */
const ASKS =
  /\?|^\W*(?:(?:and|but|also|oh|ok|so|wait|btw|quick question)\W+)*(what|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|any|anything)\b/i;

/** A message cut into sentences: after . ! ? ; and a line break, and at a spaced dash ("thursday — how much is it?"). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+|\s+[—–-]+\s+|\s*[—–]\s*/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** What `detailApart` reads: the message as the recognisers saw it and what they found in it. */
export interface ApartInput {
  h: Handbook;
  /** The recognisers' text (the offsets and mention texts refer to it). */
  normalized: string;
  when: WhenMention[];
  /** A bare hour the booking reads as the time ("3:30", "11"), if any. */
  bareHour: string | null;
  slots: Understanding["slots"];
}

/**
 * Booking details answered in a sentence of their own beside a question ("3:30. how long does it take?", "Saturday
 * morning — how much is it btw", "Ana Lima. do I pay now?"): the details are given and the question is asked beside
 * them. Returns the slots the plain sentences give (a detail only named inside the question is asked about, not
 * given: "2pm. are you open saturday?" gives the time only), or null when no plain sentence gives one.
 */
export function detailApart(x: ApartInput): Understanding["slots"] | null {
  const parts = sentencesOf(x.normalized.toLowerCase());
  if (parts.length < 2) return null;
  const plain = parts.filter((p) => !ASKS.test(p));
  if (!plain.length || plain.length === parts.length) return null;
  const said = (needle: string) => plain.some((p) => p.includes(needle.toLowerCase()));
  const dated = x.when.some((m) => m.dates.length > 0 && said(m.text));
  const hour = x.bareHour ? new RegExp(`(^|[^\\d:.])${x.bareHour.replace(".", "\\.")}(?!\\d)`) : null;
  const clocked =
    x.when.some((m) => (m.times.length > 0 || m.timeRanges.length > 0) && said(m.text)) ||
    (hour !== null && plain.some((p) => hour.test(p)));
  const name = x.slots.name && said(x.slots.name) ? x.slots.name : null;
  const contact = x.slots.contact && said(x.slots.contact) ? x.slots.contact : null;
  const service = x.slots.service && detectServices(x.h, plain.join(". ")).length ? x.slots.service : null;
  const slots = {
    ...x.slots,
    service,
    services: service ? x.slots.services : null,
    // The day and time are read from the plain sentences alone: "3pm. open saturday too?" names no day to book.
    dateText: dated && x.slots.dateText ? plain.join(". ") : null,
    timeText: clocked && x.slots.timeText ? (x.bareHour ? x.slots.timeText : plain.join(". ")) : null,
    name,
    contact,
  };
  const gives = Boolean(service || slots.dateText || slots.timeText || name || contact);
  return gives ? slots : null;
}
