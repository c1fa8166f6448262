import type { Topic } from "../schema";
import { ANAPHOR, type Clause } from "./classify-message";

/**
 * Whose a shop-fact word is and whether it is asked about: "the address on my registration is wrong" names the
 * customer's address, "my phone died" the customer's phone, "I get paid Friday" tells, "what's your number?" asks for
 * the shop's. A topic whose every word is someone else's thing, or only told about, is no question about the shop.
 */

/** Nouns and verbs naming a shop fact, by the topic they evidence. */
export const FACT_WORDS: { topic: Topic; re: RegExp; ownMeansShop?: boolean }[] = [
  { topic: "location", re: /\b(address|addy|location|located|directions|postcode|zip ?code)\b/g },
  {
    topic: "contact",
    re: /\b(phone|phones|number|mobile|cell|e-?mails?|email address|contact details|contact info|landline)\b/g,
  },
  // "Can I use my card?": the customer's own card or cash is what pays the shop, so owning it still asks.
  {
    topic: "payment",
    re: /\b(pay|pays|paying|paid|payment|payments|card|cards|cash|deposit|venmo|apple pay|contactless)\b/g,
    ownMeansShop: true,
  },
  { topic: "hours", re: /\b(hours|opening|open|opens|close|closes|closing)\b/g },
];

/** The shop as possessor or addressee ("your", "ur", "the shop's", "JO's", "you guys"). */
const SHOP = "(?:your|ur|yr|y'?all'?s|you guys'?|the shop'?s?|the store'?s?|jo'?s)";
/** Someone else as possessor ("my", "our", "his", "mum's"); not a contraction ("it's", "what's"). */
const OTHER =
  "(?:my|mine|our|his|her|their|(?!(?:it|that|what|where|here|there|who|how|let|he|she|when|jo|shop|store)'s)[a-z]+'s)";
/** A possessor right before the word, up to two words between ("my home address", "your shop phone"). */
const OWNER_BEFORE = new RegExp(`\\b(${SHOP}|${OTHER})\\s+(?:[a-z-]+\\s+){0,2}$`);
/** A possessor after the word ("the address on my registration", "the number for you guys"). */
const OWNER_AFTER = new RegExp(
  `^\\s+(?:on|of|for|in|from|at|to)\\s+(?:the\\s+)?(${SHOP}|you|u|ya|the shop|the store|${OTHER})\\b`,
);
/** The shop's own, said without its noun ("what about yours?", "and urs?"). */
const YOURS = /\b(yours|urs|your'?s|y'?all'?s)\b/;
/** A verb of reaching someone with its object ("call me", "text you"). */
const REACH = /\b(?:call|ring|text|e-?mail|reach|contact|phone|message|dm)\s+(me|us|you|u|ya|the shop|jo'?s)\b/g;
/** A verb telling a state or an event, in a clause that does not ask ("…is wrong", "got declined", "my card expired"). */
const TOLD =
  /^(i|i'm|im|i've|ive|i'd|id|my|we|we're|our|he|she|they|he's|she's|just|so|lol)\b|\b(is|was|were|are|got|gets|has|had|have|keeps?|went|broke|died|changed|expired|declined|lost|moved)\b/;

/** A question word anywhere ("anyway where are you located" asks, whatever comes before it). */
const QUESTION_WORD = /\b(where|wheres|where's|what|whats|what's|when|how|which|who|why)\b/;

type Owner = "shop" | "other" | "none";

function ownerOf(clause: string, at: number, len: number): Owner {
  const who = OWNER_BEFORE.exec(clause.slice(0, at))?.[1] ?? OWNER_AFTER.exec(clause.slice(at + len))?.[1];
  if (!who) return "none";
  return new RegExp(`^(?:${SHOP}|you|u|ya|the shop|the store)$`).test(who) ? "shop" : "other";
}

/**
 * Topics among `topics` whose fact words are all someone else's or only told about: no clause asks about the shop's
 * address, phone, payment or hours. A topic with no fact word in the message (found from other words) is kept.
 */
export function notTheShops(
  clauses: Clause[],
  topics: Topic[],
  asksTopic: (text: string, topic: Topic) => boolean = () => false,
): Topic[] {
  const out: Topic[] = [];
  // "I'll pay with my company card, is that ok?": a question pointing back asks about what was told before it.
  const pointsBack = clauses.some((c) => c.asks && ANAPHOR.test(c.text));
  // "My work hours are 8–4, what about yours?": a clause asking about the shop's own ("yours") makes the fact the shop's.
  const askedYours = clauses.some((c) => c.asks && YOURS.test(c.text.toLowerCase()));
  if (askedYours) return out;
  for (const { topic, re, ownMeansShop } of FACT_WORDS) {
    if (!topics.includes(topic)) continue;
    let mentioned = false;
    let shops = false;
    for (const c of clauses) {
      const text = c.text.toLowerCase();
      const told = !c.asks && !pointsBack && TOLD.test(text) && !QUESTION_WORD.test(text);
      let here = false;
      for (const m of text.matchAll(re)) {
        here = true;
        mentioned = true;
        const owner = ownerOf(text, m.index, m[0].length);
        if (owner === "shop" || (!told && (owner === "none" || (ownMeansShop && c.asks)))) shops = true;
      }
      if (topic === "contact")
        for (const m of text.matchAll(REACH)) {
          mentioned = here = true;
          if (!/^(me|us)$/.test(m[1]!)) shops = true;
        }
      // "My brother's address is near you — is the shop on Pedal Lane?": a clause asking the topic in other words.
      if (!here && c.asks && asksTopic(c.text, topic)) shops = true;
    }
    if (mentioned && !shops) out.push(topic);
  }
  return out;
}
