import { findClocks } from "./clock-mentions";
import { isNegated } from "./negation";
import { splitSentences } from "./sentences";
import { zoneShiftAfter } from "./time-zones";

/** A shop time given with its reading in another zone ("3 pm Pacific, which is 6 pm Eastern"). */
export interface ZoneConversion {
  /** The shop's time, minutes after midnight on its own (Pacific) clock. */
  shop: number;
  /** The converted time read back onto the shop's clock (what the other zone's time is in Pacific). */
  readBack: number;
  sentence: string;
}

/** The shop time's own zone said after it: "Pacific", "PT", "our time", "local time". */
const SHOP_ZONE = /^\s*(?:(?:pacific|p[sd]?t)\b(?:\s+time)?|(?:our|shop|local|portland) time\b)/i;

/** The words that turn a time into its reading elsewhere: "which is", "that's", "i.e.", "or", "=", "→", "(". */
const CONVERTS =
  /^[\s,;:—–-]*(?:\(|=|→|(?:which|that)(?:'s| is| would be| will be| makes it)|i\.?e\.?|or|so|meaning|aka|in other words|for you(?: that'?s| it'?s)?|your time(?: that'?s)?)(?=[\s(]|$)/i;

/**
 * Conversions a message gives: a time on the shop's clock (no zone, or Pacific) followed, with a word of converting
 * and nothing but the shop time's own words between, by a time in a zone a fixed distance from Pacific. The clock
 * reader already takes that distance off, so a right conversion reads back to the shop's time.
 */
export function zoneConversions(message: string): ZoneConversion[] {
  const out: ZoneConversion[] = [];
  for (const s of splitSentences(message)) {
    const { times } = findClocks(s.text);
    for (let i = 0; i + 1 < times.length; i++) {
      const a = times[i]!;
      const b = times[i + 1]!;
      if (zoneShiftAfter(s.text.slice(a.end, a.end + 24))) continue; // the first time is itself in another zone
      const shift = zoneShiftAfter(s.text.slice(b.end, b.end + 24));
      if (typeof shift !== "number") continue;
      // Between them: the shop time's zone and day ("Pacific on Saturdays"), then the word of converting.
      const between = s.text.slice(a.end, b.start).replace(SHOP_ZONE, "");
      const cue = between.replace(/^\s*(?:on|for)\s+\w+\b/i, "");
      if (!CONVERTS.test(cue) || isNegated(between)) continue;
      out.push({ shop: a.minutes, readBack: b.minutes, sentence: s.text });
    }
  }
  return out;
}
