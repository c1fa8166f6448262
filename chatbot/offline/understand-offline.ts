import { type Entities, type Handbook, recognizeEntities } from "../../knowledge-base/index";
import type { UnderstandInput } from "../provider";
import type { Intent, Topic, Understanding } from "../schema";
import { type IntentLabel, TOPIC_LABELS } from "../understanding/corpus";
import { sharedUnderstandingModel } from "../understanding/shared-model";
import type { UnderstandingModel } from "../understanding/understanding-model";
import { detectNotOffered, detectServices } from "./detect-topics";

/** A topic counts when the classifier gives it at least this probability (tuned on the dev utterances, not held-out). */
export const TOPIC_THRESHOLD = 0.3;
/** Below this intent confidence the message is "unknown": the bot says so and gives the phone number. */
export const INTENT_THRESHOLD = 0.3;

const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
// Subjects the handbook never mentions: a generic "do you offer…" about them must not become a services answer.
const UNKNOWN_SUBJECT =
  /\b(discounts?|coupons?|promo|vouchers?|price match|financ\w*|trade-?ins?|loaner|delivery|pick-?up service|mobile (service|repair)|membership|gift cards?|student|military|senior|lay-?away|insurance)\b/;
const QUESTION =
  /\?\s*$|^(what|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|may)\b|\b(wondering|tell me|curious)\b/;
const BOOK_VERB = /\b(book|reserve|schedule)\b(?! (in advance|ahead))/;
const NEED_TO_BOOK =
  /\b(need|have) (to )?(an? )?(book|booking|appointment|reservation|make an appointment)\b|\b(is|are) (an? )?(appointment|booking)s? (needed|required|necessary)\b|\bneed (booking|an appointment)\b/;
const ASKS =
  /^(what|what's|whats|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|may|any|r u|u)\b/i;
const OWN_CHOICE =
  /\b(did i|i (picked|chose|booked|said|went for|selected))\b|\bmy (booking|appointment|slot|drop-?off|reservation)\b/;
const DROP_OFF = /\b(drop (it |my bike |the bike )?off|bring (it|my bike|the bike) in|come in|swing by)\b/;
const BARE_HOUR =
  /(?:^\s*|\b(?:make it|change (?:it )?to|move (?:it )?to|switch (?:it )?to|say|at|for|to|how about|what about|do|try|around|about|by|maybe|rather|prefer)\s+)(\d{1,2}(?::[0-5]\d)?)\b(?!\s*(?:st|nd|rd|th|\/|-|days?|weeks?|bikes?|wheels?|cables?))/;
const EARLIEST = /\b(first|earliest) (slot|thing|available|one|time)\b|\bearliest\b/;

/** Clauses of a message ("how much is a tune-up and do you take cards?" → two questions), each scored on its own too. */
function clauses(text: string): string[] {
  const parts = text
    .split(/[?;.!]+|,\s*|\s+(?:and|also|plus|or|but)\s+/i)
    .map((x) => x.trim().replace(/^(and|also|plus|or|but|so|then)\s+/i, ""));
  // Only clauses that ask something: "I'm on a return trip, are you open?" must not add "returns".
  return parts.filter((x) => x.split(/\s+/).length >= 2 && ASKS.test(x));
}

function topicsOf(model: UnderstandingModel, text: string): Topic[] {
  const found = new Set<Topic>();
  const pieces = clauses(text);
  for (const piece of pieces.length > 1 ? [text, ...pieces] : [text]) {
    const scores = model.topics.scores(piece);
    for (const l of TOPIC_LABELS) if ((scores[l] ?? 0) >= TOPIC_THRESHOLD) found.add(l);
  }
  return TOPIC_LABELS.filter((l) => found.has(l));
}

function ranked(
  model: UnderstandingModel,
  text: string,
): { top: IntentLabel; p: number; scores: Record<string, number> } {
  const scores = model.intent.scores(text);
  const [top, p] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0] ?? ["question", 0];
  return { top: top as IntentLabel, p, scores };
}

