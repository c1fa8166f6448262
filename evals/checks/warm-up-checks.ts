import { type Handbook, handbook, loadTagger } from "../../knowledge-base/index";
import type { Transcript } from "../schema";
import { CODE_EVALUATORS, evaluatorVersion } from "./registry";
import { scoreTranscript } from "./score-transcript";

const say = (now: string, ...texts: string[]): Transcript => ({
  id: "warm-up",
  now,
  messages: texts.map((content, i) => ({ role: i % 2 === 0 ? ("user" as const) : ("assistant" as const), content })),
});

/**
 * Short conversations that between them reach every claim reader: hours and holidays, prices and durations,
 * walk-ins and lead times, a booking read back, confirmed and recalled, offers and refusals, money policies.
 */
export const WARM_UP_TRANSCRIPTS: readonly Transcript[] = [
  say(
    "2026-06-03T10:00:00-07:00",
    "hi, are you open saturday? and how much is a tune-up, how long does it take?",
    "**Saturday** we're open 9 a.m.–3 p.m. A standard tune-up is $89 and is usually ready in 2 business days; it needs booking a day ahead. Flats are walk-in, $15 + $9 for the tube, about 20 minutes. We're closed Sunday and Monday, and on Thanksgiving, Christmas Day and New Year's Day.",
    "can I drop it off thursday at 4pm? Sam Lee, sam@example.com",
    "Thursday at 4:00 pm works. To confirm:\n- Tune-up, $89\n- Thursday, June 4 at 4:00 pm\n- Sam Lee, sam@example.com\n\nShall I book it?",
    "yes please",
    "You're booked — see you Thursday at 4, Sam! Payment is at pickup; you can cancel free up to 24 hours before.",
  ),
  say(
    "2026-11-27T17:00:00-08:00",
    "do you fix ebike motors or sell bikes? also is there a discount, and refunds?",
    "Sorry, we don't do e-bike motor or battery work and we don't sell bikes — a dealer can help. The safety inspection is free, and if we find something we quote before any work. No discounts, I'm afraid; refunds follow our workmanship guarantee. The quietest time is weekday afternoons after 2.",
    "what about a wheel truing tomorrow around 10:15, or today?",
    "Today's out — bookings need a day's notice. Tomorrow (Saturday) slots run every 30 minutes from 9 to 2, so 10:15 isn't one; would 10:00 or 10:30 work? Truing is $30 per wheel.",
  ),
];

/**
 * Pays the checks' one-time set-up (every pattern's first compile, the readers' first runs, the name tagger's load,
 * each evaluator's version: a hash of its source files, the same all process long) before a run's clock starts, as
 * the offline bot's warm-up does for its models: `pnpm eval` times replay and scoring, not start-up. Without it a run
 * on a model provider (whose bot never loads the tagger) paid the tagger's ~0.3 s inside its first conversation's
 * scoring, while every other conversation in flight waited.
 */
export function warmUpChecks(h: Handbook = handbook): void {
  // Only the tagger, not every recogniser: the date recogniser's models are large, and a run whose bot is a model
  // never loads them (a bigger heap costs every later garbage collection).
  loadTagger();
  for (const t of WARM_UP_TRANSCRIPTS) scoreTranscript(t, { h });
  for (const e of CODE_EVALUATORS) evaluatorVersion(e);
}
