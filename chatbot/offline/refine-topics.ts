import type { Topic } from "../schema";

/** What the topic list is refined with: the named service and the senses the classifier cannot see. */
export interface TopicSenses {
  service: string | null;
  notOffered: string[];
  /** The message is about something the handbook never mentions. */
  unknownSubject: boolean;
  /** Only the customer's own phone or e-mail is mentioned. */
  ownContact: boolean;
  /** The message asks whether booking is needed ("do I have to book?"). */
  asksIfBookingNeeded: boolean;
  /** The question names a thing in words neither the handbook nor the corpus has ("tubeless conversions"). */
  strangeWords: boolean;
  /** The question asks whether a thing exists or is had ("is there wifi…", "do you have a…"). */
  asksExistence: boolean;
}

/** Topics whose answer is a generic list (every service, every price): wrong for a thing the shop never mentions. */
const GENERIC: Topic[] = ["services", "prices"];

/**
 * The classifier's topics, less the ones a sense rules out: no services or price list for a subject the handbook
 * lacks; no shop contact for the customer's own phone; no generic list at all for a question about a thing in words
 * the shop has never seen.
 */
export function refineTopics(topics: Topic[], s: TopicSenses): Topic[] {
  // "Is there wifi while I wait?": asking whether a thing the shop never names exists has no topic answer either.
  const generic = topics.every((t) => GENERIC.includes(t)) || s.asksExistence;
  if (s.strangeWords && !s.service && !s.notOffered.length && topics.length && generic) return [];
  // "Can you sort my gears, or do I have to book?": for a named service that is the walk-in question.
  if (s.service && s.asksIfBookingNeeded && topics.includes("booking_policy") && !topics.includes("walk_in"))
    topics = topics.map((t) => (t === "booking_policy" ? "walk_in" : t));
  return topics.filter(
    (x) => !(s.unknownSubject && (x === "services" || x === "prices")) && !(s.ownContact && x === "contact"),
  );
}
