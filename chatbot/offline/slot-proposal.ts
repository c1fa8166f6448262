import type { Intent, Topic } from "../schema";

/** Topics a proposed slot touches without asking anything else ("can I drop it at 4:30?" reads as the slot grid). */
const SLOT_TOPICS: Topic[] = ["booking_policy", "hours", "walk_in", "busy_times"];
/**
 * Proposing the day or time asked for, as a question ("can i drop it at 4:30", "could I come Friday?", "is 3 ok?"), or
 * asking for the day's first or last slot when the time is asked for ("what's the latest slot?").
 */
const PROPOSES =
  /^(ok |okay |so |and |hmm |um )?(can|could|may) (i|we) (drop|bring|come|pop|swing|do|get|make|have|book|leave)\b|\b(is|would|does|will) [^.?!]{0,25}\b(ok|okay|fine|possible|free|available|work|good|alright|doable)\b|^(how|what) about\b|^(what'?s|what is|whats) (the|your) (latest|last|earliest|first) (slot|time|one|drop-?off)\b/;

/** What the slot-proposal reading needs from the understanding of one message. */
export interface SlotProposalSignals {
  /** The message, lower case. */
  t: string;
  intent: Intent;
  state: string;
  expecting: string | null;
  hasDate: boolean;
  hasTime: boolean;
  topics: Topic[];
}

/**
 * Whether a question in a booking only proposes the day or time the bot asked for ("can i drop it at 4:30" when the
 * time was asked): it is the answer, checked like any other, not a question about the slot grid.
 */
export function proposesSlot(s: SlotProposalSignals): boolean {
  if (s.intent !== "question" || !s.state.startsWith("booking")) return false;
  const answers = (s.expecting === "time" && s.hasTime) || (s.expecting === "date" && s.hasDate);
  return answers && s.topics.every((x) => SLOT_TOPICS.includes(x)) && PROPOSES.test(s.t.trim());
}
