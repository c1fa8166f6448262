import type { Handbook } from "../../knowledge-base/index";
import type { UnderstandInput } from "../provider";
import { resolveDate, resolvePartOfDay, resolveTime } from "../resolve-date";
import type { Intent, Understanding } from "../schema";
import { detectNotOffered, detectService, detectTopics, isCancellationPolicyQuestion } from "./detect-topics";
import { extractContact, extractName } from "./extract-identity";

const YES = /^(yes|yep|yeah|yup|ya|sure|correct|confirm(ed)?|sounds good|perfect|ok(ay)?|please do|book it|that'?s right|right|great|do it|go ahead|absolutely|definitely|y)\b/;
const NO = /^(no|nope|nah|not quite|wrong|that'?s wrong|n)\b/;
const ABORT = /\b(never ?mind|forget it|stop|don'?t book|scrap that|cancel that|changed my mind about booking)\b/;
const HANDOFF = /\b(human|real person|someone real|speak to (someone|a person|staff|the owner)|talk to (someone|a person|staff|the owner|a human)|agent|call me back|representative)\b/;
const BOOK = /\b(book|booking|appointment|schedule|reserve|drop (it|my bike|the bike|off)|drop-off|dropoff|bring (it|my bike) in|slot|come in|come by for|get .* (done|in)|i'?ll come|i want a|i need a|i'?d like a)\b/;
const RECALL = /\b(my (booking|appointment|reservation)|when is my|do i have (a|an) (booking|appointment)|check (on )?my (booking|appointment|reservation))\b/;
const CANCEL_BOOKING = /\b(cancel|reschedule|move) (my|the|our|this)? ?(booking|appointment|reservation|tune-?up|slot|drop-?off)?\b|\bneed to cancel\b|\bwant to cancel\b|\bcan'?t make it\b/;
const NEW_BOOKING = /\b(book (a|an|another|me)|schedule (a|an|another)|reserve (a|an)|make (a|an|another) (booking|appointment))\b/;
const GREETING = /^(hi|hello|hey|howdy|good (morning|afternoon|evening)|yo|hiya)\b[\s!.,]*$/;
const THANKS = /^(thanks|thank you|thx|ty|cheers|great,? thanks|perfect,? thanks|awesome)\b[\s!.,a-z]*$/;
const UNKNOWN_SUBJECT = /\b(discounts?|coupons?|promo|vouchers?|price match|financ\w*|trade-?ins?|loaner|delivery|pick-?up service|mobile (service|repair)|membership|gift cards?|student|military|senior|lay-?away|insurance)\b/;
const QUESTION = /\?|^(what|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|may)\b|\b(wondering|tell me|curious)\b/;

/** Rule-based reading of one message (the offline engine's understanding job): keywords, patterns, the date library. */
export function understandOffline(h: Handbook, input: UnderstandInput): Understanding {
  const raw = input.message.normalize("NFKC").replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g, "");
  const t = raw.toLowerCase().trim();
  const inBooking = input.state.startsWith("booking");
  const expecting = input.expecting;
  const service = detectService(h, t);
  const notOffered = detectNotOffered(h, t);
  // Things the handbook says nothing about: never let a generic "do you offer…" turn them into a services answer.
  const unknownSubject = UNKNOWN_SUBJECT.test(t);
  const topics = detectTopics(t).filter((x) => !unknownSubject || (x !== "services" && x !== "prices"));
  if (notOffered.length) topics.push("not_offered");
  // A follow-up like "and on Thursdays?" inherits the topic of the previous question.
  if (topics.length === 0 && /^(and|what about|how about|also)\b|\?$/.test(t) && t.length < 60) {
    const lastUser = [...input.history].reverse().find((m) => m.role === "user");
    if (lastUser) topics.push(...detectTopics(lastUser.content.toLowerCase()).filter((x) => x === "hours" || x === "prices" || x === "busy_times" || x === "duration"));
  }
  const date = resolveDate(t, input.now, h.shop.timeZone);
  const time = resolveTime(t);
  const part = resolvePartOfDay(t);
  const contact = extractContact(raw);
  const name = extractName(raw, (expecting === "name" || expecting === "identity_name") && !date && !time && !service && !contact);
  const slots = {
    service,
    dateText: date ? raw : null,
    timeText: time || part ? raw : null,
    name,
    contact,
    notOffered: notOffered.length ? notOffered : null,
  };
  const hasBookingSlots = Boolean(service || date || time || part || name || contact);
  const intent = classify();
  // "Student discount on a tune-up?" is about the discount, which the handbook never mentions: no service answer.
  if (unknownSubject && intent === "question") return { intent, topics: [], slots: { ...slots, service: null } };
  return { intent, topics: [...new Set(topics)], slots };

  function classify(): Intent {
    if (GREETING.test(t)) return "greeting";
    if (HANDOFF.test(t)) return "handoff";
    if (THANKS.test(t) && !hasBookingSlots && topics.length === 0) return "thanks";
    if (input.state === "booking.confirming" && YES.test(t)) return "confirm";
    if (inBooking && ABORT.test(t)) return "deny";
    if (input.state === "booking.confirming" && NO.test(t)) return hasBookingSlots ? "provide_details" : "deny";
    if (/\bcancel/.test(t) && isCancellationPolicyQuestion(t)) return "question";
    if (CANCEL_BOOKING.test(t) && !inBooking && !topics.includes("cancellation_policy")) return "cancel_booking";
    if (RECALL.test(t) && !NEW_BOOKING.test(t)) return "recall_booking";
    if (topics.includes("walk_in") || topics.includes("not_offered")) return "question";
    if (unknownSubject && QUESTION.test(t)) return "question";
    if (BOOK.test(t) && !(QUESTION.test(t) && topics.some((x) => x !== "prices" && x !== "services") && !date && !time)) return "book";
    if (inBooking && hasBookingSlots && !QUESTION.test(t)) return "provide_details";
    if (topics.length > 0 || QUESTION.test(t)) return inBooking && hasBookingSlots && topics.length === 0 ? "provide_details" : "question";
    if (hasBookingSlots) return inBooking || expecting ? "provide_details" : service ? "book" : "unknown";
    if (YES.test(t) && inBooking) return "confirm";
    return "unknown";
  }
}
