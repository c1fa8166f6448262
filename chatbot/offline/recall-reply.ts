import type { Handbook } from "../../knowledge-base/index";
import type { ChatMessage } from "../schema";
import { askedService } from "./asked-service";
import { detectServices } from "./detect-services";
import { AT_BOT_WORDS, sentenceSharingWords } from "./recall-words";

/**
 * Recall of the bot's own earlier answers in the same conversation ("what was the first price you gave me?", "what
 * did you say the number was?", "remind me what the thing I booked covers"): the answer comes from the earlier replies
 * (the sentence that said it, quoted) or, for what a booked service covers, from the handbook entry of the service
 * that reply named — never from a fresh template for the words of the question.
 */

/** The message points back at something the bot said or the customer settled on earlier in this conversation. */
export const POINTS_BACK = new RegExp(
  [
    String.raw`\byou(?:'d)? (?:just |already )?(?:said|told|quoted|mentioned|gave|wrote|listed|say|tell|quote|mention|give)\b`,
    String.raw`\b(?:did|do) you (?:just )?(?:say|tell|quote|mention|give)\b`,
    String.raw`\bremind me\b`,
    String.raw`\b(?:said|told me|mentioned|quoted) (?:before|earlier|first|at first|above)\b`,
    String.raw`\b(?:was|were|did|is|does)\b.*\bagain\b`,
    String.raw`\b(?:was|were)\b.*\b(?:first|second|earlier|original|previous|other)\b`,
    String.raw`\b(?:i|we) (?:just )?(?:booked|picked|chose|went with|reserved|settled on|signed up for)\b`,
    String.raw`\b(?:did|have|had) (?:i|we) (?:\w+ )?(?:up )?(?:book|booked|booking)\b`,
  ].join("|"),
);

/** What kind of item is recalled, how the question names it, and how a reply sentence states it. */
const KINDS: { kind: string; asked: RegExp; stated: RegExp }[] = [
  {
    kind: "reference",
    asked: /\b(reference|ref|booking (number|code|id)|confirmation (number|code))\b/,
    stated: /\bBK-\w+/,
  },
  {
    kind: "includes",
    asked:
      /\b(includ\w*|cover\w*|comes? with|what'?s in|involve\w*|what (do|does|did) (you|it|that|they) (do|check))\b/,
    stated: /./,
  },
  {
    // "Who did you say I should take it to?": the place or person the bot sent the customer to.
    kind: "referral",
    asked:
      /\bwho\b.*\b(take|go|ask|contact|call|see|send|try)\b|\bwhere\b.*\b(should|could|can|do) (i|we) (take|go|send|get)\b/,
    stated: /\b(contact|dealer|call us|email us)\b/i,
  },
  { kind: "price", asked: /\b(price|prices|cost|costs|how much|quote|quoted|charge|total)\b|\$/, stated: /\$\d/ },
  { kind: "email", asked: /\be-?mail\b/, stated: /\S+@\S+\.\w+/ },
  {
    kind: "phone",
    asked: /\b(phone|number|call|ring)\b/,
    stated: /\(\d{3}\)\s?\d{3}-\w{4}|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/,
  },
  {
    kind: "address",
    asked: /\b(address|where|street|road|located|location|postcode|zip)\b/,
    stated: /\b\d+ [A-Z]\w+ (Lane|Street|St|Avenue|Ave|Road|Rd)\b/,
  },
  {
    kind: "when",
    asked: /\b(day|date|when|time)\b/,
    stated: /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}\b|\b\d{1,2}(:\d{2})?\s?(am|pm)\b/,
  },
  {
    kind: "duration",
    asked: /\b(how long|ready|takes?|taking)\b/,
    stated: /\b(business days|minutes|while you wait|ready)\b/,
  },
  {
    // "Did I end up booking anything?" after a booking was stopped: the bot's own words that nothing was booked.
    kind: "outcome",
    asked: /\b(?:did|have|had) (?:i|we) (?:\w+ )?(?:up )?(?:book|booked|booking)\b/,
    stated: /\bnothing (?:was|has been|is) booked\b|\bnot booked\b/i,
  },
];

const PRICE = KINDS.find((k) => k.kind === "price")!;
/** Whatever was said about a thing the question names. */
const NAMED = { kind: "named", asked: /./, stated: /./ };
/** A sentence stating opening hours ("open 9am to 3pm", "closed on …"). */
const HOURS_SAID = /\b\d{1,2}(:\d{2})?\s?(am|pm)\s*(to|until|till|[-–])\s*\d|\bclosed\b/i;

