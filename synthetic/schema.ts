import { z } from "zod";
import { ServiceId } from "../knowledge-base/index";
import { Behaviour, Completeness, ScenarioIntent, TurnMode } from "./dimensions";
import { TrapId } from "./traps";

/** One point in the dimension space: the recipe of a scenario. */
export const Tuple = z.object({
  intent: ScenarioIntent,
  completeness: Completeness,
  behaviour: Behaviour,
  turns: TurnMode,
  trap: TrapId.nullable(),
});
export type Tuple = z.infer<typeof Tuple>;

/** How a written query looks: varied so the bot sees more than textbook English. */
export const WritingStyle = z.enum(["plain", "terse", "long", "typos", "non_native"]);
export type WritingStyle = z.infer<typeof WritingStyle>;

/** When the simulated customer is satisfied (checked on the bot's structured turns). */
export const Goal = z.discriminatedUnion("kind", [
  /** Every question answered; `expect: "decline"` for things the shop should refuse or not know. */
  z.object({ kind: z.literal("answer"), expect: z.enum(["answer", "decline"]) }),
  /** A booking stored in this conversation. */
  z.object({ kind: z.literal("book") }),
  /** An existing booking cancelled, recalled, or the customer told how to cancel it. */
  z.object({ kind: z.literal("manage") }),
  /** Single-turn tasks: the bot moved the task forward (asked the right thing, confirmed, refused a bad slot). */
  z.object({ kind: z.literal("progress") }),
]);
export type Goal = z.infer<typeof Goal>;

/** The simulated customer: a goal plus hidden facts the bot can only learn by asking. */
export const Persona = z.object({
  name: z.string(),
  contact: z.string(),
  bike: z.string(),
  service: ServiceId,
  /** Preferred drop-off date and time, as the customer would say them ("Friday", "10:30am"). */
  date: z.string(),
  time: z.string(),
  /** What a corrective customer switches to. */
  altDate: z.string(),
  altTime: z.string(),
  /** Unhelpful bot turns tolerated before giving up. */
  patience: z.number().int().min(0).max(6),
  behaviour: Behaviour,
  style: WritingStyle,
  goal: Goal,
  /** Questions to get answered, in order (answer goals; a first question for others). */
  questions: z.array(z.string()),
  /** A distracted customer's side question. */
  sideQuestion: z.string().nullable(),
  /** An adversarial customer's push (discount demand or injection attempt). */
  pushLine: z.string().nullable(),
  /** The existing booking a reschedule/cancel customer holds, created by a setup conversation before the scenario. */
  existingBooking: z.object({ date: z.string(), time: z.string() }).nullable(),
});
export type Persona = z.infer<typeof Persona>;

/** A generated scenario: everything needed to (re)run one synthetic conversation. */
export const Scenario = z.object({
  id: z.string(),
  /** The scenario's own seed (derived from the run seed and its index). */
  seed: z.number().int(),
  /** Fixed reference time of the conversation (ISO with offset), so offline runs are reproducible. */
  now: z.string(),
  tuple: Tuple,
  trap: TrapId.nullable(),
  factIds: z.array(z.string()),
  goal: z.string(),
  query: z.string(),
  persona: Persona,
  writer: z.enum(["template", "llm"]),
  user: z.enum(["scripted", "llm"]),
  maxTurns: z.number().int().positive(),
  generatorVersion: z.string(),
});
export type Scenario = z.infer<typeof Scenario>;

/** Why a simulated conversation stopped. `rejected`: the turn function refused a message (e.g. too long). */
export const StopReason = z.enum(["goal_reached", "gave_up", "turn_cap", "loop_guard", "rejected"]);
export type StopReason = z.infer<typeof StopReason>;

/** One exchange as recorded in a dataset (enough to review and to compare replays). */
export const TranscriptTurn = z.object({
  user: z.string(),
  bot: z.string(),
  stateBefore: z.string(),
  state: z.string(),
  parts: z.array(z.string()),
});
export type TranscriptTurn = z.infer<typeof TranscriptTurn>;

/** The outcome of running a scenario through the bot. */
export const RunResult = z.object({
  conversationId: z.string().nullable(),
  setupConversationId: z.string().nullable(),
  turns: z.number().int().nonnegative(),
  stopReason: StopReason,
  transcript: z.array(TranscriptTurn),
});
export type RunResult = z.infer<typeof RunResult>;

/** One line of a dataset file: a scenario, its review status and its last run. */
export const DatasetLine = z.object({
  id: z.string(),
  status: z.enum(["kept", "dropped"]),
  reason: z.string().nullable(),
  scenario: Scenario,
  run: RunResult.nullable(),
});
export type DatasetLine = z.infer<typeof DatasetLine>;
