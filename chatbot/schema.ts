import { z } from "zod";
import { ServiceId } from "../knowledge-base/index";
import { BookingRow } from "../traces/index";
import { Topic } from "./topic";

/** What the customer wants from this message. */
export const Intent = z.enum([
  "greeting",
  "question",
  "book",
  "provide_details",
  "confirm",
  "deny",
  "cancel_booking",
  "recall_booking",
  "handoff",
  "thanks",
  "out_of_scope",
  "unknown",
]);
export type Intent = z.infer<typeof Intent>;

// Defined apart so the classifiers load without the trace store this file imports.
export { Topic } from "./topic";

/** Slots extracted from one message. Dates and times stay as the customer said them; code resolves them. */
export const Slots = z.object({
  service: ServiceId.nullish(),
  dateText: z.string().nullish(),
  timeText: z.string().nullish(),
  name: z.string().nullish(),
  contact: z.string().nullish(),
  /** Every service the message names, in order, when it names more than one ("a flat fix or a brake adjustment?"). */
  services: z.array(ServiceId).nullish(),
  /** Ids of handbook "not offered" items the message asks about (e.g. "ebike.no_motor"). */
  notOffered: z.array(z.string()).nullish(),
});
export type Slots = z.infer<typeof Slots>;

/** The structured reading of one user message (LLM structured output or offline rules). */
export const Understanding = z.object({
  intent: Intent,
  topics: z.array(Topic).default([]),
  slots: Slots.default({}),
  /** A question that named something bookable: answered, then "would you like to book one?" (decide-start). */
  offer: z.boolean().nullish(),
});
export type Understanding = z.infer<typeof Understanding>;

/** The booking being collected, with resolved date (yyyy-MM-dd) and time (HH:mm). */
export const BookingDraft = z.object({
  service: ServiceId.nullish(),
  date: z.string().nullish(),
  time: z.string().nullish(),
  name: z.string().nullish(),
  contact: z.string().nullish(),
  /** The booking this draft moves to another day or time ("can we make it 4 instead?"): cancelled once it is booked. */
  replaces: z.string().nullish(),
  /** The time is the drop-off slot nearest an approximate one ("around noon", "about 11"): the read-back says so. */
  timeApprox: z.boolean().nullish(),
});
export type BookingDraft = z.infer<typeof BookingDraft>;

/** A booking field the bot may still need. */
export const BookingField = z.enum(["service", "date", "time", "name", "contact"]);
export type BookingField = z.infer<typeof BookingField>;

/** A stored booking, as the chatbot sees it: the trace store's booking row, its service one the handbook offers. */
export const Booking = BookingRow.pick({
  id: true,
  date: true,
  time: true,
  name: true,
  contact: true,
  priceUsd: true,
  status: true,
}).extend({ service: ServiceId });
export type Booking = z.infer<typeof Booking>;

