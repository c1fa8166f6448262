import {
  type Entities,
  type Handbook,
  recognizeEntities,
  type ServiceId,
  ZERO_WIDTH,
} from "../../knowledge-base/index";
import type { UnderstandInput } from "../provider";
import type { Understanding } from "../schema";
import { sharedUnderstandingModel } from "../understanding/shared-model";
import type { UnderstandingModel } from "../understanding/understanding-model";
import { ranked, topicsOf } from "./classify-message";
import { decideIntent } from "./decide-intent";
import { detectNotOffered, detectServices, unknownPriceObject } from "./detect-services";
import { classifierText, ownContactOnly } from "./keyword-senses";

// Subjects the handbook never mentions: a generic "do you offer…" about them must not become a services answer.
const UNKNOWN_SUBJECT =
  /\b(discounts?|coupons?|promo|vouchers?|price match|financ\w*|trade-?ins?|loaner|delivery|pick-?up service|mobile (service|repair)|membership|gift cards?|student|military|senior|lay-?away|insurance)\b/;
const QUESTION =
  /\?\s*$|^(what|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|may)\b|\b(wondering|tell me|curious)\b/;
const BARE_HOUR =
  /(?:^\s*|\b(?:make it|change (?:it )?to|move (?:it )?to|switch (?:it )?to|say|at|for|to|how about|what about|do|try|around|about|by|maybe|rather|prefer)\s+)(\d{1,2}(?::[0-5]\d)?)\b(?!\s*(?:st|nd|rd|th|\/|-|days?|weeks?|bikes?|wheels?|cables?))/;
// "11 hour" (a non-native "11 o'clock") is an hour; "in 1 hour", "2 hours" are not.
const LONE_NUMBER =
  /(?<![\d:/$£€.-])(?<!\b(?:in|for|within|takes?|about|an?)\s+)\b(\d{1,2}(?::[0-5]\d)?)\b(?![:/.-]?\d|\s*(?:st|nd|rd|th|%|days?|weeks?|bikes?|wheels?|mins?|minutes?|hours|hrs?)\b)/g;

const SERVICE_WORD: [ServiceId, RegExp][] = [
  ["full_service", /\b(full|complete|big|everything|works|overhaul)\b/],
  ["tune_up", /\b(standard|basic|normal|regular|cheaper|cheapest|tune)\b/],
  ["truing", /\b(wheel|wheels|true|truing|rim)\b/],
  ["cable", /\b(cables?|brake cable|gear cable)\b/],
];

/** The bookable service a short answer to "which service?" names by one word ("the full one", "basic please"). */
function askedService(t: string): ServiceId[] {
  const hit = SERVICE_WORD.filter(([, re]) => re.test(t)).map(([id]) => id);
  return hit.length === 1 ? hit : [];
}

/**
 * One lone number beside a day in a booking ("saturday morning, 10", "Friday — 2 then"), or in the answer when the bot
 * asked for a time ("fine, 2 then"), is the hour. Date words and contacts are blanked first ("the 12th", a phone).
 */
function loneHour(e: Entities, expecting: string | null, withDay: boolean): RegExpExecArray | null {
  if (expecting !== "time" && !withDay) return null;
  let t = e.normalized.toLowerCase();
  for (const m of e.when.filter((x) => !(x.kind === "duration" && /^\d{1,2} hour$/i.test(x.text))))
    t = t.slice(0, m.start) + " ".repeat(m.end - m.start + 1) + t.slice(m.end + 1);
  for (const c of e.contacts) t = t.split(c.value.toLowerCase()).join(" ");
  const hits = [...t.matchAll(LONE_NUMBER)].filter((h) => Number(h[1]!.split(":")[0]) <= 23);
  return hits.length === 1 ? hits[0]! : null;
}
const EARLIEST =
  /\b(first|earliest) (slot|thing|available|one|time)\b|\bearliest\b|\bsoonest\b|\bnext (available|free|open)\b|\bas soon as (possible|you can)\b|\basap\b|\b(last|latest|final) (drop-?\s?off )?(slot|drop-?\s?off|appointment)\b|\bas late as (possible|you can)\b/;

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
  // Answering "which service?": "the full one", "standard", "the wheel one" name a bookable service by one word.
  if (!services.length && expecting === "service") services.push(...askedService(norm));
  const service = services[0] ?? null;
  const notOffered = detectNotOffered(h, norm);
  const unknownSubject =
    UNKNOWN_SUBJECT.test(t) || (!service && !notOffered.length && unknownPriceObject(h, classifierText(norm)));
  // Markup and links carry no meaning for the classifiers ("<script>…</script> ![x](http://…) what are your hours?").
  const plain = classifierText(raw)
    .replace(/<[^>]*>/g, " ")
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
  const ownContact = ownContactOnly(t);
  let topics = topicsOf(model, plain).filter(
    (x) => !(unknownSubject && (x === "services" || x === "prices")) && !(ownContact && x === "contact"),
  );
  if (notOffered.length) topics.push("not_offered");
  // A follow-up like "and on Thursdays?" inherits the topic of the previous question.
  if (topics.length === 0 && /^(and|what about|how about|also)\b|\?$/.test(t) && t.length < 60) {
    const lastUser = [...input.history].reverse().find((m) => m.role === "user");
    if (lastUser)
      topics = topicsOf(model, lastUser.content).filter(
        (x) => x === "hours" || x === "prices" || x === "busy_times" || x === "duration",
      );
  }
  const { top, p, scores } = ranked(model, plain);
  const bookable = services.some((x) => h.services.find((y) => y.id === x)?.booking === "required");
  const bookingFlow = inBooking || expectingName || top === "book" || top === "details";
  // A month that is part of the name given ("June Whitaker") is not a date.
  const names = e.names.map((n) => n.value.toLowerCase());
  const when = e.when.filter((m) => !names.some((n) => n.split(" ").includes(m.text.toLowerCase())));
  const flags = whenFlags({ ...e, when }, norm);
  const { hasDate } = flags;
  // In a booking, a bare hour is a clock time: "make it 11 instead", "11" when the time was asked for, "Sat, 10".
  const bareHour =
    (bookingFlow || bookable) && !when.some((m) => m.times.length > 0 || (m.timeRanges.length > 0 && !m.partOfDay))
      ? ((inBooking ? BARE_HOUR.exec(norm) : null) ?? loneHour(e, expecting, hasDate))
      : null;
  const hasTime = flags.hasTime || bareHour !== null;
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
  const intent = decideIntent({
    t,
    state,
    expecting,
    inBooking,
    expectingName,
    top,
    p,
    scores,
    topics,
    notOffered,
    service,
    bookable,
    hasDate,
    // "You are now…" names no day: "now" counts as a day or a clock time only for hours and walk-in answers.
    dayNamed: when.some((m) => m.dates.length > 0 && m.timex !== "PRESENT_REF"),
    hasTime,
    hasClock: bareHour !== null || when.some((m) => m.times.length > 0 && m.timex !== "PRESENT_REF"),
    hasSlots,
    name,
    contact,
    isQuestion,
    unknownSubject,
  });
  // "Student discount on a tune-up?" is about the discount, which the handbook never mentions: no service answer.
  if (unknownSubject && intent === "question")
    return { intent, topics: [], slots: { ...slots, service: null, services: null } };
  return { intent, topics: [...new Set(topics)], slots };
}
