import type { Entities, Handbook, PersonName, ServiceId, WhenMention } from "../../knowledge-base/index";
import type { Understanding } from "../schema";
import { serviceWords } from "./details-only";
import { escapeRe } from "./detect-services";
import { approxHour, BARE_HOUR, loneHour } from "./lone-hour";
import { CORRECTION, PAST_TOLD, PRESENT } from "./message-cues";
import { daysOfGettingBack } from "./put-off";
import { whenFlags } from "./when-flags";

/** Yes and no words, letters held down collapsed ("yesss" → "yes", "nooo" → "no"). */
const AFFIRM_OR_NEGATE = /^(yes|ye|yep|yeah|yah|ya|yup|ok|okay|sure|no|nope|nah|na|yea|aye|cheers|thanks|thx)$/;
/** Words before "here" that name no one ("I'm here", "it's here", "over here", "moved here from…", "new here"). */
const NOT_A_NAME =
  /^(i'?m|im|it'?s|its|is|are|was|over|right|come|from|out|in|up|down|here|there|this|that|me|we|you|new|just|moved|lived|living|staying|visiting|working|been|born|came|arrived)$/i;

/** What `readSlots` reads a message's booking details from. */
export interface SlotInput {
  h: Handbook;
  raw: string;
  t: string;
  norm: string;
  forDates: string;
  e: Entities;
  expecting: string | null;
  expectingName: boolean;
  inBooking: boolean;
  moving: boolean;
  bookingFlow: boolean;
  /** The message is read as a booking (in one, or the intent classifier leans to book). */
  booking: boolean;
  bookable: boolean;
  service: ServiceId | null;
  services: ServiceId[];
  notOffered: string[];
}

/** A message's booking details and the flags the intent decision reads. */
export interface SlotReading {
  slots: Understanding["slots"];
  personNames: PersonName[];
  when: WhenMention[];
  hasDate: boolean;
  hasTime: boolean;
  bareHour: RegExpExecArray | null;
  hasSlots: boolean;
}

/**
 * The booking details a message gives: the day and time text (without days told in the past or of getting back in
 * touch), a bare hour where a booking makes it one, the person's name and the contact (the later one after a
 * correction word).
 */
export function readSlots(x: SlotInput): SlotReading {
  const { raw, t, norm, forDates, e, expecting, expectingName, inBooking, moving, bookingFlow, booking } = x;
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
  const known = serviceWords(x.h);
  // "hey!! gabby here (gabby@…)": a name followed by "here" at the start introduces the customer.
  const here = /^[^\p{L}]*(?:(?:hey|hi|hello|hiya|yo|morning|evening)[^\p{L}]+)*(\p{L}[\p{L}'’-]{1,})\s+here\b/iu.exec(
    raw,
  )?.[1];
  const introduced =
    here && !e.names.length && !NOT_A_NAME.test(here) && !known.has(here.toLowerCase())
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
  // "Make it mid afternoon, like 3": an hour said in digits is more precise than a clock read from words beside it.
  const clocks = when.filter((m) => m.times.length > 0);
  const wordsOnly = inBooking && clocks.length > 0 && clocks.every((m) => !/\d/.test(m.text));
  const bareHour =
    (bookingFlow || x.bookable) && !when.some((m) => m.times.length > 0 || (m.timeRanges.length > 0 && !m.partOfDay))
      ? ((inBooking || moving ? BARE_HOUR.exec(norm) : null) ??
        loneHour(e, expecting, hasDate || (inBooking && CORRECTION.test(t))))
      : wordsOnly
        ? BARE_HOUR.exec(norm)
        : null;
  const hasTime = flags.hasTime || bareHour !== null;
  const nameHit = personNames.find((n) => n.cue !== "tagger") ?? (bookingFlow ? personNames[0] : undefined);
  const name = nameHit?.value ?? null;
  // "x@mail.com… wait, actually use my phone 503-555-0100": after a correction word the later contact replaces it.
  const corrected = e.contacts.length > 1 && CORRECTION.test(t.slice(t.indexOf(e.contacts[0]!.value.toLowerCase())));
  const contact = (corrected ? e.contacts.at(-1) : e.contacts[0])?.value ?? null;
  const { service, services, notOffered } = x;
  const slots = {
    service,
    services: services.length > 1 ? services : null,
    dateText: hasDate ? whenText : null,
    // "Saturday, about 11": the hour keeps its "about", so the booking takes the nearest slot and says so.
    timeText: bareHour
      ? // "4.30" is half past four, written with a dot.
        `${approxHour(norm, bareHour[1]!) ? "around" : "at"} ${bareHour[1]!.replace(".", ":")}`
      : hasTime
        ? whenText
        : null,
    name,
    contact,
    notOffered: notOffered.length ? notOffered : null,
  };
  const hasSlots = Boolean(service || hasDate || hasTime || name || contact);
  return { slots, personNames, when, hasDate, hasTime, bareHour, hasSlots };
}
