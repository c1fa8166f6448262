import type { Booking, BookingDraft, BookingField, ChatMessage, Decision, LlmCall, Understanding } from "./schema";

/** The stable states a conversation rests in between turns. */
export const STABLE_STATES = [
  "idle",
  "browsing",
  "booking.collecting",
  "booking.confirming",
  "booked",
  "managing_booking",
  "handoff",
] as const;
export type StableState = (typeof STABLE_STATES)[number];

/** Who the customer says they are when recalling or cancelling a booking. */
export interface Identity {
  purpose: "cancel" | "recall";
  name: string | null;
  contact: string | null;
}

/** Writes a turn asks for; committed with the turn row in one transaction. */
export interface TurnEffects {
  bookings: Booking[];
  cancelBookingIds: string[];
}

/** The machine's context: what the bot remembers between and during turns. */
export interface ChatContext {
  handbookVersion: string;
  draft: BookingDraft;
  partOfDay: "morning" | "afternoon" | "evening" | null;
  /** The span the bot offered days from ("next week sometime"): a weekday named next is the one inside it. */
  span?: { start: string; end: string } | null;
  /** The two days offered for "next <weekday>" (decision 015): the answer picks one ("the later one"). */
  choices?: string[] | null;
  /** The booking offered after an answer ("would you like to book one?"): a yes starts it with these details. */
  offer?: BookingDraft | null;
  /** The day last refused in this booking ("Christmas Day? we're closed"): "the day after then" counts from it. */
  refused?: string | null;
  expecting: BookingField | "identity_name" | "identity_contact" | null;
  identity: Identity | null;
  lastBooking: Booking | null;
  pendingLookup: Identity | null;
  history: ChatMessage[];
  // per-turn scratch, reset at each USER_MESSAGE
  message: string;
  now: string;
  newId: string;
  stateBefore: StableState;
  next: StableState;
  understanding: Understanding | null;
  decision: Decision | null;
  reply: string;
  llmCalls: LlmCall[];
  effects: TurnEffects;
  errors: string[];
}

/** The per-turn scratch of the context as a turn starts from `from` (every turn resets it). */
export function turnStart(from: StableState, message = "", now = "", newId = "") {
  return {
    message,
    now,
    newId,
    stateBefore: from,
    next: from,
    understanding: null,
    decision: null,
    reply: "",
    llmCalls: [],
    effects: { bookings: [], cancelBookingIds: [] },
    errors: [],
  } satisfies Partial<ChatContext>;
}

/** A fresh context for a new conversation. */
export function initialContext(handbookVersion: string): ChatContext {
  return {
    handbookVersion,
    draft: {},
    partOfDay: null,
    expecting: null,
    identity: null,
    lastBooking: null,
    pendingLookup: null,
    history: [],
    ...turnStart("idle"),
  };
}
