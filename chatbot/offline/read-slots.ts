import type { Entities, PersonName, ServiceId, WhenMention } from "../../knowledge-base/index";
import type { Understanding } from "../schema";
import { BARE_HOUR, loneHour } from "./lone-hour";
import { CORRECTION, PAST_TOLD, PRESENT } from "./message-cues";
import { daysOfGettingBack } from "./put-off";
import { whenFlags } from "./when-flags";

/** What `readSlots` reads a message's booking details from. */
export interface SlotInput {
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
  const personNames = e.names.filter((n) => !(guessed && n.cue === "expected" && clockIn(n.value.toLowerCase())));
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
    (bookingFlow || x.bookable) && !when.some((m) => m.times.length > 0 || (m.timeRanges.length > 0 && !m.partOfDay))
      ? ((inBooking || moving ? BARE_HOUR.exec(norm) : null) ?? loneHour(e, expecting, hasDate))
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
    timeText: bareHour ? `at ${bareHour[1]}` : hasTime ? whenText : null,
    name,
    contact,
    notOffered: notOffered.length ? notOffered : null,
  };
  const hasSlots = Boolean(service || hasDate || hasTime || name || contact);
  return { slots, personNames, when, hasDate, hasTime, bareHour, hasSlots };
}
