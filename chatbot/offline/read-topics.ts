import type { Entities, Handbook, ServiceId } from "../../knowledge-base/index";
import type { UnderstandInput } from "../provider";
import type { Topic } from "../schema";
import { unknownWords } from "../understanding/known-words";
import { outsideWords } from "../understanding/outside-words";
import type { UnderstandingModel } from "../understanding/understanding-model";
import { asksBetterTime } from "./choice-asked";
import { ANAPHOR, type Clause, clauses, supports, topicsOf } from "./classify-message";
import { detectNotOffered, detectServices } from "./detect-services";
import { notTheShops } from "./fact-owner";
import { factWordTopics } from "./fact-word-topics";
import { NEED_TO_BOOK } from "./intent-cues";
import { asksPastSpan, classifierText } from "./keyword-senses";
import {
  LATE_OR_EARLY_OPENING,
  QUESTION,
  SLOT_GRID_CUE,
  UNKNOWN_SUBJECT,
  WALK_IN_CUE,
  WHAT_IT_INVOLVES,
} from "./message-cues";
import { refineTopics } from "./refine-topics";
import { cancelAskedIf, emailAddressMeant } from "./asked-senses";
import { asksToReturnGoods } from "./return-asked";
import { pressesUnknown } from "./unknown-follow-up";
import { unknownFitObject, unknownPriceObject, unknownWorkObject } from "./unknown-object";

/** Asking what the shop does ("what can you do on it?", "what do you guys fix then", "what services do you offer"). */
const WHAT_YOU_DO =
  /\bwhat (?:else )?(?:can|could|do|will|would) (?:you|u|ya)(?: guys| all)? (?:actually )?(?:do|fix|offer|work on|help with|service|repair)\b|\bwhat (?:services|work|jobs|repairs) (?:do|can|could) (?:you|u)\b/;

/** Topics answered with a generic list (every price, every service). */
const GENERIC_LIST: Topic[] = ["prices", "services"];

/** What `readTopics` reads a message's topics from. */
export interface TopicInput {
  raw: string;
  t: string;
  norm: string;
  inBooking: boolean;
  history: UnderstandInput["history"];
  e: Entities;
  service: ServiceId | null;
  notOffered: string[];
}

/** A message's handbook topics, what it asks and whether it asks about a subject the handbook lacks. */
export interface TopicReading {
  plain: string;
  asked: Clause[];
  unknownSubject: boolean;
  /** A subject the handbook lacks is asked about beside a known one (the known one is answered). */
  unknownBeside: boolean;
  topics: Topic[];
}

/**
 * The topics a message asks about: the topic classifier's reading of its plain text, refined by the services, the
 * not-offered items and the subjects the handbook lacks; a short follow-up inherits the previous question's topic.
 */
