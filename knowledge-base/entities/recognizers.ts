import { createRequire } from "node:module";
import type * as DateTime from "@microsoft/recognizers-text-date-time";
import type * as NumberWithUnit from "@microsoft/recognizers-text-number-with-unit";
import type * as Sequence from "@microsoft/recognizers-text-sequence";

const load = createRequire(import.meta.url);
let dateTime: typeof DateTime | null = null;
let sequence: typeof Sequence | null = null;
let numberWithUnit: typeof NumberWithUnit | null = null;

/**
 * Microsoft Recognizers-Text's date/time recogniser, loaded on first use (~0.1 s of CPU, and ~0.2 s more for the English
 * model on the first parse): processes that never read a date (`pnpm eval score`, the trace browser) do not pay for it.
 * Each recogniser is its own package, so a process loads only the ones it uses. A failure to load is thrown.
 */
export function dateTimeRecognizer(): typeof DateTime {
  dateTime ??= load("@microsoft/recognizers-text-date-time") as typeof DateTime;
  return dateTime;
}

/** The phone-number and e-mail recogniser (Recognizers-Text sequence), loaded on first use (~15 ms). */
export function sequenceRecognizer(): typeof Sequence {
  sequence ??= load("@microsoft/recognizers-text-sequence") as typeof Sequence;
  return sequence;
}

/** The currency recogniser (Recognizers-Text number-with-unit), loaded only when a message mentions money. */
export function numberWithUnitRecognizer(): typeof NumberWithUnit {
  numberWithUnit ??= load("@microsoft/recognizers-text-number-with-unit") as typeof NumberWithUnit;
  return numberWithUnit;
}
