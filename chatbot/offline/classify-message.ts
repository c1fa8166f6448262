import type { Topic } from "../schema";
import { type IntentLabel, TOPIC_LABELS } from "../understanding/corpus";
import type { UnderstandingModel } from "../understanding/understanding-model";

/** A topic counts when the classifier gives it at least this probability (tuned on the dev utterances, not held-out). */
export const TOPIC_THRESHOLD = 0.3;

const ASKS =
  /^(what|what's|whats|when|where|how|why|who|which|do|does|did|is|are|am i|can|could|will|would|should|may|any|r u|u)\b/i;
// A request inside a statement: "I want to ask the price of…", "tell me…", "…if you are open on Monday".
const REQUEST =
  /\b(tell me|let me know|(want|like|need|wanted) to (ask|know|check)|wondering|curious|if you|whether)\b/i;
// A clause told about oneself ("I'm on a return trip", "my phone died"): it adds a topic only when very clear.
const NARRATIVE = /^(i|i'm|im|i've|ive|i'd|id|my|we|we're|our|he|she|they|he's|she's|just|so|lol)\b/i;
/** A question in statement order ("I can pay with card?", "we need to book first?"): a modal after the subject. */
const DECLARATIVE_QUESTION =
  /^(i|we|my \w+|it|this|that)\s+(can|could|should|need to|needs to|have to|has to|must|may|am allowed to|will need to)\b/i;
/** A non-asking clause adds a topic only at this probability (a clear "sunday hours" or "the price of a tune-up"). */
const PLAIN_THRESHOLD = 0.6;
/** A word pointing back to something said before it ("can you fix that?"). */
export const ANAPHOR = /\b(it|that|this|those|these|them|one)\b/i;
/** A clause of function words only ("what do I do?", "is it?", "can you?"): it names no topic of its own. */
const CONTENTLESS =
  /^(?:(?:what|how|do|does|did|i|you|u|we|it|is|are|can|could|should|would|will|the|a|an|to|now|then|so|ok|okay|that|this|there|me|please|pls)\b[\s?!.]*)+$/i;
/** The least probability an asking clause must give a topic the whole message found. */
const SUPPORT = 0.1;

/** One piece of a message and whether it asks something. */
export interface Clause {
  text: string;
  asks: boolean;
  /** It asks in words (a question word or a request), not only by a "?" ("tune-up friday?"). */
  worded: boolean;
}

/**
 * Clauses of a message ("open saturday? and do I need to book for a flat fix" → two questions; "1) … 2) …" lists;
 * "two questions: what's your email, and …"; "open thurs + do I need to book"),
 * each marked as asking (a question word, a "?" after it, a request) or not.
 */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const sentences = text.split(/(?<=[?!.;\n])\s*|\s+(?=\(?\d\s*[).:]\s)/);
  for (const sentence of sentences) {
    const questioned = /\?\s*$/.test(sentence);
    const pieces = sentence.split(
      /,\s*|:\s+|\s+[—–+-]+\s+|\s*\p{Extended_Pictographic}+\s*|\s+(?:and|also|plus|or|but|&|anyway|anyways|btw|by the way)\s+/iu,
    );
    for (const [i, raw] of pieces.entries()) {
      const x = raw
        .replace(/^\(?\d\s*[).:]\s*/, "")
        .replace(/[?!.;\s]+$/, "")
        .trim()
        .replace(/^(and|also|plus|or|but|so|then|anyway|anyways|btw)\s+/i, "");
      if (!/\p{L}/u.test(x)) continue;
      // The "?" belongs to the last piece ("booked a trip — is the inspection free?" asks only about the inspection).
      const last = questioned && (i === pieces.length - 1 || x.split(/\s+/).length <= 3);
      const worded = ASKS.test(x) || REQUEST.test(x);
      out.push({
        text: x,
        asks: worded || (last && (!NARRATIVE.test(x) || DECLARATIVE_QUESTION.test(x))),
        worded,
      });
    }
  }
  return out;
}

/**
 * Topics of a message: at the threshold in the whole message or in any clause that asks something; a plain clause
 * that is not about the customer themself counts only when its topic is clear ("Sunday hours? …").
 */
export function topicsOf(model: UnderstandingModel, text: string): Topic[] {
  const found = new Set<Topic>();
  const add = (scores: Record<string, number>, threshold: number) => {
    for (const l of TOPIC_LABELS) if ((scores[l] ?? 0) >= threshold) found.add(l);
  };
  const pieces = clauses(text);
  const askingClauses = pieces.filter((c) => c.asks);
  const asking = askingClauses.map((c) => model.topics.scores(c.text));
  const whole = model.topics.scores(text);
  // With several clauses, a topic of the whole message needs some support in a clause that asks: "contact lens fell
  // out … can that be fixed?" is not about contacting the shop.
  // "my e-bike chain keeps falling off, can you help with that?": a question pointing back takes the whole message.
  const pointsBack = pieces.some((c) => c.asks && ANAPHOR.test(c.text));
  if (pieces.length > 1 && asking.length && !pointsBack)
    for (const l of TOPIC_LABELS) {
      if ((whole[l] ?? 0) >= TOPIC_THRESHOLD && asking.some((s) => (s[l] ?? 0) >= SUPPORT)) found.add(l);
    }
  else add(whole, TOPIC_THRESHOLD);
  if (pieces.length > 1) {
    for (const [i, c] of askingClauses.entries()) if (!CONTENTLESS.test(c.text)) add(asking[i]!, TOPIC_THRESHOLD);
    for (const [i, c] of pieces.entries()) {
      if (c.asks) continue;
      // "I'll pay with the company card, is that OK?": a short question pointing back asks about the clause before it.
      const next = pieces[i + 1];
      const askedBack = next?.asks && ANAPHOR.test(next.text) && next.text.split(/\s+/).length <= 4;
      if (askedBack) add(model.topics.scores(c.text), TOPIC_THRESHOLD);
      else if (!NARRATIVE.test(c.text)) add(model.topics.scores(c.text), PLAIN_THRESHOLD);
    }
  }
  return TOPIC_LABELS.filter((l) => found.has(l));
}

/** Whether a clause gives a topic some support (the least probability a clause must give a topic to count for it). */
export function supports(model: UnderstandingModel, text: string, topic: Topic): boolean {
  return (model.topics.scores(text)[topic] ?? 0) >= SUPPORT;
}

/** The intent classifier's best label with its probability, and every label's. */
export function ranked(
  model: UnderstandingModel,
  text: string,
): { top: IntentLabel; p: number; scores: Record<string, number> } {
  const scores = model.intent.scores(text);
  const [top, p] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0] ?? ["question", 0];
  return { top: top as IntentLabel, p, scores };
}

/**
 * The intent reading with a request for a person anywhere in the message taking over ("the brakes rub after your
 * tune-up, I want to speak to the owner"): any clause the classifier reads as a handoff at 0.8 or more.
 */
export function wantsPerson(
  model: UnderstandingModel,
  text: string,
  reading: ReturnType<typeof ranked>,
): ReturnType<typeof ranked> {
  const pieces = clauses(text);
  const best = Math.max(0, ...(pieces.length > 1 ? pieces.map((c) => model.intent.scores(c.text).handoff ?? 0) : []));
  return best >= 0.8
    ? { ...reading, top: "handoff", p: Math.max(best, reading.top === "handoff" ? reading.p : 0) }
    : reading;
}
