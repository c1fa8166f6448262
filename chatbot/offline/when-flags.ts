import type { Entities } from "../../knowledge-base/index";

const EARLIEST =
  /\b(first|earliest) (slot|thing|available|one|time)\b|\bearliest\b|\bsoonest\b|\bnext (available|free|open)\b|\bas soon as (possible|you can)\b|\basap\b|\b(last|latest|final) (drop-?\s?off )?(slot|drop-?\s?off|appointment)\b|\bas late as (possible|you can)\b|\b(for|at) opening( time)?\b/;

/** "The latest then", "ok the last one please": a terse answer taking the day's last (or first) slot. */
const EDGE_ANSWER =
  /^\s*(?:(?:ok(?:ay)?|fine|sure|yes|yeah|yep|alright|right)[,.!]?\s+)?(?:the\s+)?(?:latest|last|earliest|first)(?:\s+(?:one|slot|possible|time|you have|you've got))?(?:\s+(?:then|please|pls|works|is fine|it is))*[.!]*\s*$/;

/** "Thursday after 5": a lower bound on the time, read as a part of the day. */
const AFTER_HOUR = /\bafter ([1-9]|1[0-2])(:[0-5]\d)?\s*(am|pm)?\b/;

/** Dates, times and parts of day the entity layer found. */
export function whenFlags(e: Entities, t: string) {
  const hasDate = e.when.some((m) => m.dates.length > 0 || m.dateRange !== null || m.kind === "recurring");
  const hasTime =
    e.when.some((m) => m.times.length > 0 || m.timeRanges.length > 0 || m.partOfDay !== null) ||
    EARLIEST.test(t) ||
    EDGE_ANSWER.test(t) ||
    AFTER_HOUR.test(t);
  return { hasDate, hasTime };
}