/** Dates, times and parts of day the entity layer found. */
function whenFlags(e: Entities, t: string) {
  const hasDate = e.when.some((m) => m.dates.length > 0 || m.dateRange !== null || m.kind === "recurring");
  const hasTime =
    e.when.some((m) => m.times.length > 0 || m.timeRanges.length > 0 || m.partOfDay !== null) || EARLIEST.test(t);
  return { hasDate, hasTime };
}

/**
 * The offline engine's reading of one message: intent and topics from classifiers trained on the in-repo corpus,
 * entities (dates, times, names, contacts) from the entity layer, services and not-offered items from the handbook's
 * aliases; the conversation state decides what a bare "yes" or a bare date means. Never throws on any string.
 */
export function understandOffline(
  h: Handbook,
  input: UnderstandInput,
  model: UnderstandingModel = sharedUnderstandingModel(),
): Understanding {
  const raw = String(input.message ?? "")
    .normalize("NFKC")
    .replace(ZERO_WIDTH, "")
    .slice(0, 4000);
  const t = raw.toLowerCase().trim();
  const state = input.state;
  const inBooking = state.startsWith("booking");
  const expecting = input.expecting;
  // A bare "Mo Ali" in the middle of a booking is a name even when the bot asked for something else.
  const expectingName =
    expecting === "name" ||
    expecting === "identity_name" ||
    (inBooking && /^\s*\p{L}[\p{L}'’.-]*(\s+\p{L}[\p{L}'’.-]*){0,2}\s*$/u.test(raw));
  const e = recognizeEntities(raw, { now: input.now, timeZone: h.shop.timeZone, expectingName });
  const norm = e.normalized.toLowerCase();
  const services = detectServices(h, norm);
  const service = services[0] ?? null;
  const notOffered = detectNotOffered(h, norm);
  const unknownSubject = UNKNOWN_SUBJECT.test(t);
  // Markup and links carry no meaning for the classifiers ("<script>…</script> ![x](http://…) what are your hours?").
  const plain = raw
    .replace(/<[^>]*>/g, " ")
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
  let topics = topicsOf(model, plain).filter((x) => !unknownSubject || (x !== "services" && x !== "prices"));
  if (notOffered.length) topics.push("not_offered");
  // A follow-up like "and on Thursdays?" inherits the topic of the previous question.
  if (topics.length === 0 && /^(and|what about|how about|also)\b|\?$/.test(t) && t.length < 60) {
    const lastUser = [...input.history].reverse().find((m) => m.role === "user");
    if (lastUser)
      topics = topicsOf(model, lastUser.content).filter(
        (x) => x === "hours" || x === "prices" || x === "busy_times" || x === "duration",
      );
  }
  const flags = whenFlags(e, norm);
  const { hasDate } = flags;
  // In a booking, a bare hour is a clock time: "make it 11 instead", "11" when the time was asked for.
  const bareHour = inBooking && !flags.hasTime ? BARE_HOUR.exec(norm) : null;
  const hasTime = flags.hasTime || bareHour !== null;
  const { top, p, scores } = ranked(model, plain);
  const bookingFlow = inBooking || expectingName || top === "book" || top === "details";
  const nameHit = e.names.find((n) => n.cue !== "tagger") ?? (bookingFlow ? e.names[0] : undefined);
  const name = nameHit?.value ?? null;
  const contact = e.contacts[0]?.value ?? null;
  const slots = {
    service,
    services: services.length > 1 ? services : null,
    dateText: hasDate ? raw : null,
    timeText: bareHour ? `at ${bareHour[1]}` : hasTime ? raw : null,
    name,
    contact,
    notOffered: notOffered.length ? notOffered : null,
  };
  const hasSlots = Boolean(service || hasDate || hasTime || name || contact);
  const isQuestion = QUESTION.test(t);
  const intent = classify();
  // "Student discount on a tune-up?" is about the discount, which the handbook never mentions: no service answer.
  if (unknownSubject && intent === "question")
    return { intent, topics: [], slots: { ...slots, service: null, services: null } };
  return { intent, topics: [...new Set(topics)], slots };

  function classify(): Intent {
    if (!/[\p{L}\p{N}]/u.test(t)) return "unknown";
    if (top === "handoff" && p >= 0.4) return "handoff";
    const bookable = services.some((s) => h.services.find((x) => x.id === s)?.booking === "required");
    if (state === "booking.confirming") {
      if (top === "affirm" || (top === "thanks" && !hasSlots)) return "confirm";
      if (top === "abort") return "deny";
      if (top === "negate") return hasSlots ? "provide_details" : "deny";
    }
    // The answer to the question just asked ("Max Pay" when asked for a name) is a detail, whatever its words.
    const courtesy = (top === "abort" || top === "negate" || top === "affirm") && p >= 0.5;
    if (
      expecting &&
      !isQuestion &&
      ((expectingName && name && !courtesy) || (expecting.endsWith("contact") && contact))
    )
      return "provide_details";
    if (unknownSubject && isQuestion) return "question";
    if (inBooking) {
      if (top === "abort" && !hasSlots) return "deny";
      if (top === "cancel_booking" && !hasSlots && scores.cancel_booking! > 0.5) return "deny";
      if (top === "question" && (topics.length > 0 || !hasSlots)) return "question";
      if (hasSlots) return "provide_details";
      if (top === "affirm" && state === "booking.confirming") return "confirm";
    }
    if (state === "managing_booking" && (name || contact) && top !== "question") return "provide_details";
    if (expecting && (name || contact) && !isQuestion) return "provide_details";
    if (top === "cancel_booking" && !(topics.includes("cancellation_policy") && isQuestion)) return "cancel_booking";
    if (top === "recall_booking") return "recall_booking";
    // Right after booking, "what time did I say again?" is about that booking.
    if (state === "booked" && !hasSlots && ((scores.recall_booking ?? 0) >= 0.15 || OWN_CHOICE.test(t)))
      return "recall_booking";
    if (top === "greeting" && topics.length === 0 && !hasSlots) return "greeting";
    if (top === "thanks" && topics.length === 0 && !hasSlots) return "thanks";
    if (
      BOOK_VERB.test(t) &&
      (service || hasDate) &&
      !topics.some((x) => x === "booking_policy" || x === "cancellation_policy")
    )
      return "book";
    if (topics.includes("walk_in") || notOffered.length) return "question";
    // A bookable service and a day ("tune up this weekend?", "full service the day after tomorrow, 2ish") is a booking.
    if (bookable && hasDate && topics.every((x) => x === "services" || x === "booking_policy")) return "book";
    if (hasDate && hasTime && DROP_OFF.test(t)) return "book";
    if (unknownSubject && isQuestion) return "question";
    // "Do I need an appointment for a tune-up?" asks about booking; it does not start one.
    if (isQuestion && NEED_TO_BOOK.test(t)) return "question";
    if (top === "book" || ((scores.book ?? 0) >= 0.25 && (bookable || hasDate))) return "book";
    if (top === "details" && bookable) return "book";
    // "Saturday, what's your first slot?" / "can you fit me in Friday": a day plus a booking cue is a booking.
    if (
      (hasDate || hasTime) &&
      topics.length === 0 &&
      (scores.book ?? 0) >= 0.1 &&
      /\b(slot|fit|squeeze|book|appointment|drop (it|my bike|the bike|off)|bring (it|my bike|the bike) in)\b/.test(t)
    )
      return "book";
    if (top === "question" || topics.length > 0 || isQuestion) return "question";
    if (top === "affirm") return "confirm";
    if (top === "negate" || top === "abort") return "deny";
    if (hasSlots) return expecting ? "provide_details" : service ? "book" : "unknown";
    return "unknown";
  }
}
