import type { Handbook, ServiceId } from "../../knowledge-base/index";
import { type Appointment, appointmentClaims } from "./appointment-claims";
import { assertedText } from "./assertions";
import { type AssistantTurn, perTurn } from "./assistant-turns";
import { type ContactClaim, contactClaims } from "./contact-claims";
import { serviceInFocus } from "./conversation-focus";
import { type DurationClaim, durationClaims } from "./duration-claims";
import { type HoursClaim, turnHoursClaims } from "./hours-claims";
import { type InclusionClaim, inclusionClaims } from "./inclusion-claims";
import { type OfferClaim, offerClaims } from "./offer-claims";
import { type PriceClaim, priceClaims } from "./price-claims";
import { servicesIn } from "./service-mentions";

const TURNAROUND = /\b(?:ready|takes?|turnaround|turn-around|finished|done in|back to you|have it back)\b/i;

/** A value the reply states that no subject could be tied to with confidence: a check abstains on it. */
export interface UnlinkedValue {
  kind: "duration";
  text: string;
  sentence: string;
}

/**
 * Everything one assistant turn claims, as typed values with their subjects resolved: hours {day | date, open,
 * close, closed, slots}, price {service, amount}, duration {service, span}, appointment {date, time, service, kind},
 * offer {not-offered item | invented job, offered | declined, hedged}, contact {kind, value}, and the values left
 * unlinked. Checks compare these with the handbook facts instead of reading text themselves.
 */
export interface TurnClaims {
  hours: HoursClaim[];
  prices: (PriceClaim & { service: ServiceId })[];
  durations: (DurationClaim & { service: ServiceId })[];
  appointments: Appointment[];
  /** Parts said to cost extra to a service whose price includes them. */
  inclusions: InclusionClaim[];
  offers: OfferClaim[];
  contacts: ContactClaim[];
  unlinked: UnlinkedValue[];
}

/** The service a turn's values fall back to: the conversation's focus before it, else the customer's message. */
export function focusService(turn: AssistantTurn): ServiceId | null {
  return serviceInFocus({ ...turn, text: "" }) ?? servicesIn(turn.userText)[0] ?? null;
}

function extract(turn: AssistantTurn, now: string, h: Handbook): TurnClaims {
  const focus = focusService(turn);
  // Facts are read from what the reply asserts: not the questions it puts to the customer.
  const asserted = assertedText(turn.text);
  const durations = durationClaims(asserted, focus, turn.userText);
  return {
    hours: turnHoursClaims(turn, now, h),
    prices: priceClaims(asserted, focus, h, turn.userText),
    durations: durations.filter((d): d is DurationClaim & { service: ServiceId } => d.service !== null),
    appointments: appointmentClaims(turn, now, h),
    inclusions: inclusionClaims(turn, focus, h),
    offers: offerClaims(turn, now, h).offers,
    contacts: contactClaims(turn.text),
    // Only a clear turnaround ("ready in 3 days") is worth a human's look; a bare span ("within 48 hours") is not.
    unlinked: durations
      .filter((d) => d.service === null && TURNAROUND.test(d.sentence))
      .map((d) => ({ kind: "duration" as const, text: d.text, sentence: d.sentence })),
  };
}

/** The typed claims of one turn, extracted once per scoring (every check reads the same extraction). */
export const turnClaims = perTurn(extract);
