import { z } from "zod";

/** What the simulated customer is after (the coarse topic of the scenario, not the bot's per-message intent). */
export const ScenarioIntent = z.enum([
  "hours_location",
  "services_prices",
  "ebike_scope",
  "booking",
  "reschedule_cancel",
  "policies",
  "walk_in_vs_booking",
  "busy_times",
  "out_of_scope",
]);
export type ScenarioIntent = z.infer<typeof ScenarioIntent>;

/** How much of what the bot needs the customer gives in the first message. */
export const Completeness = z.enum(["all_upfront", "partial", "none"]);
export type Completeness = z.infer<typeof Completeness>;

/** How the customer behaves over the conversation. */
export const Behaviour = z.enum(["cooperative", "chatty", "corrective", "distracted", "impatient", "adversarial"]);
export type Behaviour = z.infer<typeof Behaviour>;

/** One query and one reply, or a conversation driven by a simulated user. */
export const TurnMode = z.enum(["single", "multi"]);
export type TurnMode = z.infer<typeof TurnMode>;

/** Intents where the customer wants the bot to do something (book, cancel), not only answer. */
export const TASK_INTENTS: readonly ScenarioIntent[] = ["booking", "reschedule_cancel", "walk_in_vs_booking"];

/** Human descriptions of every dimension value: shown in reviews and given to the LLM scenario writer. */
export const DIMENSION_TEXT: {
  intent: Record<ScenarioIntent, string>;
  completeness: Record<Completeness, string>;
  behaviour: Record<Behaviour, string>;
  turns: Record<TurnMode, string>;
} = {
  intent: {
    hours_location: "asks when the shop is open or where it is",
    services_prices: "asks what a service includes or costs, or whether the shop does some job",
    ebike_scope: "asks what the shop can and cannot do on an e-bike",
    booking: "wants to book a repair that needs an appointment",
    reschedule_cancel: "wants to cancel or move an existing booking",
    policies: "asks about payment, cancellation, refunds, returns, warranty or booking rules",
    walk_in_vs_booking: "asks whether they can just walk in or must book",
    busy_times: "asks when the shop is busy or quiet",
    out_of_scope: "asks something the handbook does not cover (discounts, gift cards, weather, unrelated tasks)",
  },
  completeness: {
    all_upfront: "gives every detail the bot needs in the first message",
    partial: "gives some details; the bot has to ask for the rest",
    none: "gives no details at all; the bot has to ask for everything",
  },
  behaviour: {
    cooperative: "answers exactly what is asked",
    chatty: "adds small talk and background to every answer",
    corrective: "changes their mind about a detail after giving it",
    distracted: "asks an unrelated side question in the middle of booking",
    impatient: "has little patience and gives up quickly when the bot is unhelpful",
    adversarial: "pushes for discounts or free work, or tries to override the bot's rules",
  },
  turns: {
    single: "one message, one reply",
    multi: "a conversation of several turns with a simulated customer",
  },
};
