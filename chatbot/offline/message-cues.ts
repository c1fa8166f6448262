// The word patterns the offline reading of a message uses beside its classifiers (pure patterns, no state).

/** Subjects the handbook never mentions: a generic "do you offer…" about them must not become a services answer. */
export const UNKNOWN_SUBJECT =
  /\b(discounts?|coupons?|promo|vouchers?|price match|financ\w*|trade-?ins?|loaner|delivery|pick-?up service|mobile (service|repair)|membership|gift cards?|student|military|senior|lay-?away|insurance)\b/;
/** A message worded as a question (a question mark, a question word first, "wondering"). */
export const QUESTION =
  /\?\s*$|^(what|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|may)\b|\b(wondering|tell me|curious)\b/;
/** "Come by tomorrow": a phrasal "by" of coming over, not "by (before)". */
export const PHRASAL_BY =
  /\b(come|coming|stop|stopping|swing|swinging|drop|dropping|pop|popping|pass|roll|nip|stroll) by\b/gi;
/** A season's greeting ("merry Christmas Eve!"), which names no day. */
export const SEASON_GREETING =
  /\b(merry|happy|blessed)\s+(christmas( eve)?|new year'?s?( eve| day)?|thanksgiving|holidays|hanukkah|easter)\b/gi;
/** A correction word ("actually", "scratch that", "use my…"). */
export const CORRECTION =
  /\b(actually|instead|wait|rather|sorry|scratch that|make (?:it|that)|use (?:my|this|that)|i meant|i mean|meant to say)\b/;
/** A day told in the past ("yesterday", "2 weeks ago"). */
export const PAST_TOLD = /\b(yesterday|ago|last|earlier|previous|back)\b/i;
/** This very moment ("right now", "rn"). */
export const PRESENT = /^(right now|now|rn|just now|at the moment|currently|this minute)$/i;

/** Words of walking in rather than booking ("walk in", "pop in", "no appointment", "first come"). */
export const WALK_IN_CUE =
  /\bwalk|\b(turn|show|pop|drop|swing|come|stop|rock) (up|in|by|round|over)\b|\bwithout (a |an )?(booking|appointment)|\bno (booking|appointment)|\bfirst come|\bwait\b|\bdrop-in/;

/** Words of the slot grid ("on the hour", "11:15", "half-hourly slots"). */
export const SLOT_GRID_CUE = /\b(slots?|on the hour|half[ -]?hour\w*|quarter (past|to)|\d{1,2}:\d{2})\b/;

/** Asking what a job involves ("what do you actually do in one", "what's in it", "what does that cover exactly"). */
export const WHAT_IT_INVOLVES =
  /\bwhat\b[^.?!,]{0,12}\b(do|does|will|would|did)\s+(u|you|ya|you guys|it|they|that|this|one|a|the)\b[^.?!,]{0,20}?\b(do|include|involve|cover|entail|consist|get done|check|fix)\b|\bwhat('?s| is| are| comes?| goes)\s+(actually |exactly |all )?(in|into|included|involved|part of|covered)\b|\bwhat (do|does|would|will) (i|one|we) get\b/;

/**
 * Asking about a late or early opening ("do you have a late night?", "open early any day?", "stay open late?", "your
 * latest evening", "which day do you close latest").
 */
export const LATE_OR_EARLY_OPENING =
  /\b(late|early) (night|nights|evening|evenings|opening|openings|hours|closing|start)\b|\b(latest|earliest) (night|evening|morning|day|opening|closing|close|start)s?\b|\b(open|close|shut)s? (late|early|later|earlier|latest|earliest|the latest|the earliest)\b|\bstay open\b/;
