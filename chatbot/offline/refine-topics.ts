import type { Topic } from "../schema";

/** What the topic list is refined with: the named service and the senses the classifier cannot see. */
export interface TopicSenses {
  service: string | null;
  notOffered: string[];
  /** The message is about something the handbook never mentions. */
  unknownSubject: boolean;
  /** Shop-fact topics whose words are all the customer's own or only told about ("my phone died", "my address"). */
  notTheShops: Topic[];
  /** The message asks whether booking is needed ("do I have to book?"). */
  asksIfBookingNeeded: boolean;
  /** The question names a thing in words neither the handbook nor the corpus has ("tubeless conversions"). */
  strangeWords: boolean;
  /** The question asks whether a thing exists or is had ("is there wifi…", "do you have a…"). */
  asksExistence: boolean;
  /** "How long has the shop been around?": a span gone by, which no service's duration answers. */
  pastSpan?: boolean;
  /** Words of walking in ("walk in", "just turn up"), or no words of the slot grid at all: walk-in may be meant. */
  walkInWords?: boolean;
}

/** Topics whose answer is a generic list (every service, every price): wrong for a thing the shop never mentions. */
const GENERIC: Topic[] = ["services", "prices"];

/**
 * The classifier's topics, less the ones a sense rules out: no services or price list for a subject the handbook
 * lacks; no shop address, contact, payment or hours for the customer's own or a thing only told about; no generic list at all for a question about a thing in words
 * the shop has never seen.
 */
export function refineTopics(topics: Topic[], s: TopicSenses): Topic[] {
  // "Is there wifi while I wait?": asking whether a thing the shop never names exists has no topic answer either.
  const generic = topics.every((t) => GENERIC.includes(t)) || s.asksExistence;
  if (s.strangeWords && !s.service && !s.notOffered.length && topics.length && generic) return [];
  // "Can you sort my gears, or do I have to book?": for a named service that is the walk-in question.
  if (s.service && s.asksIfBookingNeeded && topics.includes("booking_policy") && !topics.includes("walk_in"))
    topics = topics.map((t) => (t === "booking_policy" ? "walk_in" : t));
  // "Can I get 11:15 or is it only on the hour?": with no service and no walk-in words, a half-seen walk-in topic beside
  // the booking rules is the slot grid only (the booking answer lists the walk-in jobs anyway).
  if (topics.includes("walk_in") && topics.includes("booking_policy") && !s.service && s.walkInWords === false)
    topics = topics.filter((t) => t !== "walk_in");
  return topics.filter(
    (x) =>
      !(s.unknownSubject && (x === "services" || x === "prices")) &&
      !s.notTheShops.includes(x) &&
      !(s.pastSpan && x === "duration"),
  );
}
