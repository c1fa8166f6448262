import { type Entities, type Handbook, recognizeEntities, ZERO_WIDTH } from "../../knowledge-base/index";
import type { UnderstandInput } from "../provider";
import type { Understanding } from "../schema";
import { noKnownWord, unknownWords } from "../understanding/known-words";
import { sharedUnderstandingModel } from "../understanding/shared-model";
import type { UnderstandingModel } from "../understanding/understanding-model";
import { ANAPHOR, clauses, ranked, topicsOf, wantsPerson } from "./classify-message";
import { BOOK_VERB, decideIntent, NEED_TO_BOOK } from "./decide-intent";
import { detectNotOffered, detectServices, unknownPriceObject } from "./detect-services";
import { classifierText, ownContactOnly } from "./keyword-senses";
import { refineTopics } from "./refine-topics";

// Subjects the handbook never mentions: a generic "do you offer…" about them must not become a services answer.
const UNKNOWN_SUBJECT =
  /\b(discounts?|coupons?|promo|vouchers?|price match|financ\w*|trade-?ins?|loaner|delivery|pick-?up service|mobile (service|repair)|membership|gift cards?|student|military|senior|lay-?away|insurance)\b/;
const QUESTION =
  /\?\s*$|^(what|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|may)\b|\b(wondering|tell me|curious)\b/;
const BARE_HOUR =
  /(?:^\s*|\b(?:make it|change (?:it )?to|move (?:it )?to|switch (?:it )?to|say|at|for|to|how about|what about|do|try|around|about|by|maybe|rather|prefer)\s+)(\d{1,2}(?::[0-5]\d)?)\b(?!\s*(?:st|nd|rd|th|\/|-|days?|weeks?|bikes?|wheels?|cables?))/;
const LONE_NUMBER =
  /(?<![\d:/$£€.-])\b(\d{1,2}(?::[0-5]\d)?)\b(?![:/.-]?\d|\s*(?:st|nd|rd|th|%|days?|weeks?|bikes?|wheels?|mins?|minutes?|hours?|hrs?)\b)/g;

