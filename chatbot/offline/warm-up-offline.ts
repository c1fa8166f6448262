import type { Handbook } from "../../knowledge-base/index";
import { understandOffline } from "./understand-offline";

/**
 * Messages that between them reach every lazily built part of the offline understanding: the trained classifiers,
 * Recognizers-Text's date/time and number models, the contact patterns and the `compromise` name tagger
 * (a capitalised name mid-sentence with no "my name is" cue).
 */
export const WARM_UP_SAMPLES = [
  "Hi, I'm Sam Lee, tune-up tomorrow at 10:30am for $89? sam@example.com (503) 555-0199",
  "Could my friend Dana Whitfield drop her bike off next Friday afternoon, around 3?",
  "Dana Whitfield",
] as const;

/**
 * Pays the offline engine's one-time set-up (classifier training, recogniser and tagger loading, ~1 s of CPU) now,
 * at process start, instead of inside the first customer turn. Idempotent; the models stay shared per process.
 */
export function warmUpOffline(h: Handbook): void {
  for (const [i, message] of WARM_UP_SAMPLES.entries())
    understandOffline(h, {
      message,
      state: i === 2 ? "booking.collecting" : "idle",
      expecting: i === 2 ? "name" : null,
      history: [],
      now: "2026-01-06T09:00:00-08:00",
    });
}
