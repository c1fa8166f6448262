import { findClocks } from "./clock-mentions";
import { splitSentences } from "./sentences";
import { memoKeyed } from "../../knowledge-base/text-memo";

/** "the earliest drop-off is 10:00", "the first slot would be 10:30": the reply's own time put in place of the asked one. */
const OWN_EARLIEST = /\b(?:earliest|soonest|first|next)\b[^.?!]{0,40}\b(?:is|would be|will be|we can do|i can do)\b/i;

const remember = memoKeyed<boolean>();

/**
 * True when a reply puts other times in place of the customer's `asked` one anywhere in it: a question offering clock
 * times none of which is the asked one ("Would 10:00 or 10:30 suit you?"), or its own earliest time ("the earliest
 * drop-off is 10:00"). A reply that says "Friday works" and then does so takes the day, not the customer's time.
 */
export function offersOtherTime(text: string, asked: number): boolean {
  return remember(`${asked}\u0000${text}`, () =>
    splitSentences(text).some((s) => {
      const times = findClocks(s.text).times.map((t) => t.minutes);
      if (!times.length || times.includes(asked)) return false;
      return /\?\s*$/.test(s.text) || OWN_EARLIEST.test(s.text);
    }),
  );
}
