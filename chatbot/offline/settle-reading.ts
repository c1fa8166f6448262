import type { Handbook, PersonName, ServiceId } from "../../knowledge-base/index";
import { WEEK_ON } from "../booking-dates";
import type { UnderstandInput } from "../provider";
import type { Intent, Topic, Understanding } from "../schema";
import type { UnderstandingModel } from "../understanding/understanding-model";
import type { Clause } from "./classify-message";
import { dayAskedBefore } from "./day-asked-before";
import { BOOK_VERB, SLOT_GRID } from "./intent-cues";
import { SERVICE_TOPICS, serviceAskedAlone } from "./request-in";
import { serviceAskedBefore } from "./service-asked-before";
import { wantedService } from "./wanted-service";

/** What `settleReading` settles once the intent is known. */
export interface SettleInput {
  input: UnderstandInput;
  t: string;
  norm: string;
  /** The message gives nothing but booking details (`detailsOnly`). */
  onlyDetails: boolean;
  intent: Intent;
  /** The intent before the booking side's reading. */
  read: Intent;
  inBooking: boolean;
  slots: Understanding["slots"];
  topics: Topic[];
  services: ServiceId[];
  service: ServiceId | null;
  personNames: PersonName[];
  hasDate: boolean;
  hasTime: boolean;
  asked: Clause[];
  unknownSubject: boolean;
}

/** Whether a service must be booked (not walk-in). */
export const isBookable = (h: Handbook, id: ServiceId) => h.services.find((y) => y.id === id)?.booking === "required";

/**
 * The reading once the intent is known: the booking's service and day from the conversation when the message leaves
 * them out, the topics a booking detail does not ask about dropped, and no service answer for a subject the handbook
 * lacks.
 */
export function settleReading(h: Handbook, model: UnderstandingModel, x: SettleInput): Understanding {
  const { input, t, intent, read, inBooking, slots, services, service, hasDate, hasTime } = x;
  let topics = x.topics;
  // "…rubs the brake pad, I need it trued, how much?": the booking's service is the bookable one (its price is asked).
  if (intent === "book" && services.length > 1) slots.service = wantedService(h, x.norm, services) ?? service;
  // A slot proposed as a question ("…the week after, same day and time?") is the answer; the slot grid or hours its
  // words touch are not asked about.
  if (intent === "provide_details" && (read === "question" || x.onlyDetails || (inBooking && WEEK_ON.test(t))))
    topics = [];
  // "Ok, book me tomorrow at 9:30" right after asking about a tune-up books the one bookable service just asked about
  // (a day and a clock time out of the blue start a booking whatever the intent: see decide-turn).
  const startsBooking =
    intent === "book" || intent === "provide_details" || (hasDate && hasTime && intent === "unknown");
  // "Tune up, 4pm, Tess Nguyen": a name the tagger found counts once the message is read as a booking, even when the
  // intent classifier alone leaned elsewhere.
  if (!slots.name && (intent === "book" || x.onlyDetails) && x.personNames[0]) slots.name = x.personNames[0].value;
  // "Ok book it for Tuesday at 11" when the service is still to be given: the one just asked about.
  const serviceOpen = !inBooking || input.expecting === "service";
  if (!service && serviceOpen && startsBooking) slots.service = serviceAskedBefore(h, input.history);
  // "Both wheels, so what's the total? can I walk in with it": a count of units with no service named is about the
  // service asked before.
  // "…and what does it cost?" after asking about a flat fix: "it" is that service too.
  const counted =
    (/\b(both|total|two|three|four|each|[2-9])\b/.test(t) && topics.some((x) => x === "prices" || x === "walk_in")) ||
    (/\b(it|that|that one|this one)\b/.test(t) && topics.some((x) => x === "prices" || x === "duration"));
  if (intent === "question" && !service && counted) slots.service = serviceAskedBefore(h, input.history, true);
  // "Can I still reserve a time so I don't have to wait?" right after a walk-in job: that job's walk-in answer.
  const aboutBooking = topics.every((x) => x === "prices" || x === "booking_policy" || x === "walk_in");
  if (intent === "question" && !service && aboutBooking && BOOK_VERB.test(t)) {
    const before = serviceAskedBefore(h, input.history, true);
    if (before && h.services.find((x) => x.id === before)?.booking !== "required") {
      slots.service = before;
      topics = ["walk_in"];
    }
  }
  // "What time do you open tomorrow?" then "book me a tune-up for opening time then": the day asked about.
  if (!hasDate && !inBooking && startsBooking) slots.dateText = dayAskedBefore(h, input.history, t, input.now);
  // "…and is the free inspection really free?": a service named in a question with no topic of its own is asked about.
  if (
    intent === "question" &&
    service &&
    topics.length &&
    !topics.some((x) => SERVICE_TOPICS.includes(x)) &&
    serviceAskedAlone(h, model, x.asked, service)
  )
    topics.push("services");
  // "Earliest slot friday?" asks about the slot grid even when the topic classifier reads no topic.
  if (intent === "question" && !topics.length && SLOT_GRID.test(t)) topics.push("booking_policy");
  // "Student discount on a tune-up?" is about the discount, which the handbook never mentions: no service answer.
  if (x.unknownSubject && intent === "question")
    return { intent, topics: [], slots: { ...slots, service: null, services: null } };
  return { intent, topics: [...new Set(topics)], slots };
}
