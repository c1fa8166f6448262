import type { WhenMention } from "../knowledge-base/index";
import { addDays } from "./shop-calendar";

/** Hedging words just before a day ("around the 10th", "sometime about Friday", "roughly on the 3rd"; not "what about Friday"). */
const HEDGE_BEFORE =
  /(?<!\b(?:what|how)\s+)\b(around|about|roughly|approximately|approx\.?|circa|give or take)(\s+(the|on))*\s+$/i;
/** Hedging words just after a day ("in two weeks or so", "the 12th-ish", "Thursday give or take"). */
const HEDGE_AFTER = /^\s*(-?ish\b|or so\b|give or take\b|or thereabouts\b|roughly\b|more or less\b)/i;
/** How many days either side of a hedged day are offered. */
const EITHER_SIDE = 3;

/**
 * A day said only roughly ("sometime around the 10th", "in two weeks or so") as the span of days around it to choose
 * from, never before tomorrow; null when the day `date` was said plainly.
 */
export function hedgedSpan(
  norm: string,
  mentions: WhenMention[],
  date: string,
  today: string,
): { start: string; end: string } | null {
  const said = mentions.filter((m) => m.dates.some((d) => d.date === date) || m.dateRange?.start === date);
  const hedged = said.some(
    (m) =>
      HEDGE_BEFORE.test(norm.slice(Math.max(0, m.start - 24), m.start)) ||
      HEDGE_AFTER.test(norm.slice(m.start + m.text.length, m.start + m.text.length + 20)),
  );
  if (!hedged) return null;
  const start = addDays(date, -EITHER_SIDE);
  const tomorrow = addDays(today, 1);
  // ISO dates compare as strings: the later of the two.
  const [, from] = [start, tomorrow].sort();
  return { start: from!, end: addDays(date, EITHER_SIDE) };
}
