import { z } from "zod";
import type { ServiceId } from "../knowledge-base/index";
import type { ScenarioIntent } from "./dimensions";

/** Handbook traps: scenarios aimed at facts where a careless bot goes wrong. */
export const TrapId = z.enum([
  "saturday_hours",
  "monday_closed",
  "sunday_closed",
  "thanksgiving",
  "weekday_opens_at_10",
  "same_day_booking",
  "walk_in_tune_up",
  "ebike_motor",
  "ebike_firmware",
  "suspension_rebuild",
  "bike_sales",
  "free_inspection",
  "morning_rush",
  "cancellation_fee",
]);
export type TrapId = z.infer<typeof TrapId>;

/** A date the trap makes the customer ask for when booking (resolved against the scenario's `now`). */
export type DatePin = "today" | "monday" | "sunday" | "saturday" | "thanksgiving" | "weekday";
/** A time the trap makes the customer ask for when booking. */
export type TimePin = "before_open" | "after_last_slot";

/** One trap: the facts it targets, the intents it fits, the questions that spring it and the goal it tests. */
export interface Trap {
  id: TrapId;
  description: string;
  /** Handbook fact ids a correct answer must rest on. */
  factIds: string[];
  /** Scenario intents this trap makes sense for (the coherence rule `trap_needs_matching_intent` enforces it). */
  intents: ScenarioIntent[];
  /** The canonical question that springs the trap. */
  seedQuery: string;
  /** What the customer wants to find out or get done. */
  goal: string;
  /** Other precise phrasings (used for "all up front"). */
  precise: string[];
  /** Vaguer phrasings (used for "partial" / "none"). */
  vague: string[];
  /** For booking scenarios: the wrong date/time/service the customer first asks for. */
  booking?: { date?: DatePin; time?: TimePin; service?: ServiceId };
  /** Allowed day offsets (0 = the base Monday) and hours for the scenario's `now`, when the trap needs them. */
  nowDays?: number[];
  nowHours?: [number, number];
}

