import { inventedOffer } from "./invented-offer";
import { notOfferedIn } from "./not-offered-items";
import { splitClauses, splitSentences } from "./sentences";
import { servicesIn } from "./service-mentions";

/**
 * Open world for values: a sentence whose subject is a job outside the catalogue — a not-offered item ("the firmware",
 * "a carbon repair") or an invented offer ("our fit session") — and names no catalogue service. A value said there (a
 * turnaround, a price) is about that job, not about the service in focus; the offer checks own the job itself.
 */
export function namesForeignJob(sentence: string): boolean {
  if (servicesIn(sentence).length) return false;
  if (notOfferedIn(sentence).length) return true;
  return splitSentences(sentence).some((s) => splitClauses(s).some((c) => inventedOffer(c.text) !== null));
}

/** "…usually takes a week to arrive", "3 days for delivery": the time goods take to come in, not a job's turnaround. */
export const ARRIVAL_AFTER =
  /^\s*(?:to (?:arrive|come in|get here|ship|be delivered|be shipped|reach us|land)|for (?:delivery|shipping|the (?:part|parts|order|bike) to (?:arrive|come in)))\b/i;
