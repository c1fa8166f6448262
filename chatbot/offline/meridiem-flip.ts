import type { ChatMessage } from "../schema";

/** A clock time the bot wrote ("11pm", "2:30 am"). */
const BOT_CLOCK = /\b(\d{1,2})(?::([0-5]\d))?\s*(am|pm)\b/i;
/** The bot's last message turned a time down ("11pm doesn't work: we close at 3pm…"). */
const REFUSED = /\b(doesn'?t work|does not work|can'?t do)\b/i;
/** Only the half of the day said ("am obviously", "I meant pm", "A.M. lol"), not "I am…". */
const MERIDIEM = /(?<!\bi\s+)\b(a\.?m\.?|p\.?m\.?)(?=$|[\s,.!?)])/i;

/**
 * "Lol am obviously", "I meant pm", answering a time the bot just turned down ("11pm doesn't work"): the same hour in
 * the other half of the day, written in ("11am"). The message is returned as it is when it names a number, says no
 * half of the day, or the bot turned no time down.
 */
export function withMeridiemFlip(text: string, expecting: string | null, history: ChatMessage[]): string {
  const said = MERIDIEM.exec(text);
  if (expecting !== "time" || !said || /\d/.test(text)) return text;
  const bot = [...history].reverse().find((m) => m.role === "assistant")?.content ?? "";
  const clock = REFUSED.test(bot) ? BOT_CLOCK.exec(bot) : null;
  if (!clock) return text;
  const half = said[1]!.toLowerCase().startsWith("a") ? "am" : "pm";
  const time = `${clock[1]}${clock[2] ? `:${clock[2]}` : ""}${half}`;
  return `${text.slice(0, said.index)}${time}${text.slice(said.index + said[0].length)}`;
}
