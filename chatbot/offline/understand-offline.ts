import {
  type Entities,
  type Handbook,
  recognizeEntities,
  type ServiceId,
  ZERO_WIDTH,
} from "../../knowledge-base/index";
import { WEEK_ON } from "../booking-dates";
import { MOVES_BOOKING } from "../decide-booking";
import type { UnderstandInput } from "../provider";
import type { Understanding } from "../schema";
import { noKnownWord, unknownWords } from "../understanding/known-words";
import { sharedUnderstandingModel } from "../understanding/shared-model";
import type { UnderstandingModel } from "../understanding/understanding-model";
import { bookingSideIntent } from "./booking-side-intent";
import { ANAPHOR, type Clause, clauses, ranked, topicsOf, wantsPerson } from "./classify-message";
import { dayAskedBefore } from "./day-asked-before";
import { decideIntent } from "./decide-intent";
import { detailsOnly, serviceWords } from "./details-only";
import { detectNotOffered, detectServices, keptServices, unknownPriceObject } from "./detect-services";
import { BOOK_VERB, NEED_TO_BOOK, SLOT_GRID } from "./intent-cues";
import { classifierText, ownContactOnly } from "./keyword-senses";
import { daysOfGettingBack } from "./put-off";
import { asksNotBooks } from "./question-not-booking";
import { refineTopics } from "./refine-topics";
import { serviceAskedBefore } from "./service-asked-before";
import { wantedService } from "./wanted-service";

// Subjects the handbook never mentions: a generic "do you offer…" about them must not become a services answer.
const UNKNOWN_SUBJECT =
  /\b(discounts?|coupons?|promo|vouchers?|price match|financ\w*|trade-?ins?|loaner|delivery|pick-?up service|mobile (service|repair)|membership|gift cards?|student|military|senior|lay-?away|insurance)\b/;
const QUESTION =
  /\?\s*$|^(what|when|where|how|why|who|which|do|does|did|is|are|can|could|will|would|should|may)\b|\b(wondering|tell me|curious)\b/;
const BARE_HOUR =
  /(?:^\s*|\b(?:make it|change (?:it )?to|move (?:it )?to|switch (?:it )?to|say|at|for|to|how about|what about|do|try|around|about|by|maybe|rather|prefer)\s+)(\d{1,2}(?::[0-5]\d)?)\b(?!\s*(?:st|nd|rd|th|\/|-|days?|weeks?|bikes?|wheels?|cables?))/;
// "11 hour" (a non-native "11 o'clock") is an hour; "in 1 hour", "2 hours" are not; "after 5", "till 6" only bound one.
const LONE_NUMBER =
  /(?<![\d:/$£€.-])(?<!\b(?:in|for|within|takes?|an?|after|before|until|till|til|past|from)\s+)\b(\d{1,2}(?::[0-5]\d)?)\b(?![:/.-]?\d|\s*(?:st|nd|rd|th|%|days?|weeks?|bikes?|wheels?|mins?|minutes?|hours|hrs?)\b)/g;

const SERVICE_WORD: [ServiceId, RegExp][] = [
  ["full_service", /\b(full|complete|big|everything|works|overhaul)\b/],
  ["tune_up", /\b(standard|basic|normal|regular|cheaper|cheapest|tune)\b/],
  ["truing", /\b(wheel|wheels|true|truing|rim)\b/],
  ["cable", /\b(cables?|brake cable|gear cable)\b/],
];

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The one service whose price a message names as its choice ("the $179 one", "the 89 dollar service"). */
function pricedService(h: Handbook, t: string): ServiceId[] {
  const m = /(?:\$\s?(\d{2,3})|\b(\d{2,3})\s?(?:dollars?|bucks|usd))\s+(one|service|job|option|package|thing)\b/.exec(
    t,
  );
  const price = Number(m?.[1] ?? m?.[2] ?? Number.NaN);
  const hit = h.services.filter((x) => x.priceUsd === price);
  return hit.length === 1 ? [hit[0]!.id] : [];
}

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
  // "I meant 3, not 2", "11 rather than 10": an hour turned down is no candidate.
  const meant = hits.filter((x) => !TURNED_DOWN.test(t.slice(Math.max(0, x.index - 14), x.index)));
  return meant.length === 1 ? meant[0]! : null;
}
/** The bare hour is said approximately ("about 11", "around 4", "11 or so"). */
function approxHour(t: string, hour: string): boolean {
  return new RegExp(`\\b(about|around|roughly|approx\\w*|circa)\\s+${hour}\\b|\\b${hour}\\s*(-?ish|or so)\\b`).test(t);
}
/** Yes and no words, letters held down collapsed ("yesss" → "yes", "nooo" → "no"). */
const AFFIRM_OR_NEGATE = /^(yes|ye|yep|yeah|yah|ya|yup|ok|okay|ok|sure|no|nope|nah|na|yea|aye|cheers|thanks|thx)$/;
/** Words before "here" that name no one ("I'm here", "it's here", "over here"). */
const NOT_A_NAME =
  /^(i'?m|im|it'?s|its|is|are|was|over|right|come|from|out|in|up|down|here|there|this|that|me|we|you)$/i;