/** When the bot asked for a time, one lone number in the answer is the hour ("fine, 2 then", "ugh ok 11 i guess"). */
function askedHour(t: string, expecting: string | null): RegExpExecArray | null {
  if (expecting !== "time") return null;
  const hits = [...t.matchAll(LONE_NUMBER)];
  return hits.length === 1 ? hits[0]! : null;
}
const PHRASAL_BY = /\b(come|coming|stop|stopping|swing|swinging|drop|dropping|pop|popping|pass|roll|nip|stroll) by\b/gi;
const SEASON_GREETING =
  /\b(merry|happy|blessed)\s+(christmas( eve)?|new year'?s?( eve| day)?|thanksgiving|holidays|hanukkah|easter)\b/gi;
const PAST_TOLD = /\b(yesterday|ago|last|earlier|previous)\b/i;
const PRESENT = /^(right now|now|rn|just now|at the moment|currently|this minute)$/i;
const EARLIEST =
  /\b(first|earliest) (slot|thing|available|one|time)\b|\bearliest\b|\b(last|latest|final) (drop-?\s?off )?(slot|drop-?\s?off|appointment)\b|\bas late as (possible|you can)\b/;

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
    .slice(0, 4000)
    // "xmas eve" is Christmas Eve to the date recogniser too (it would read "xmas" alone as the 25th).
    .replace(/\bx-?mas\b/gi, "Christmas");
  const t = raw.toLowerCase().trim();
  const state = input.state;
  const inBooking = state.startsWith("booking");
  const expecting = input.expecting;
  // A bare "Mo Ali" in the middle of a booking is a name even when the bot asked for something else.
  const expectingName =
    expecting === "name" ||
    expecting === "identity_name" ||
    (inBooking && /^\s*\p{L}[\p{L}'’.-]*(\s+\p{L}[\p{L}'’.-]*){0,2}\s*$/u.test(raw));
  // "Come by tomorrow" is coming over, not "by (before) tomorrow"; "merry Christmas Eve!" greets, it names no day.
  const forDates = raw.replace(PHRASAL_BY, "$1 over").replace(SEASON_GREETING, " ");
  const e = recognizeEntities(forDates, { now: input.now, timeZone: h.shop.timeZone, expectingName });
  const norm = e.normalized.toLowerCase();
  const services = detectServices(h, norm);
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
  // Words the shop has never seen, in what is asked ("do you do tubeless conversions?") or anywhere when the question
  // points back ("my phone mount snapped, do you fix those?").
  const asked = clauses(plain).filter((c) => c.asks);
  const askedText =
    asked.length && !asked.some((c) => ANAPHOR.test(c.text)) ? asked.map((c) => c.text).join(" ") : plain;
  const strangeWords = unknownWords(h, askedText).length > 0;
  let topics = refineTopics(topicsOf(model, plain), {
    service,
    notOffered,
    unknownSubject,
    ownContact,
    strangeWords,
    asksExistence: /^(is there|are there|do you (have|got|offer)|have you got|got any|any)\b/.test(t),
    asksIfBookingNeeded: NEED_TO_BOOK.test(t),
  });
  // A booking detail that asks nothing ("tomorrow then, same time", "Gabriel Costa") answers no handbook topic.
  if (inBooking && !QUESTION.test(t) && !asked.length) topics = [];
  if (notOffered.length) topics.push("not_offered");
  // A follow-up like "and on Thursdays?" inherits the topic of the previous question.
  if (topics.length === 0 && /^(and|what about|how about|also)\b|\?$/.test(t) && t.length < 60) {
    const lastUser = [...input.history].reverse().find((m) => m.role === "user");
    if (lastUser)
      topics = topicsOf(model, lastUser.content).filter(
        (x) => x === "hours" || x === "prices" || x === "busy_times" || x === "duration",
      );
  }
  const { top, p, scores } = wantsPerson(model, plain, ranked(model, plain));
  // "My phone died yesterday", "got it tuned 2 weeks ago": a day told in the past is narrative, not the day asked
  // about (in a booking it stays, to be refused with the reason).
  const booking = inBooking || top === "book" || top === "details";
  const told = booking
    ? []
    : e.when.filter((w) => PAST_TOLD.test(w.text) && w.dates.every((d) => d.relation === "past"));
  const whenText = told.reduce((x, w) => x.replace(w.text, " "), forDates);
  const flags = whenFlags({ ...e, when: e.when.filter((w) => !told.includes(w)) }, norm);
  // "Can I drop my bike off now?" asks about this moment (the answer reads the shop's clock); it names no booking day.
  if (e.when.length && e.when.every((w) => PRESENT.test(w.text.trim()))) flags.hasDate = flags.hasTime = false;
  const { hasDate } = flags;
  // In a booking, a bare hour is a clock time: "make it 11 instead", "11" when the time was asked for.
  const bareHour = inBooking && !flags.hasTime ? (BARE_HOUR.exec(norm) ?? askedHour(norm, expecting)) : null;
  const hasTime = flags.hasTime || bareHour !== null;
  const bookingFlow = inBooking || expectingName || top === "book" || top === "details";
  const nameHit = e.names.find((n) => n.cue !== "tagger") ?? (bookingFlow ? e.names[0] : undefined);
  const name = nameHit?.value ?? null;
  const contact = e.contacts[0]?.value ?? null;
  const slots = {
    service,
    services: services.length > 1 ? services : null,
    dateText: hasDate ? whenText : null,
    timeText: bareHour ? `at ${bareHour[1]}` : hasTime ? whenText : null,
    name,
    contact,
    notOffered: notOffered.length ? notOffered : null,
  };
  const hasSlots = Boolean(service || hasDate || hasTime || name || contact);
  const isQuestion = QUESTION.test(t);
  const bookable = services.some((x) => h.services.find((y) => y.id === x)?.booking === "required");
  // The booking verb counts only beside what is booked: "I book flights for work. what's in a full service?" asks.
  const bookVerb = (norm.match(/[^.?!;\n]+/g) ?? []).some(
    (x) =>
      BOOK_VERB.test(x) && (detectServices(h, x).length > 0 || e.when.some((w) => x.includes(w.text.toLowerCase()))),
  );
  // Letters with no word the shop knows and nothing recognised ("aaaa…"): there is nothing to read, so no guess.
  // (Not while a booking or a lookup awaits an answer: "sí, confirmo" is a yes the classifier may still read.)
  const unreadable =
    !inBooking && state !== "managing_booking" && noKnownWord(h, plain) && !hasSlots && !notOffered.length;
  const intent = unreadable
    ? "unknown"
    : decideIntent({
        asking:
          /^(what|when|where|how|why|who|which|is|are|do|does|can|could|will|would)\b/.test(t) ||
          asked.some((c) => c.worded),
        bookVerb,
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
        hasTime,
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
