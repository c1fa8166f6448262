import { findClocks } from "./clock-mentions";
import { splitSentences } from "./sentences";

/**
 * A reply that opens by agreeing ("Yep!", "That's right —", "Correct, and…", "We sure are!") with no turn against it
 * in its first sentence. A "but", "though", "actually" or a "not" there qualifies the yes: it adopts nothing.
 */
const AGREES =
  /^\W*(?:yes|yep|yeah|yup|ya|correct|exactly|indeed|right|spot on|you got it|you bet|absolutely|definitely|certainly|of course|totally|for sure|that(?:'?s| is) (?:right|correct|true|it)|you(?:'?re| are) (?:right|correct)|(?:we|it|that|they|you)\s+(?:sure\s+)?(?:are|is|do|does|can|will|would)(?!\s*n'?t|\s+not)(?=\W)|sure (?:are|is|do|does|can|thing))/i;
const QUALIFIED =
  /\b(?:but|though|although|however|actually|except|only|unless|not|n't|no|almost|close|nearly|mostly|usually|depends|correction|rather|instead)\b/i;
/** Agreement with a statement ("that's right", "you're correct", "exactly"), as opposed to a yes to a question. */
const RIGHT = /\b(?:right|correct|exactly|spot on|true|you got it|indeed)\b/i;
/** A belief anywhere in a sentence ("it's New Year's Day I think", "I believe"). */
const BELIEF_ANYWHERE = /\b(?:i (?:think|thought|believe|assume|guess|heard)|pretty sure|i was told)\b/i;
/** Words that take back the agreement anywhere in the reply ("small correction", "to be precise", "my mistake"). */
const CORRECTS =
  /\b(?:correction|to clarify|to be (?:precise|clear|exact)|my (?:mistake|bad)|i misspoke|not quite|not exactly|slight(?:ly)? (?:off|different)|actually)\b/i;

/** A customer sentence that states something and asks for it to be confirmed: a tag question or a bare polar one. */
const TAG =
  /[,\s]*\b(?:right|rite|correct|yeah|yes|yea|yh|ya|true|innit|eh|isn'?t (?:it|that)|aren'?t (?:you|they|we)|don'?t (?:you|they)|doesn'?t it|is that (?:right|correct|true|so)|am i right|have i got that right|yeah\?? right)\s*\?+\s*$|[,\s]+(?:right|rite|correct|yeah|yea)\s*[.!]*\s*$/i;
/** A polar question about the shop: "are you open sundays till 4?", "is the tune-up $75?", "do you take walk-ins?". */
const POLAR =
  /^\W*(?:and |so |also |ok |just to (?:check|confirm),? )?(?:are|is|do|does|can|will|would)\s+(?:you|u|ya|y'?all|the|a|an|it|that|walk|wheel|tune|full|flat|your)\b/i;
/** A statement asked as a question ("so the inspection costs $10?"): no question word or auxiliary opens it. */
const DECLARATIVE_Q =
  /^\W*(?:so|and|oh|ok|okay|wait|hmm)?[,\s]*(?!(?:what|when|where|how|which|who|why|whats|do|does|did|can|could|is|are|was|were|will|would|should|shall|may|might|any|have|has)\b)[\w$'-]+(?:\s+[\w$'.-]+){2,}\s*\?+\s*$/i;
/** The customer's own belief, offered for confirmation: "I think you close at 5", "I heard the tune-up is $75". */
const BELIEF =
  /^\W*(?:and |so |also )?(?:i (?:think|thought|believe|assume|guess|heard|read|was told|remember)|pretty sure|if i remember(?: right(?:ly)?)?|someone (?:said|told me)|my friend said)\b(?: that)?/i;

/** Shop facts a statement may carry: hours, money, durations, booking and aftercare policy. */
const SHOP_FACT =
  /\$\s?\d|\b(?:open|close[sd]?|closing|shut|till|til|until|hours?|\d+\s*(?:dollars|bucks)|cost|price|free|charge|fee|deposit|pay|cash|card|refund|return|warranty|guarantee|re-?adjust\w*|cancel\w*|walk[- ]?ins?|walk (?:it )?in|book(?:ing|ed)?|appointment|ahead|same[- ]day|notice|days?|weeks?|minutes?|included|includes?|come with|comes with|discount|sundays?|mondays?|holidays?|christmas|thanksgiving|new year)\b/i;
/** Requests and personal details are no statement about the shop ("book me Tuesday", "my number is…"). */
const REQUEST =
  /\b(?:book me|can i (?:book|drop|come|bring|get)|could i|i'?d like|i want|want to|wanna|looking to|hoping to|i need|please|reserve|my name|name'?s|my (?:number|phone|email)|\d{3}[-. ]?\d{4}|@)\b/i;

const PERSON: Record<string, string> = {
  you: "we",
  u: "we",
  ya: "we",
  "y'all": "we",
  your: "our",
  ur: "our",
  "you're": "we're",
  youre: "we're",
  "you've": "we've",
  "you'll": "we'll",
  i: "you",
  me: "you",
  my: "your",
  "i'm": "you're",
  im: "you're",
  "i've": "you've",
};

/** The statement a customer sentence makes, in the shop's voice: tag and question mark off, persons swapped. */
function asStatement(sentence: string): string {
  const bare = sentence
    .replace(TAG, "")
    .replace(BELIEF, "")
    .replace(/\?+\s*$/, "")
    .trim();
  return `${bare.replace(/[\p{L}']+/gu, (w) => PERSON[w.toLowerCase()] ?? w)}.`;
}

/**
 * The customer's assumption a reply takes on by agreeing with it: the customer states or asks a shop fact for
 * confirmation ("you're open Sundays till 4, yeah?", "I think the tune-up is $75?", "is the full service 2 days?") and
 * the reply opens with an unqualified yes, correcting nothing anywhere. The statement, in the shop's voice, is then
 * something the reply asserts (checks read it with the reply's own words); null when there is none.
 */
export function adoptedStatement(reply: string, userText: string): string | null {
  const first = splitSentences(reply)[0]?.text ?? "";
  const opening = first.split(/[—–:;,!]|\s-\s/)[0] ?? "";
  // "Correct, no charge at all" to "no charge to cancel?": words the customer used are no qualification of the yes.
  const used = new Set(userText.toLowerCase().match(/[a-z']+/g) ?? []);
  const own = first.replace(/[A-Za-z']+/g, (w) => (used.has(w.toLowerCase()) ? " " : w));
  if (!AGREES.test(opening) || QUALIFIED.test(own) || CORRECTS.test(reply)) return null;
  // Several questions asked at once: a yes does not say which it answers.
  const sentences = splitSentences(userText);
  const asked = sentences.filter((s) => s.text.includes("?") || TAG.test(s.text));
  if (asked.length !== 1) return null;
  const s = asked[0]!.text;
  // "You're right", "exactly" agree with something said, not with a bare question ("are you open Friday?").
  const polar = POLAR.test(s) && !RIGHT.test(opening);
  if (!(TAG.test(s) || polar || BELIEF.test(s) || DECLARATIVE_Q.test(s)) || !SHOP_FACT.test(s) || REQUEST.test(s))
    return null;
  // A belief stated beside the question ("…? it's a holiday I think"): which of the two the yes takes is not said.
  if (sentences.some((x) => x !== asked[0] && BELIEF_ANYWHERE.test(x.text))) return null;
  const statement = asStatement(s);
  return ownFigures(statement, reply) ? null : statement;
}

const money = (text: string) => new Set([...text.matchAll(/\$\s?(\d+(?:\.\d\d)?)/g)].map((m) => Number(m[1])));
const clocks = (text: string) => new Set(findClocks(text).times.map((t) => t.minutes));

/**
 * The reply gives figures of its own of the kind the assumption states ("open at 9 Wednesday?" — "Yes — we're open
 * 10 to 6"): it answers with those, so the customer's figure is not taken on.
 */
function ownFigures(statement: string, reply: string): boolean {
  const differs = (said: Set<number>, own: Set<number>) => said.size > 0 && [...own].some((x) => !said.has(x));
  const opening = splitSentences(reply)
    .slice(0, 2)
    .map((x) => x.text)
    .join(" ");
  return differs(clocks(statement), clocks(reply)) || differs(money(statement), money(opening));
}