const PHRASAL_BY = /\b(come|coming|stop|stopping|swing|swinging|drop|dropping|pop|popping|pass|roll|nip|stroll) by\b/gi;
const SEASON_GREETING =
  /\b(merry|happy|blessed)\s+(christmas( eve)?|new year'?s?( eve| day)?|thanksgiving|holidays|hanukkah|easter)\b/gi;
const CORRECTION =
  /\b(actually|instead|wait|rather|sorry|scratch that|make (?:it|that)|use (?:my|this|that)|i meant|i mean|meant to say)\b/;
/** Words just before a value being turned down ("not 2", "instead of 10", "rather than 4"). */
const TURNED_DOWN = /\b(not|instead of|rather than|no longer)\s+(at\s+)?$/;
const PAST_TOLD = /\b(yesterday|ago|last|earlier|previous|back)\b/i;
const PRESENT = /^(right now|now|rn|just now|at the moment|currently|this minute)$/i;
const EARLIEST =
  /\b(first|earliest) (slot|thing|available|one|time)\b|\bearliest\b|\bsoonest\b|\bnext (available|free|open)\b|\bas soon as (possible|you can)\b|\basap\b|\b(last|latest|final) (drop-?\s?off )?(slot|drop-?\s?off|appointment)\b|\bas late as (possible|you can)\b|\b(for|at) opening( time)?\b/;

/** Words of walking in rather than booking ("walk in", "pop in", "no appointment", "first come"). */
const WALK_IN_CUE =
  /\bwalk|\b(turn|show|pop|drop|swing|come|stop|rock) (up|in|by|round|over)\b|\bwithout (a |an )?(booking|appointment)|\bno (booking|appointment)|\bfirst come|\bwait\b|\bdrop-in/;

/** Words of the slot grid ("on the hour", "11:15", "half-hourly slots"). */
const SLOT_GRID_CUE = /\b(slots?|on the hour|half[ -]?hour\w*|quarter (past|to)|\d{1,2}:\d{2})\b/;

/** A condition ("if I bring it in for a full service, …"), not a request. */
const CONDITION = /^(if|once|when|whenever|assuming|in case)\b/i;

/**
 * The request-vs-question classifier's reading of a message: a request in any clause counts ("how much is a tune-up
 * and can I book one for Tuesday?" asks for the work), a condition does not.
 */
function requestIn(model: UnderstandingModel, text: string): number {
  const pieces = [text, ...clauses(text).map((c) => c.text)].filter((x) => !CONDITION.test(x.trim()) || x === text);
  return Math.max(...pieces.map((x) => model.request.scores(x).request ?? 0));
}

/** Topics whose answer is about a named service. */
const SERVICE_TOPICS: string[] = ["services", "prices", "duration", "walk_in", "booking_policy", "ebike"];

/** Whether an asking clause names the service and no handbook topic ("is the inspection really no strings attached?"). */
function serviceAskedAlone(h: Handbook, model: UnderstandingModel, asked: Clause[], service: ServiceId): boolean {
  return asked.some(
    (c) => detectServices(h, c.text.toLowerCase()).includes(service) && topicsOf(model, c.text).length === 0,
  );
}

/** "Thursday after 5": a lower bound on the time, read as a part of the day. */
const AFTER_HOUR = /\bafter ([1-9]|1[0-2])(:[0-5]\d)?\s*(am|pm)?\b/;

/** Whether a service must be booked (not walk-in). */
const isBookable = (h: Handbook, id: ServiceId) => h.services.find((y) => y.id === id)?.booking === "required";

/** Dates, times and parts of day the entity layer found. */
function whenFlags(e: Entities, t: string) {
  const hasDate = e.when.some((m) => m.dates.length > 0 || m.dateRange !== null || m.kind === "recurring");
  const hasTime =
    e.when.some((m) => m.times.length > 0 || m.timeRanges.length > 0 || m.partOfDay !== null) ||
    EARLIEST.test(t) ||
    AFTER_HOUR.test(t);
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
    (inBooking && /^\s*\p{L}[\p{L}'’.-]*(\s+\p{L}[\p{L}'’.-]*){0,3}\s*$/u.test(raw));
  // "Come by tomorrow" is coming over, not "by (before) tomorrow"; "merry Christmas Eve!" greets, it names no day.
  const forDates = raw.replace(PHRASAL_BY, "$1 over").replace(SEASON_GREETING, " ");
  // The offline engine reads no amounts of money: the currency recogniser is never loaded for it.
  const e = recognizeEntities(forDates, { now: input.now, timeZone: h.shop.timeZone, expectingName, money: false });
  // A letter held down ("wheeel", "pleeease") is read as typed twice, so the handbook's words still match.
  const norm = e.normalized.toLowerCase().replace(/(\p{L})\1{2,}/gu, "$1$1");
  const services = keptServices(h, norm, detectServices(h, norm));
  // Answering "which service?": "the full one", "standard", "the wheel one" name a bookable service by one word.
  if (!services.length && expecting === "service") services.push(...askedService(norm));
  // "Get the whole thing done, the $179 one": a price that is one service's names that service.
  if (!services.length) services.push(...pricedService(h, norm));
  const service = services[0] ?? null;
  const notOffered = detectNotOffered(h, norm);
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
  // A subject the handbook lacks counts where it is asked about: "cancel my gym membership, wrong chat — open till 3
  // on Saturday?" asks about the hours.
  const unknownSubject =
    UNKNOWN_SUBJECT.test(askedText.toLowerCase()) ||
    (!service && !notOffered.length && unknownPriceObject(h, classifierText(norm)));
  const strangeWords = unknownWords(h, askedText).length > 0;
  let topics = refineTopics(topicsOf(model, plain), {
    service,
    notOffered,
    unknownSubject,
    ownContact,
    strangeWords,
    asksExistence: /^(is there|are there|do you (have|got|offer)|have you got|got any|any)\b/.test(t),
    asksIfBookingNeeded: NEED_TO_BOOK.test(t),
    walkInWords: WALK_IN_CUE.test(t) || !SLOT_GRID_CUE.test(t),
  });
  // A booking detail that asks nothing ("tomorrow then, same time", "Gabriel Costa") answers no handbook topic.
  if (inBooking && !QUESTION.test(t) && !asked.length) topics = [];
  if (notOffered.length) topics.push("not_offered");
  // A follow-up like "and on Thursdays?" inherits the topic of the previous question; one naming a day and a clock
  // time ("how about the 17th then, 4:30?") asks for a slot instead.
  const slotAsked = e.when.some((m) => m.times.length > 0) && e.when.some((m) => m.dates.length > 0);
  if (topics.length === 0 && !slotAsked && /^(and|what about|how about|also)\b|\?$/.test(t) && t.length < 60) {
    const lastUser = [...input.history].reverse().find((m) => m.role === "user");
    if (lastUser)
      topics = topicsOf(model, lastUser.content).filter(
        (x) => x === "hours" || x === "holidays" || x === "prices" || x === "busy_times" || x === "duration",
      );
  }
  const { top, p, scores } = wantsPerson(model, plain, ranked(model, plain));
  const bookable = services.some((x) => isBookable(h, x));
  // "Can we move it to 4 instead?" right after booking: the booking just made is being changed.
  const moving = state === "booked" && MOVES_BOOKING.test(t);
  const bookingFlow = inBooking || moving || expectingName || top === "book" || top === "details";
  // "My phone died yesterday", "got it tuned 2 weeks ago": a day told in the past is narrative, not the day asked
  // about (in a booking it stays, to be refused with the reason).
  const booking = inBooking || top === "book" || top === "details";
  // "Nah I'll phone you tomorrow": the day the customer will be back in touch is no day to book, in any state.
  const later = daysOfGettingBack(e.normalized, e.when);
  const told = booking
    ? later
    : [...later, ...e.when.filter((w) => PAST_TOLD.test(w.text) && w.dates.every((d) => d.relation === "past"))];
  const whenText = told.reduce((x, w) => x.replace(w.text, " "), forDates);
  // A bare answer only guessed to be a name (the bot asked for something else) is a clock time when the recogniser
  // reads one in it ("around noon", "midday-ish" while a time is awaited); a month in a name ("June Whitaker") is not.
  const guessed = expectingName && expecting !== "name" && expecting !== "identity_name";
  const clockIn = (n: string) =>
    e.when.some((m) => (m.times.length > 0 || m.dates.length > 0 || m.dateRange) && n.includes(m.text.toLowerCase()));
  // "Truing" answering "which service?" names the service, not a person; "my buddy says…" is someone, not a name.
  const known = serviceWords(h);
  // "hey!! gabby here (gabby@…)": a name followed by "here" at the start introduces the customer.
  const here = /^[^\p{L}]*(?:(?:hey|hi|hello|hiya|yo|morning|evening)[^\p{L}]+)*(\p{L}[\p{L}'’-]{1,})\s+here\b/iu.exec(
    raw,
  )?.[1];
  const introduced =
    here && !e.names.length && !NOT_A_NAME.test(here) && !serviceWords(h).has(here.toLowerCase())
      ? [{ value: here[0]!.toUpperCase() + here.slice(1), cue: "explicit" as const }]
      : [];
  const personNames = [...e.names, ...introduced].filter(
    (n) =>
      // "Yesss", "okk", "nope" answer; they are never a name.
      !AFFIRM_OR_NEGATE.test(n.value.toLowerCase().replace(/(\p{L})\1+/gu, "$1")) &&
      !(guessed && n.cue === "expected" && clockIn(n.value.toLowerCase())) &&
      !n.value
        .toLowerCase()
        .split(/\s+/)
        .every((w) => known.has(w)) &&
      !(n.cue === "tagger" && new RegExp(`\\b(my|our|his|her|their|your) ${escapeRe(n.value)}\\b`, "i").test(raw)),
  );
  // "June", answering "what name should I put it under?": a month word alone is the name asked for.
  const nameAsked = expecting === "name" || expecting === "identity_name";
  const month = /^\s*(april|may|june|july|august)[.!]?\s*$/i.exec(raw)?.[1];
  if (nameAsked && month && !personNames.length)
    personNames.push({ value: month[0]!.toUpperCase() + month.slice(1), cue: "expected" });
  const names = personNames.map((n) => n.value.toLowerCase());
  const when = e.when.filter(
    (m) => !told.includes(m) && !names.some((n) => n.split(" ").includes(m.text.toLowerCase())),
  );
  const flags = whenFlags({ ...e, when }, norm);
  // "Can I drop my bike off now?" asks about this moment (the answer reads the shop's clock); it names no booking day.
  if (e.when.length && e.when.every((w) => PRESENT.test(w.text.trim()))) flags.hasDate = flags.hasTime = false;
  const { hasDate } = flags;
  // In a booking, a bare hour is a clock time: "make it 11 instead", "11" when the time was asked for, "Sat, 10".
  const bareHour =
    (bookingFlow || bookable) && !when.some((m) => m.times.length > 0 || (m.timeRanges.length > 0 && !m.partOfDay))
      ? ((inBooking || moving ? BARE_HOUR.exec(norm) : null) ??
        loneHour(e, expecting, hasDate || (inBooking && CORRECTION.test(t))))
      : null;
  const hasTime = flags.hasTime || bareHour !== null;
  const nameHit = personNames.find((n) => n.cue !== "tagger") ?? (bookingFlow ? personNames[0] : undefined);
  const name = nameHit?.value ?? null;
  // "x@mail.com… wait, actually use my phone 503-555-0100": after a correction word the later contact replaces it.
  const corrected = e.contacts.length > 1 && CORRECTION.test(t.slice(t.indexOf(e.contacts[0]!.value.toLowerCase())));
  const contact = (corrected ? e.contacts.at(-1) : e.contacts[0])?.value ?? null;
  const slots = {
    service,
    services: services.length > 1 ? services : null,
    dateText: hasDate ? whenText : null,
    // "Saturday, about 11": the hour keeps its "about", so the booking takes the nearest slot and says so.
    timeText: bareHour
      ? `${approxHour(norm, bareHour[1]!) ? "around" : "at"} ${bareHour[1]}`
      : hasTime
        ? whenText
        : null,
    name,
    contact,
    notOffered: notOffered.length ? notOffered : null,
  };
  const hasSlots = Boolean(service || hasDate || hasTime || name || contact);
  const isQuestion = QUESTION.test(t);
  // The booking verb counts only beside what is booked: "I book flights for work. what's in a full service?" asks.
  const bookVerb = (norm.match(/[^.?!;\n]+/g) ?? []).some(
    (x) =>
      BOOK_VERB.test(x) && (detectServices(h, x).length > 0 || e.when.some((w) => x.includes(w.text.toLowerCase()))),
  );
  // Letters with no word the shop knows and nothing recognised ("aaaa…"): there is nothing to read, so no guess.
  // (Not while a booking or a lookup awaits an answer: "sí, confirmo" is a yes the classifier may still read.)
  // A bare word only guessed to be a name ("y", "yessir" at the confirmation) is no detail given.
  const sureNames = personNames.filter((n) => !(guessed && n.cue === "expected")).map((n) => n.value);
  const onlyDetails = detailsOnly(h, { ...e, when }, sureNames, services.length, inBooking ? 1 : 2);
  const unreadable =
    !inBooking && state !== "managing_booking" && noKnownWord(h, plain) && !hasSlots && !notOffered.length;
  const read = unreadable
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
        // "You are now…" names no day: "now" counts as a day or a clock time only for hours and walk-in answers.
        dayNamed: when.some((m) => m.dates.length > 0 && m.timex !== "PRESENT_REF"),
        hasTime,
        hasClock: bareHour !== null || when.some((m) => m.times.length > 0 && m.timex !== "PRESENT_REF"),
        hasSlots,
        name,
        contact,
        isQuestion,
        unknownSubject,
        request: requestIn(model, plain),
        detailsOnly: onlyDetails,
      });
  // A booking put off, asked for beside a question or a name, or a slot proposed as a question (booking side).
  const givesWho = Boolean(name || contact);
  const givesDetail = Boolean(service || givesWho || when.length || bareHour);
  const sided = bookingSideIntent({
    intent: read,
    t,
    norm,
    state,
    expecting,
    hasDate,
    hasTime,
    topics,
    bookable,
    givesDetail,
    givesWho,
  });
  // A question (or a story) read as a new booking only asks: "do you do tune-ups on Sundays?", "…before my appointment".
  const asksOnly = sided === "book" && asksNotBooks(h, { norm, state, isQuestion: QUESTION.test(t), when });
  const intent = asksOnly ? "question" : sided;
  // "Do you do tune-ups on Sundays?" asks whether that day is open: its hours answer it.
  if (asksOnly && hasDate && !topics.length && !/\bmy (booking|appointment|appt|reservation)\b/.test(t))
    topics = ["hours"];
  // "…rubs the brake pad, I need it trued, how much?": the booking's service is the bookable one (its price is asked).
  if (intent === "book" && services.length > 1) slots.service = wantedService(h, norm, services) ?? service;
  // A slot proposed as a question ("…the week after, same day and time?") is the answer; the slot grid or hours its
  // words touch are not asked about.
  if (intent === "provide_details" && (read === "question" || onlyDetails || (inBooking && WEEK_ON.test(t))))
    topics = [];
  // "Ok, book me tomorrow at 9:30" right after asking about a tune-up books the one bookable service just asked about
  // (a day and a clock time out of the blue start a booking whatever the intent: see decide-turn).
  const startsBooking =
    intent === "book" || intent === "provide_details" || (hasDate && hasTime && intent === "unknown");
  // "Tune up, 4pm, Tess Nguyen": a name the tagger found counts once the message is read as a booking, even when the
  // intent classifier alone leaned elsewhere.
  if (!slots.name && (intent === "book" || onlyDetails) && personNames[0]) slots.name = personNames[0].value;
  if (!service && !inBooking && startsBooking) slots.service = serviceAskedBefore(h, input.history);
  // "Both wheels, so what's the total? can I walk in with it": a count of units with no service named is about the
  // service asked before.
  const counted =
    /\b(both|total|two|three|four|each|[2-9])\b/.test(t) && topics.some((x) => x === "prices" || x === "walk_in");
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
    serviceAskedAlone(h, model, asked, service)
  )
    topics.push("services");
  // "Earliest slot friday?" asks about the slot grid even when the topic classifier reads no topic.
  if (intent === "question" && !topics.length && SLOT_GRID.test(t)) topics.push("booking_policy");
  // "Student discount on a tune-up?" is about the discount, which the handbook never mentions: no service answer.
  if (unknownSubject && intent === "question")
    return { intent, topics: [], slots: { ...slots, service: null, services: null } };
  return { intent, topics: [...new Set(topics)], slots };
}
