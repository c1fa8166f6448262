import type { ServiceId } from "../../knowledge-base/index";
import { pricedJob, unknownOffered } from "./invented-offer";
import { servicesIn } from "./service-mentions";

/** "Tubeless setup: yes, we can…": a line opened by a short label and a colon. */
const LABEL = /^[^\p{L}\d]*(?<label>[^:.!?\n]{3,40}):\s/u;

/**
 * The subject a line's label gives every sentence on that line: the services it names, an empty list when it names a
 * job no service covers ("Tubeless setup:", "Wheel building:"), or null when the line has no label or a label that
 * names no subject ("Note:", "Good news:", "Price:").
 */
export function lineLabelSubject(text: string, at: number): readonly ServiceId[] | null {
  const lineStart = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
  const label = LABEL.exec(text.slice(lineStart, at))?.groups?.label;
  if (!label) return null;
  const named = servicesIn(label);
  if (named.length) return named;
  return (unknownOffered(label) ?? pricedJob(label)) ? [] : null;
}