/** Amounts in a question ("the 179 one", "the 25") that an earlier reply quoted as a price ("$179"). */
export function amountsQuoted(t: string, replies: string[]): string[] {
  // "$25", "the 179 one", "the 25", "30 bucks": a number said as an amount, not "15 minutes" or "at 10".
  const numbers = [
    ...t.matchAll(
      /(?:\$|\bthe )(\d{2,4})\b(?![:.]\d|\s?(?:am|pm|a\.m|p\.m|st|nd|rd|th)\b)|\b(\d{2,4}) (?:bucks|dollars|one)\b/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);
  return [...new Set(numbers)].filter((n) => replies.some((r) => r.includes(`$${n}`)));
}

/** A reply that made or confirmed a booking. */
const BOOKED = /\b(You're booked|Reference BK-|Let me confirm)\b/;

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/);

/** Which earlier reply an ordinal word picks among those that stated the item: the first, the second, else the last. */
function pick<T>(t: string, xs: T[]): T | undefined {
  if (/\b(first|original|initial|earliest)\b/.test(t)) return xs[0];
  if (/\bsecond\b/.test(t)) return xs[1];
  return xs.at(-1);
}

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/g;

/**
 * The days a question names, as patterns over the bot's replies (which write "Saturday, December 26"): a weekday, or a
 * day of the month ("the 26th", "dec 26").
 */
export function daysNamed(t: string): RegExp[] {
  const out = [...t.matchAll(WEEKDAY)].map((m) => new RegExp(`\\b${m[1]}days?\\b`, "i"));
  for (const m of t.matchAll(/\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b|\b[a-z]{3,9}\.? (\d{1,2})\b(?!:)/g)) {
    const n = Number(m[1] ?? m[2]);
    if (n >= 1 && n <= 31 && (m[1] || /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(m[0])))
      out.push(new RegExp(`\\b[A-Z][a-z]+ ${n}\\b(?!:)`));
  }
  return out;
}

/** The reply text recalling what was asked about from the conversation so far, or null when nothing points back. */
export function recallReply(h: Handbook, message: string, history: ChatMessage[]): string | null {
  const t = message.toLowerCase();
  const replies = history.filter((m) => m.role === "assistant").map((m) => m.content);
  // "The 25 — is that per wheel?": an amount the bot quoted points back at what it was quoted for.
  if (!POINTS_BACK.test(t) && !amountsQuoted(t, replies).length) return null;
  // "How long does it take and what does it cost, remind me?": every kind asked is recalled.
  const kinds = KINDS.filter((k) => k.asked.test(t));
  // "The price you gave for truing", "the full one": a service named in the question picks the sentence that named it.
  const named = detectServices(h, t);
  const oneWord = t.match(/\bthe (\w+)(?: one| job)\b/)?.[1];
  if (!named.length && oneWord) named.push(...askedService(oneWord));
  // "Which one was the 179 one?", "did you say the 25 was per wheel?": an amount the bot quoted picks that sentence.
  const amounts = amountsQuoted(t, replies);
  // "What did you say the full service was?": with nothing else asked, what was said about the thing named.
  if (!kinds.length && named.length) kinds.push(NAMED);
  // "How many days did you say I had?": no kind of item asked, the sentence that shares the question's words.
  if (!kinds.length && !amounts.length) {
    const shared = AT_BOT_WORDS.test(t) ? sentenceSharingWords(t, replies.flatMap(sentences)) : null;
    return shared ? `Earlier I said: ${shared}` : null;
  }
  const booked = /\b(i|we) (just )?(booked|picked|chose|went with|reserved|signed up for)\b|\bmy booking\b/.test(t);
  if (kinds[0]?.kind === "includes") {
    // What the service just booked (or last named by the bot) covers, from the handbook entry of that service.
    const from = booked ? replies.filter((r) => BOOKED.test(r)) : replies;
    const id = [...from].reverse().flatMap((r) => detectServices(h, r.toLowerCase()))[0];
    const s = h.services.find((x) => x.id === id);
    if (!s) return null;
    const covers = s.includes.length ? `it includes ${s.includes.join(", ")}` : `that's the ${s.name} itself`;
    return `${booked ? "You booked" : "That was"} a ${s.name} (${s.priceText}): ${covers}.`;
  }
  const from = booked ? replies.filter((r) => BOOKED.test(r)) : replies;
  // "What time did you say you close?": a sentence about opening or closing, not any clock time said.
  const hoursWord = /\b(open|opens|opening|close|closes|closing|shut)\b/.test(t);
  // "The closing time you said for the 26th": a day named in the question picks the sentence that named that day.
  const days = daysNamed(t);
  const about = (x: string) =>
    (!named.length || detectServices(h, x.toLowerCase()).some((id) => named.includes(id))) &&
    (!days.length || days.some((d) => d.test(x))) &&
    amounts.every((n) => x.includes(`$${n}`));
  const quoted = new Set<string>();
  for (const kind of amounts.length && !kinds.some((k) => k.kind === "price") ? [...kinds, PRICE] : kinds) {
    // Whether anything got booked is read from every reply, not only those that booked.
    const said = (kind.kind === "outcome" ? replies : from).flatMap((r) =>
      sentences(r)
        .filter((x) => kind.stated.test(x) && about(x) && (kind.kind !== "when" || !hoursWord || HOURS_SAID.test(x)))
        .slice(0, 1),
    );
    const sentence = pick(t, said);
    if (sentence) quoted.add(sentence);
  }
  return quoted.size ? `Earlier I said: ${[...quoted].join(" ")}` : null;
}
