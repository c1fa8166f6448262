import type { Handbook } from "../../knowledge-base/index";
import type { ReplyInput, RespondInput, UnderstandInput } from "../provider";
import { type ChatMessage, Slots } from "../schema";
import type { LocalMessage } from "./local-model";

/**
 * Prompts for a base (pretrained, not instruction-tuned) model, which continues text instead of following a chat
 * turn: each job is written as a document whose natural continuation is the answer — a transcript ending in
 * "Assistant:", or worked examples ending in "JSON:". Everything that is the same for every call comes first, so a
 * sequence reuses that evaluated prefix.
 */

/** Where a base model's free reply ends: the next speaker's line or a blank line (replies are one paragraph). */
export const COMPLETION_REPLY_STOPS = ["\nCustomer:", "\nAssistant:", "\n\n"];

/** Where the machine bot's quoted reply ends: its closing quote at the end of the line, or the stops above. */
export const QUOTED_REPLY_STOPS = ['"\n', ...COMPLETION_REPLY_STOPS];

/** The line that introduces the validated draft; a reply that repeats it is an echo, not an answer. */
export const DRAFT_LEAD = "The assistant checked the handbook and replied:";

const line = (text: string) => text.replace(/\s+/g, " ").trim();

/** Earlier messages as "Customer: …" / "Assistant: …" lines (one line each). */
export function transcriptLines(history: readonly ChatMessage[]): string[] {
  return history.map((m) => `${m.role === "assistant" ? "Assistant" : "Customer"}: ${line(m.content)}`);
}

/** Every slot null: a worked example states only the slots its message gives. */
const NO_SLOTS = Object.fromEntries(Slots.keyof().options.map((k) => [k, null]));

/** Worked examples for the understanding job: every intent once, slots copied verbatim, nulls where not stated. */
const UNDERSTAND_EXAMPLES: ReadonlyArray<{
  asked: string;
  message: string;
  intent: string;
  topics?: string[];
  slots?: object;
}> = [
  { asked: "nothing", message: "good morning!", intent: "greeting" },
  {
    asked: "nothing",
    message: "what time do you close on fridays?",
    intent: "question",
    topics: ["hours"],
    slots: { dateText: "fridays" },
  },
  {
    asked: "nothing",
    message: "I'd like to get my brakes adjusted next Wednesday morning",
    intent: "book",
    slots: { service: "adjustment", dateText: "next Wednesday", timeText: "morning" },
  },
  { asked: "name", message: "it's Priya Natarajan", intent: "provide_details", slots: { name: "Priya Natarajan" } },
  { asked: "confirmation", message: "yep that's all correct", intent: "confirm" },
  {
    asked: "nothing",
    message: "can you fix the motor on my e-bike?",
    intent: "question",
    topics: ["ebike", "not_offered"],
    slots: { notOffered: ["ebike.no_motor"] },
  },
  {
    asked: "nothing",
    message: "how much is a flat fix?",
    intent: "question",
    topics: ["prices"],
    slots: { service: "flat_repair" },
  },
  { asked: "contact", message: "07700 900123", intent: "provide_details", slots: { contact: "07700 900123" } },
  { asked: "confirmation", message: "no, make it 2pm instead", intent: "deny", slots: { timeText: "2pm" } },
  { asked: "nothing", message: "I need to cancel my booking", intent: "cancel_booking" },
  { asked: "nothing", message: "when was my appointment again?", intent: "recall_booking" },
  { asked: "nothing", message: "let me speak to a real person", intent: "handoff" },
  { asked: "nothing", message: "cheers, that's everything", intent: "thanks" },
  { asked: "nothing", message: "write me a poem about cats", intent: "out_of_scope" },
];

const exampleJson = (e: (typeof UNDERSTAND_EXAMPLES)[number]) =>
  JSON.stringify({ intent: e.intent, topics: e.topics ?? [], slots: { ...NO_SLOTS, ...e.slots } });

/**
 * The understanding job as a completion: a short header, the service catalogue, worked examples, then this message
 * ending in "JSON:" (the grammar keeps the answer to the schema). The full chat-model instructions are left out:
 * measured on Gemma 3 270M base, with them every message read as "book"; with examples alone it follows the examples.
 */
export function understandCompletionPrompt(h: Handbook, input: UnderstandInput): string {
  const example = (asked: string, message: string) =>
    [`Assistant asked for: ${asked}`, `Customer: ${line(message)}`, "JSON:"].join("\n");
  const services = h.services.map((s) => `${s.id} = ${s.name}`).join("; ");
  const notOffered = h.notOffered.map((n) => `${n.id} = ${n.name}`).join("; ");
  return [
    `Customer messages to ${h.shop.name}, a bike repair shop, each read into JSON: the intent, the topics asked about,`,
    "and the details stated (copied as written; null when not stated).",
    `Services: ${services}.`,
    `Not offered: ${notOffered}.`,
    "",
    ...UNDERSTAND_EXAMPLES.map((e) => `${example(e.asked, e.message)} ${exampleJson(e)}\n`),
    ...transcriptLines(input.history.slice(-2)).map((l) => `Earlier: ${l}`),
    example(input.expecting ?? "nothing", input.message),
  ].join("\n");
}

/**
 * The machine bot's reply job as a completion: the customer's message, the validated draft quoted as the reply, then
 * the message again and the reply opened with a quote. Measured on Gemma 3 270M base: asked to rephrase a draft ("in its own words", worked
 * examples) it drifted into invented content ("we're closed on Monday, March 14" copied from an example); quoted, it
 * reproduces the draft. Earlier turns are left out (the draft already answers in context): given them, it repeated its
 * previous reply instead. So the decision and its wording are the machine's; the model's drift is what evals see.
 */
export function replyCompletionPrompt(input: ReplyInput, draft: string): string {
  const customer = `Customer: ${line(input.message)}`;
  return [customer, `${DRAFT_LEAD} "${line(draft)}"`, "", customer, 'Assistant: "'].join("\n");
}

/** The prompt-only bot's one call as a completion: the caller's instructions and facts, then the transcript. */
export function respondCompletionPrompt(input: RespondInput): string {
  return [
    input.system,
    "",
    "The chat so far:",
    ...transcriptLines(input.history),
    `Customer: ${line(input.message)}`,
    "Assistant:",
  ].join("\n");
}

/**
 * Chat messages as one document for a base model (the judges', simulated user's and writers' requests): the texts in
 * order, earlier model turns marked as answers, ending where the answer goes ("JSON:" when the output is JSON).
 */
export function messagesAsDocument(messages: readonly LocalMessage[], json: boolean): string {
  const parts = messages.map((m) => (m.role === "assistant" ? `Answer: ${m.content.trim()}` : m.content.trim()));
  return `${parts.join("\n\n")}\n\n${json ? "JSON:" : "Answer:"}`;
}
