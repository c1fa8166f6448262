import type { JsonChatClient } from "../chatbot/index";
import { z } from "zod";
import { chatJson, type JsonChatConfig, type JsonChatMessage } from "./chat-json";
import { DIMENSION_TEXT } from "./dimensions";
import { SERVICE_PHRASE } from "./persona";
import type { Scenario } from "./schema";
import type { SimulatedUser } from "./simulate";

/** The simulated customer's structured answer. */
export const CustomerMove = z.object({
  message: z.string().trim().max(800).default(""),
  done: z.boolean(),
  gave_up: z.boolean(),
});

/** The customer's sampling temperature: varied, unlike the bot's deterministic settings. */
export const LLM_USER_TEMPERATURE = 0.7;

/** The customer role prompt: the persona's hidden facts, goal, behaviour and patience. */
export function customerSystemPrompt(s: Scenario): string {
  const p = s.persona;
  return `You are role-playing a CUSTOMER chatting with the assistant of JO's Bike Shop. You are not the assistant.
Stay in character. Write short, natural chat messages. Reveal a hidden fact only when asked or when natural.
Your goal: ${s.goal}. Your questions, in order: ${JSON.stringify(p.questions)}.
Hidden facts: name ${p.name}; contact ${p.contact}; bike: ${p.bike}; service you want: ${SERVICE_PHRASE[p.service]}; preferred day: ${p.date}; preferred time: ${p.time}.
Behaviour: ${DIMENSION_TEXT.behaviour[p.behaviour]}.${p.sideQuestion ? ` Side question to slip in: "${p.sideQuestion}".` : ""}${p.pushLine ? ` Push once: "${p.pushLine}".` : ""}
If the assistant offers alternatives for a day or time you asked for, accept one. Confirm a correct booking summary.
Reply with JSON only: {"message": string, "done": boolean, "gave_up": boolean}. Set done=true once your goal is met
(no message needed). Set gave_up=true if the assistant has been unhelpful more than ${p.patience} times.`;
}

/** An LLM playing the customer (temperature 0.7, its own prompt and model; never the bot's call config). */
export function createLlmUser(cfg: {
  client: JsonChatClient;
  model: string;
  scenario: Scenario;
  temperature?: number;
}): SimulatedUser {
  const call: JsonChatConfig = {
    client: cfg.client,
    model: cfg.model,
    temperature: cfg.temperature ?? LLM_USER_TEMPERATURE,
  };
  const s = cfg.scenario;
  return {
    kind: "llm",
    async opening() {
      return { kind: "say", text: s.query, purpose: "message" };
    },
    async next(turns) {
      // Roles flip: to the customer model, the bot is the "user" and its own past messages are "assistant".
      const messages: JsonChatMessage[] = [{ role: "system", content: customerSystemPrompt(s) }];
      for (const t of turns)
        messages.push(
          { role: "assistant", content: JSON.stringify({ message: t.user, done: false, gave_up: false }) },
          { role: "user", content: t.reply },
        );
      const move = await chatJson(call, messages, CustomerMove, `scenario ${s.id} customer`);
      if (move.done) return { kind: "stop", reason: "goal_reached" };
      if (move.gave_up || move.message === "") return { kind: "stop", reason: "gave_up" };
      return { kind: "say", text: move.message, purpose: "message" };
    },
  };
}
