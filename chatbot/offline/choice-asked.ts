import type { Entities } from "../../knowledge-base/index";

/** Asking which of some options is better ("which is better", "the quieter one", "better time to come"). */
const WHICH_BETTER =
  /\b(which|what|whichever)\b[^.?!]{0,30}\b(better|best|quieter|quietest|less busy|least busy|ideal|preferable|recommend\w*|suggest)\b|\b(better|best|quieter|quietest|less busy|least busy) (time|day|one|option|choice|bet)\b|\b(should i|would you|do you) (pick|choose|go (for|with)|recommend|suggest)\b|\bor\b[^.?!]{0,40}\b(better|best|quieter|less busy)\b/;

/** Leaving the choice to the shop ("whatever's easier for you", "whichever suits"): a booking, not a question. */
const DEFERS =
  /\b(whatever|whichever|any)('?s| is| one)?\s+(\w+\s+)?(easier|better|best|suits|works)\b|\b(easier|better|best) for (you|u|ya)\b/;

const PART_OF_DAY = /\b(morning|afternoon|evening|early|late|lunch\w*|opening|closing)\b/;

/**
 * True when a message asks which of two or more times or days is the better one to come ("10am or 3pm on Friday,
 * which is better?", "is Tuesday or Saturday quieter?"): the busy times of the day answer it.
 */
export function asksBetterTime(t: string, e: Pick<Entities, "when">): boolean {
  if (!WHICH_BETTER.test(t) || DEFERS.test(t)) return false;
  // Options are mentions ("at 4" is one option, however many clock readings it has).
  const times = e.when.filter((m) => m.times.length > 0 || m.partOfDay).length;
  const days = e.when.filter((m) => m.dates.length > 0 || m.weekday !== null).length;
  return times >= 2 || days >= 2 || (/\bor\b/.test(t) && PART_OF_DAY.test(t));
}