export function readTopics(h: Handbook, model: UnderstandingModel, x: TopicInput): TopicReading {
  const { raw, t, norm, inBooking, e, service, notOffered } = x;
  // Markup and links carry no meaning for the classifiers ("<script>…</script> ![x](http://…) what are your hours?").
  const plain = classifierText(raw)
    .replace(/<[^>]*>/g, " ")
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
  // Words the shop has never seen, in what is asked ("do you do tubeless conversions?") or anywhere when the question
  // points back ("my phone mount snapped, do you fix those?").
  const pieces = clauses(plain);
  const asked = pieces.filter((c) => c.asks);
  const askedText =
    asked.length && !asked.some((c) => ANAPHOR.test(c.text)) ? asked.map((c) => c.text).join(" ") : plain;
  // A subject the handbook lacks counts where it is asked about: "cancel my gym membership, wrong chat — open till 3
  // on Saturday?" asks about the hours.
  // A clause about such a subject beside a clause asking about a known service or topic ("a tune-up plus a cable, how
  // much? any discount for both?") leaves the known part to answer, and the rest is "unknown".
  // A clause about a thing no service names ("do you do bike fits") is such a subject too, when it names no service.
  const unknownIn = (c: Clause) => {
    const x = c.text.toLowerCase();
    if (UNKNOWN_SUBJECT.test(x)) return true;
    if (detectServices(h, x).length || detectNotOffered(h, x).length) return false;
    // A thing the corpus marks as outside the handbook ("parking", "gift cards") is not covered by the topic whose
    // other words the question shares: the fact picked would not answer it.
    if (outsideWords(h, x).length) return true;
    return unknownPriceObject(h, x) || unknownFitObject(h, x) || unknownWorkObject(h, x);
  };
  // Beside an unknown thing to fit or price, a bare "price?" or "what would that run me" is about that thing: only a
  // clause naming a service or a topic of its own ("are you open Saturday?") is a known question beside it.
  const objectOnly = !asked.some((c) => UNKNOWN_SUBJECT.test(c.text.toLowerCase()));
  const knownIn = (c: Clause) => {
    if (unknownIn(c)) return false;
    if (detectServices(h, c.text.toLowerCase()).length > 0) return true;
    const own = topicsOf(model, c.text);
    return objectOnly ? own.some((x) => !GENERIC_LIST.includes(x)) : own.length > 0;
  };
  const unknownBeside = asked.some(unknownIn) && asked.some(knownIn);
  // A price, a fitting or the work asked for a thing no service covers ("how much to fit a kickstand", "install a kid
  // seat?", "do you do bike fits?", "can you service my electric scooter?"), whatever topic its words lean to.
  const plainNorm = classifierText(norm);
  const unknownObject =
    !service &&
    !notOffered.length &&
    (unknownPriceObject(h, plainNorm) || unknownFitObject(h, plainNorm) || unknownWorkObject(h, plainNorm));
  // Every clause that asks is about such a thing ("where do I park?"): the whole question is uncovered.
  const allUncovered = asked.length > 0 && !service && !notOffered.length && asked.every(unknownIn);
  // "Can you at least ballpark it?" right after "I'm not sure": the thing pressed on is still unknown.
  const pressed = !service && !notOffered.length && pressesUnknown(t, x.history);
  const unknownSubject =
    ((UNKNOWN_SUBJECT.test(askedText.toLowerCase()) || unknownObject || allUncovered) &&
      !unknownBeside &&
      !WHAT_YOU_DO.test(t)) ||
    pressed;
  // An adverb ("roughly", "honestly") names no thing, however strange its word.
  // The clauses about a known subject beside an unknown one ("gift vouchers?, and what payment do you take?") are read
  // for strange words on their own: the unknown clause is answered "I don't know" already.
  const knownAsked = unknownBeside ? asked.filter((c) => !unknownIn(c)).map((c) => c.text.toLowerCase()) : null;
  const strangeWords = unknownWords(h, knownAsked?.join(" ") ?? askedText).some((w) => !/ly$/.test(w));
  const found = factWordTopics(model, asked, topicsOf(model, plain));
  let topics = refineTopics(found, {
    service,
    notOffered,
    unknownSubject,
    notTheShops: notTheShops(pieces, found, (text, topic) => supports(model, text, topic)),
    pastSpan: asksPastSpan(pieces.map((c) => c.text)),
    strangeWords,
    asksExistence: (knownAsked ?? [t]).some((x) =>
      /^(is there|are there|do you (have|got|offer)|have you got|got any|any)\b/.test(x),
    ),
    asksIfBookingNeeded: NEED_TO_BOOK.test(t),
    walkInWords: WALK_IN_CUE.test(t) || !SLOT_GRID_CUE.test(t),
  });
  // A booking detail that asks nothing ("tomorrow then, same time", "Gabriel Costa") answers no handbook topic.
  if (inBooking && !QUESTION.test(t) && !asked.length) topics = [];
  // "So what can you do on it, then?": what the shop does is its services answer.
  if (!topics.length && WHAT_YOU_DO.test(t)) topics.push("services");
  // "How much is a tune-up and what do you actually do in one?": what a named service involves is its services answer.
  if (service && WHAT_IT_INVOLVES.test(t) && !topics.includes("services")) topics.push("services");
  // "Where are you, and do you have a late night?": a late or early opening asked about is the hours' question.
  if (asked.some((c) => LATE_OR_EARLY_OPENING.test(c.text.toLowerCase())) && !topics.includes("hours"))
    topics.push("hours");
  // "Bought a bell here, can I bring it back?": goods handed back are the returns policy's question.
  if (
    (asked.some((c) => /\bback\b|\breturn|\bswap|\bexchange|\brefund/.test(c.text.toLowerCase())) ||
      /\b(?:can|could|may) (?:i|we)\b[^.?!]{0,30}\b(?:back|return|swap|exchange|refund)/.test(t)) &&
    asksToReturnGoods(t)
  )
    if (!topics.includes("returns")) topics.push("returns");
  // "Is info@… the right address?": the email address, not the street one.
  if (emailAddressMeant(t)) topics = [...topics.filter((x) => x !== "location" && x !== "contact"), "contact"];
  // "What happens if I book a tune-up and then have to cancel?": the cancellation policy.
  if (cancelAskedIf(t) && !topics.includes("cancellation_policy")) topics.push("cancellation_policy");
  // "10am or 3pm Friday, which is better?": which of the times or days to come is the busy times' question.
  if (asksBetterTime(t, e) && !topics.includes("busy_times")) topics.push("busy_times");
  if (notOffered.length) topics.push("not_offered");
  if (unknownBeside) {
    // "What would a rack cost to fit, and when do you open Friday?": the price list is the unknown clause's, not asked.
    const knownTopics = new Set(asked.filter((c) => !unknownIn(c)).flatMap((c) => topicsOf(model, c.text)));
    if (!service) topics = topics.filter((x) => !GENERIC_LIST.includes(x) || knownTopics.has(x));
    topics.push("unknown");
  }
  // A follow-up like "and on Thursdays?" inherits the topic of the previous question; one naming a day and a clock
  // time ("how about the 17th then, 4:30?") asks for a slot instead.
  const slotAsked = e.when.some((m) => m.times.length > 0) && e.when.some((m) => m.dates.length > 0);
  // Only an elliptical follow-up inherits ("and saturdays?", "the full one?"): a whole new question of its own ("do you
  // do bike fits?") is about its own subject, whatever was asked before.
  const elliptical =
    /^((ok|okay|so|right|cool|great|hmm|thanks)\b[,.!]?\s*)?(and|what about|how about|also|or|plus)\b/.test(t) ||
    (/\?$/.test(t) &&
      ((t.split(/\s+/).length <= 4 && !/^(do|does|did|can|could|is|are|will|would)\b/.test(t)) || ANAPHOR.test(t)));
  if (topics.length === 0 && !slotAsked && elliptical && t.length < 60) {
    // "How much is a flat fix?" "and brake pads?" "and a tune-up?": a chain of follow-ups keeps the question that
    // opened it (the latest of the last three messages with a topic of its own).
    const inherited = (m: string) =>
      topicsOf(model, m).filter(
        (x) => x === "hours" || x === "holidays" || x === "prices" || x === "busy_times" || x === "duration",
      );
    const users = x.history
      .filter((m) => m.role === "user")
      .slice(-3)
      .reverse();
    topics = users.map((m) => inherited(m.content)).find((xs) => xs.length) ?? [];
  }
  return { plain, asked, unknownSubject, unknownBeside, topics };
}
