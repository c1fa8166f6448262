import type { Handbook } from "../../knowledge-base/index";
import { findClocks } from "./clock-mentions";
import type { SubjectLink } from "./confidence";
import { type DayMention, findDays } from "./day-mentions";
import { isNegated, negatedAt } from "./negation";
import { splitSentences } from "./sentences";

/** A claim that a dated day keeps hours of its own: an early close or a late opening ("closing early on the 24th"). */
export interface SpecialHoursClaim {
  kind: "early_close" | "late_open";
  /** The calendar date the claim is about. */
  date: string;
  /** The time given for the early close or late opening, in minutes after midnight; null when none is named. */
  at: number | null;
  sentence: string;
  /** Where the date came from: its own sentence, a sentence before, or only the customer's message. */
  link: SubjectLink;
}

const EARLY_CLOSE =
  /\b(?:clos(?:e|es|ing)|shut(?:s|ting)?(?: (?:up|the doors))?|wrap(?:s|ping)? up|finish(?:es|ing)?)\s+(?:(?!(?:at|by|on|for|until|till|and|but)\b)[\w-]+\s+){0,4}?(?:early|earlier)\b|\bearly (?:clos(?:e|ing)|finish)\b|\b(?:short(?:er|ened)?|reduced|holiday|special) (?:hours|day|schedule)\b/gi;
/** The opening moment put back ("opening late", "opens an hour later", "a late start"); "open late" alone means open
 * into the evening, and "stay open later" is a late close. */
const LATE_OPEN =
  /(?<!\b(?:stay|stays|staying|keep|keeps|remain|remains)\s+)\b(?:opens|opening|start(?:s|ing)?)\s+(?:(?!(?:at|by|on|for|until|till|and|but)\b)[\w-]+\s+){0,4}?(?:late|later)\b|\blate start\b/gi;

/** Where a clause of its own starts inside a sentence (a time after it is said or denied on its own). */
const CLAUSE_CUT = /[,;:—–]|\bbut\b/i;

/** A title line: a few words naming hours or a schedule, no figures, no verb, at most a colon after it. */
const TITLE = /^[^\p{L}\d]*(?:[\p{L}'’-]+\s+){0,3}(?:hours|schedule|times|opening times)\s*:?[^\p{L}\d]*$/iu;
/** A lead-in that ends on a colon ("here's the holiday schedule:"): the lines after it give the hours, it gives none. */
const LEAD_IN = /:[^\p{L}\d]*$/u;

/**
 * Early closes and late openings the reply gives a specific date ("we're closing early for the eve — around 3",
 * "opening late on Dec 31"), tied to the dated day mention of its sentence, else the latest one before it in the
 * message, else the customer's. A recurring weekday ("we close early on Saturdays") is no dated claim.
 */
export function specialHoursClaims(message: string, now: string, h: Handbook, userText: string): SpecialHoursClaim[] {
  const out: SpecialHoursClaim[] = [];
  const dated = (d: DayMention) => d.date !== null && !d.recurring && !d.group;
  const userDates = findDays(userText, now, h).filter(dated);
  const all = findDays(message, now, h);
  const days = all.filter(dated);
  const { times, ranges } = findClocks(message);
  for (const s of splitSentences(message)) {
    // "Holiday hours:", "**Special schedule**": a title over lines that give their own hours states none itself.
    if (TITLE.test(s.text) || (LEAD_IN.test(s.text) && ![...times, ...ranges].some((t) => inside(t, s)))) continue;
    for (const [kind, re] of [
      ["early_close", EARLY_CLOSE],
      ["late_open", LATE_OPEN],
    ] as const) {
      for (const m of s.text.matchAll(re)) {
        if (negatedAt(s.text, m.index, m.index + m[0].length)) continue;
        const at = s.start + m.index;
        const end = s.start + s.text.length;
        const inSentence = days.filter((d) => d.start >= s.start && d.start < end);
        // "we close a bit earlier on Saturdays", "as every Saturday, we close early": the day nearest the cue in its
        // sentence is a recurring weekday, so the short day is that weekday's own hours, not a date's exception.
        const near = all
          .filter((d) => d.start >= s.start && d.start < end)
          .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
        if (near && (near.recurring || near.group) && !dated(near)) continue;
        const before = days.filter((d) => d.start < s.start);
        const day = inSentence[0] ?? before.at(-1) ?? userDates[0];
        const link: SubjectLink = inSentence[0] ? "sentence" : before.length ? "previous" : "topic";
        if (!day?.date) continue;
        // The time after the cue in the same sentence: a range's end for a close, its start for an opening.
        // "…so don't count on a 5 pm finish", "not at 2 — at 4": a time denied in its own clause is not the one given.
        const said = (t: { start: number; end: number }) =>
          t.start > at && t.start < end && !isNegated(message.slice(at, t.start).split(CLAUSE_CUT).at(-1) ?? "");
        const range = ranges.find(said);
        const time = times.find(said);
        const minutes = range ? (kind === "early_close" ? range.to : range.from) : (time?.minutes ?? null);
        out.push({ kind, date: day.date, at: minutes, sentence: s.text, link });
      }
    }
  }
  return out;
}

const inside = (t: { start: number }, s: { start: number; text: string }) =>
  t.start >= s.start && t.start < s.start + s.text.length;