/** Every trap the generator knows; each names the fact ids it targets. */
export const TRAPS: readonly Trap[] = [
  {
    id: "saturday_hours",
    description: "Saturday has short hours (9am–3pm) and the last drop-off is 2pm",
    factIds: ["hours.sat", "policy.slots"],
    intents: ["hours_location", "booking"],
    seedQuery: "What time do you close on Saturday?",
    goal: "find out Saturday's hours or drop off late on a Saturday",
    precise: ["Are you open Saturday afternoon? Until when?", "What are your hours on Saturday?"],
    vague: ["are you open on the weekend?", "weekend hours?"],
    booking: { date: "saturday", time: "after_last_slot" },
  },
  {
    id: "monday_closed",
    description: "The shop is closed on Mondays",
    factIds: ["hours.mon"],
    intents: ["hours_location", "booking"],
    seedQuery: "Are you open on Monday?",
    goal: "come in or drop off on a Monday",
    precise: ["Can I come in this Monday around noon?", "What are your Monday hours?"],
    vague: ["open mondays?", "are you open at the start of the week?"],
    booking: { date: "monday" },
    nowDays: [1, 2, 3, 4, 5],
  },
  {
    id: "sunday_closed",
    description: "The shop is closed on Sundays",
    factIds: ["hours.sun"],
    intents: ["hours_location", "booking"],
    seedQuery: "Are you open on Sunday?",
    goal: "come in or drop off on a Sunday",
    precise: ["What time do you open on Sunday?", "Are you open Sunday morning?"],
    vague: ["open sundays?", "what about the weekend, open both days?"],
    booking: { date: "sunday" },
  },
  {
    id: "thanksgiving",
    description: "Closed on Thanksgiving Day (Thursday, Nov 26)",
    factIds: ["holiday.thanksgiving", "hours.thu"],
    intents: ["hours_location", "booking"],
    seedQuery: "Are you open on Thanksgiving?",
    goal: "come in or drop off on Thanksgiving Day",
    precise: ["Will you be open on Thanksgiving Day this Thursday?", "Are you open on Nov 26?"],
    vague: ["any holiday closures this week?", "open over the holiday?"],
    booking: { date: "thanksgiving" },
    nowDays: [0, 1, 2],
  },
  {
    id: "weekday_opens_at_10",
    description: "Weekdays open at 10am, not 9am (only Saturday opens at 9)",
    factIds: ["hours.tue", "hours.wed", "hours.thu", "hours.fri", "policy.slots"],
    intents: ["hours_location", "booking"],
    seedQuery: "Do you open at 9 on Wednesday?",
    goal: "come in or drop off at 9am on a weekday",
    precise: ["What time do you open on Tuesday?", "Can I drop my bike at 9am on Friday?"],
    vague: ["how early do you open?", "what time do you open in the morning?"],
    booking: { date: "weekday", time: "before_open" },
    nowDays: [0, 5],
  },
  {
    id: "same_day_booking",
    description: "Bookings need a day's notice: no same-day bookings",
    factIds: ["policy.booking_lead"],
    intents: ["booking", "policies"],
    seedQuery: "Can I book a tune-up for today?",
    goal: "get a booking for today",
    precise: ["Can I book a same-day appointment for a full service?", "Do you take same-day bookings?"],
    vague: ["how far ahead do I need to book?", "do I need to book in advance?"],
    booking: { date: "today" },
    nowDays: [1, 2, 4, 5],
    nowHours: [10, 13],
  },
  {
    id: "walk_in_tune_up",
    description: "Tune-ups must be booked; walk-ins are for minor fixes only",
    factIds: ["policy.walk_in", "svc.tune_up.booking"],
    intents: ["walk_in_vs_booking"],
    seedQuery: "Can I just walk in for a tune-up?",
    goal: "get a tune-up without booking",
    precise: [
      "Do I need an appointment for a tune-up or can I just show up?",
      "Can I drop in for a tune-up tomorrow without booking?",
    ],
    vague: ["do you take walk-ins?", "can I just come by?"],
    booking: { service: "tune_up" },
  },
  {
    id: "ebike_motor",
    description: "No e-bike motor diagnostics (mechanical work only)",
    factIds: ["ebike.no_motor", "policy.ebike"],
    intents: ["ebike_scope"],
    seedQuery: "Do you do motor diagnostics on e-bikes?",
    goal: "get an e-bike motor looked at",
    precise: ["My e-bike motor cuts out, can you diagnose the motor?", "Can you repair the motor on my electric bike?"],
    vague: ["do you work on e-bikes?", "my e-bike is acting weird, can you help?"],
  },
  {
    id: "ebike_firmware",
    description: "No e-bike firmware or software updates",
    factIds: ["ebike.no_firmware", "policy.ebike"],
    intents: ["ebike_scope"],
    seedQuery: "Can you update the firmware on my e-bike?",
    goal: "get e-bike firmware updated",
    precise: ["Do you do software updates for e-bike displays?", "Can you flash new firmware on a Bosch e-bike?"],
    vague: ["do you do e-bike electronics stuff?", "can you update my e-bike?"],
  },
  {
    id: "suspension_rebuild",
    description: "No suspension fork or shock internal servicing",
    factIds: ["notoffered.suspension"],
    intents: ["services_prices"],
    seedQuery: "Can you rebuild my suspension fork?",
    goal: "get a fork or shock rebuilt",
    precise: ["How much for a fork rebuild?", "Do you do shock service on mountain bikes?"],
    vague: ["my fork feels mushy, can you fix it?", "do you do suspension?"],
  },
  {
    id: "bike_sales",
    description: "The shop sells parts and accessories only, no bikes",
    factIds: ["notoffered.bike_sales"],
    intents: ["services_prices", "out_of_scope"],
    seedQuery: "Do you sell bikes? I want to buy a new bike.",
    goal: "buy a bike",
    precise: ["Can I buy a new bike from you?", "Do you have bikes for sale?"],
    vague: ["do you sell stuff?", "looking to get a new bike, can you help?"],
  },
  {
    id: "free_inspection",
    description: "Safety inspections are free and walk-in",
    factIds: ["svc.inspection.price", "svc.inspection.booking"],
    intents: ["services_prices", "walk_in_vs_booking"],
    seedQuery: "How much is a safety inspection, and do I need to book it?",
    goal: "get a safety inspection",
    precise: ["What does a safety check cost?", "Do I need an appointment for a safety inspection?"],
    vague: ["can you check my bike over?", "how much to inspect my bike?"],
  },
  {
    id: "morning_rush",
    description: "The first two hours after opening are the busiest; afternoons after 2pm are quiet",
    factIds: ["busy.morning", "busy.quiet"],
    intents: ["busy_times", "walk_in_vs_booking"],
    seedQuery: "When is the best time to come in for a flat repair without a long wait?",
    goal: "avoid waiting",
    precise: ["Is Saturday morning busy?", "What's the quietest time to come in?"],
    vague: ["are you busy?", "when's a good time to come by?"],
  },
  {
    id: "cancellation_fee",
    description: "Free cancellation up to 24 h before; within 24 h call — never a fee",
    factIds: ["policy.cancellation", "shop.phone"],
    intents: ["policies", "reschedule_cancel"],
    seedQuery: "Is there a fee if I cancel?",
    goal: "cancel without paying a fee",
    precise: ["What's your cancellation policy?", "Is there a late cancellation fee?"],
    vague: ["what if I can't make it?", "cancellation rules?"],
    nowDays: [1, 4],
    nowHours: [12, 16],
  },
];

/** The trap with this id. */
export function trapById(id: TrapId): Trap {
  const trap = TRAPS.find((t) => t.id === id);
  if (!trap) throw new Error(`unknown trap "${id}"`);
  return trap;
}
