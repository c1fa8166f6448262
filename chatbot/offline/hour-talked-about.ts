import type { ChatMessage } from "../schema";

/** Minutes said with no hour ("half past", "quarter to", "on the hour"), with no number anywhere in the message. */
const NO_HOUR = /\b(half past|half after|quarter past|quarter after|quarter to|quarter of|on the hour)\b/i;
/** A clock time the bot wrote ("2:15pm", "11am", "4 pm"). */
const BOT_CLOCK = /\b(\d{1,2})(?::([0-5]\d))?\s*(am|pm)\b/i;
/** The bot's last message turned a time down or offered others ("2:15pm doesn't work… I can offer 2pm or 2:30pm"). */
const OFFERED = /\b(doesn'?t work|does not work|can'?t do|can offer|instead)\b/i;
const NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)\b/i;

/**
 * "Alright, half past then", answering a time refused or offered ("2:15pm doesn't work… 2pm or 2:30pm?"): minutes said
 * without an hour are of the hour the bot's last message talked about, written in ("half past 2pm"). The message is
 * returned as it is when it names an hour, says no such minutes, or no hour was talked about.
 */
export function withHourTalkedAbout(text: string, expecting: string | null, history: ChatMessage[]): string {
  const said = NO_HOUR.exec(text);
  if (expecting !== "time" || !said || NUMBER.test(text)) return text;
  const bot = [...history].reverse().find((m) => m.role === "assistant")?.content ?? "";
  // Only a time the bot turned down or offered in its place is talked about (not a day's range of slots).
  const clock = OFFERED.test(bot) ? BOT_CLOCK.exec(bot) : null;
  if (!clock) return text;
  let hour = Number(clock[1]) % 12;
  if (clock[3]!.toLowerCase() === "pm") hour += 12;
  const to = /\b(quarter to|quarter of)\b/i.test(said[0]);
  // "Quarter to" is before the next hour; the others are of the hour itself.
  const base = to ? hour + 1 : hour;
  const h12 = ((base + 11) % 12) + 1;
  const suffix = base >= 12 && base < 24 ? "pm" : "am";
  return `${text.slice(0, said.index)}${said[0]} ${h12}${suffix}${text.slice(said.index + said[0].length)}`;
}
