import type { ServiceId } from "../../knowledge-base/index";
import type { Topic } from "../schema";
import type { IntentLabel } from "../understanding/corpus";

/** What the understanding found in one message, as the intent decision reads it. */
export interface IntentSignals {
  /** The message, lower case. */
  t: string;
  state: string;
  expecting: string | null;
  inBooking: boolean;
  expectingName: boolean;
  /** The intent classifier's best label, its probability, and every label's. */
  top: IntentLabel;
  p: number;
  scores: Record<string, number>;
  topics: Topic[];
  notOffered: string[];
  service: ServiceId | null;
  /** A named service must be booked (not walk-in). */
  bookable: boolean;
  hasDate: boolean;
  /** A single day was named (not only a span such as "after Christmas" or "in January"). */
  dayNamed: boolean;
  hasTime: boolean;
  /** A clock time ("3 o'clock", "10:30", a lone hour in a booking), not only a part of the day. */
  hasClock: boolean;
  hasSlots: boolean;
  name: string | null;
  contact: string | null;
  isQuestion: boolean;
  /** Some clause asks in words ("…, how much is a full service"), even when the message does not start as a question. */
  asking: boolean;
  /** The message is about something the handbook never mentions (discounts, delivery…). */
  unknownSubject: boolean;
  /** A booking verb in the same sentence as a service or a day ("I book flights… what's in a full service?" has none). */
  bookVerb: boolean;
  /** The request-vs-question classifier's probability that the message asks for the work or a slot. */
  request: number;
  /** The message is only booking details (days, times, names, contacts, services) with labels and joiners. */
  detailsOnly?: boolean;
  /** The message changes a detail of the booking being made or just made (booking-edit.ts). */
  edit?: boolean;
}

/**
 * Below this probability of a request the request-vs-question classifier doubts a booking read only from cues (a
 * service with a wish, a day, "get"): "if I get a tune-up when will it be ready?" asks. An explicit request ("book",
 * "can I book", a service with a day and a clock time) does not need it.
 */
export const REQUEST_DOUBT = 0.15;
/** At or above this probability a message naming a bookable service, or a day and a clock time, asks for the work. */
export const REQUEST_SURE = 0.65;