/** One piece of what the bot decided to say; the reply writer renders a list of these. */
export const DecisionPart = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("greet") }),
  z.object({
    kind: z.literal("answer"),
    topics: z.array(Topic),
    day: z.string().nullish(),
    date: z.string().nullish(),
    service: ServiceId.nullish(),
    /** Further services to answer for ("compare a flat repair and an adjustment"). */
    services: z.array(ServiceId).nullish(),
    /** Holiday fact ids to mention beside a weekday's regular hours (holidays in the coming week). */
    holidays: z.array(z.string()).nullish(),
    /** The shop's clock (HH:mm) on `date` when the customer asked about right now ("still open?"). */
    clock: z.string().nullish(),
    /** How many units of the service's per-unit price were asked about ("both wheels" → 2), for a total. */
    quantity: z.number().int().min(2).max(20).nullish(),
    /** The next opening after `date` was asked for ("what's the next day you're open after that?"). */
    nextAfter: z.boolean().nullish(),
    /** "Are you open …?" was asked: the answer says yes or no first. */
    yesNo: z.boolean().nullish(),
  }),
  z.object({ kind: z.literal("not_offered"), ids: z.array(z.string()) }),
  /** "Does the tune-up include truing?": yes (the inclusion), or no (and the service that includes it). */
  z.object({
    kind: z.literal("includes"),
    service: ServiceId,
    item: z.string(),
    include: z.string().nullish(),
    elsewhere: z.object({ service: ServiceId, include: z.string() }).nullish(),
  }),
  /** A walk-in service asked for (a booking is not needed); `date`: the day the customer would come in, if named. */
  z.object({ kind: z.literal("walk_in_ok"), service: ServiceId, date: z.string().nullish() }),
  /** "Do you sell helmets?": we sell parts and accessories (not bikes); call to check a particular item's stock. */
  z.object({ kind: z.literal("parts_sales") }),
  z.object({
    kind: z.literal("ask"),
    field: BookingField,
    draft: BookingDraft,
    options: z.array(z.string()).default([]),
    /** The day and time were first given in this message: the question says them back. */
    sayBack: z.boolean().optional(),
    /** The options are the two days "next <weekday>" may mean: the question asks which one. */
    choose: z.boolean().optional(),
  }),
  z.object({ kind: z.literal("ask_change"), draft: BookingDraft }),
  /** "Which day did I say?" while a booking is still being collected: what the draft holds so far. */
  z.object({ kind: z.literal("draft_so_far"), draft: BookingDraft }),
  z.object({
    kind: z.literal("invalid_slot"),
    field: z.enum(["service", "date", "time"]),
    reason: z.string(),
    requested: z.string(),
    alternatives: z.array(z.string()),
    /** The date the alternatives refer to (for time problems) or null. */
    date: z.string().nullish(),
    note: z.string().nullish(),
  }),
  z.object({ kind: z.literal("confirm"), draft: BookingDraft, priceText: z.string() }),
  /** A booking made; `replaced` is the booking it moved (now cancelled). */
  z.object({ kind: z.literal("booked"), booking: Booking, replaced: z.string().nullish() }),
  z.object({ kind: z.literal("booking_aborted") }),
  /** "Would you like to book one?" after an answer; `soonest` when the draft's day and time are the first free slot. */
  z.object({ kind: z.literal("offer_booking"), draft: BookingDraft, soonest: z.boolean() }),
  z.object({ kind: z.literal("bookings_found"), bookings: z.array(Booking) }),
  z.object({ kind: z.literal("booking_cancelled"), booking: Booking, lateNotice: z.boolean() }),
  z.object({ kind: z.literal("no_booking_found") }),
  /** A cancellation asked for less than 24 hours ahead: call the shop (no fee), no lookup. */
  z.object({ kind: z.literal("late_cancel") }),
  z.object({
    kind: z.literal("ask_identity"),
    field: z.enum(["name", "contact"]),
    purpose: z.enum(["cancel", "recall"]),
  }),
  z.object({ kind: z.literal("handoff"), reason: z.string() }),
  /** "I don't know, please call"; `rest` when other parts answered the known part of the question. */
  z.object({ kind: z.literal("dont_know"), rest: z.boolean().nullish() }),
  z.object({ kind: z.literal("refuse_injection") }),
  z.object({ kind: z.literal("thanks") }),
  z.object({ kind: z.literal("error"), message: z.string() }),
]);
export type DecisionPart = z.infer<typeof DecisionPart>;

/** The validated decision of one turn: what to say, grounded in which fact ids. */
export const Decision = z.object({ parts: z.array(DecisionPart), factIds: z.array(z.string()) });
export type Decision = z.infer<typeof Decision>;

/** One LLM (or offline engine) call as recorded on the trace. */
export const LlmCall = z.object({
  job: z.enum(["understand", "reply", "simulate", "write_query", "judge", "suggest"]),
  provider: z.string(),
  model: z.string(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  latencyMs: z.number().nonnegative(),
  finishReason: z.string().nullable(),
  error: z.string().nullable().default(null),
  /** The server's id for this response (`gen_ai.response.id`), when it gave one. */
  responseId: z.string().optional(),
});
export type LlmCall = z.infer<typeof LlmCall>;

/** A chat message of the conversation so far, for context. */
export const ChatMessage = z.object({ role: z.enum(["user", "assistant"]), content: z.string() });
export type ChatMessage = z.infer<typeof ChatMessage>;
