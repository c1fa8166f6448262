import type { Handbook } from "../../knowledge-base/index";
import type { UnderstandInput } from "../provider";
import { POINTS_BACK, recallReply } from "./recall-reply";

/** The bot's own words pointed at ("what time did you say…", "the price you quoted", "you told me…"). */
const YOUR_WORDS =
  /\b(?:did|do) you (?:just )?(?:say|tell|quote|mention|suggest|recommend)\b|\byou (?:just |already )?(?:said|told|quoted|mentioned|suggested|recommended)\b/;

/** A reply that made or read back a booking. */
const BOOKING_MADE = /\b(You're booked|Reference BK-|Let me confirm)\b/;

/**
 * Whether a message read as a look-up of one's booking asks instead what the bot said earlier in this conversation
 * ("sorry, what time did you say to come?" after a walk-in answer): no booking was made or read back here, the
 * message points at the bot's words, and an earlier reply states what is asked. Then it is answered from those replies
 * (see `recallReply`), and no name is asked for a look-up.
 */
export function asksWhatBotSaid(h: Handbook, input: UnderstandInput): boolean {
  const t = String(input.message ?? "").toLowerCase();
  // "What was the number again?", "remind me…", "did I end up booking anything?": the conversation pointed back at.
  if (!(YOUR_WORDS.test(t) || POINTS_BACK.test(t)) || /\bmy (booking|appointment|reservation)\b/.test(t)) return false;
  if (input.state === "booked" || input.state.startsWith("booking")) return false;
  if (input.history.some((m) => m.role === "assistant" && BOOKING_MADE.test(m.content))) return false;
  return recallReply(h, String(input.message ?? ""), input.history) !== null;
}
