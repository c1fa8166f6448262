import { DateTime } from "luxon";
import type { Rng } from "../chatbot/index";
import { timePhrase } from "./calendar";
import type { Completeness } from "./dimensions";
import { SERVICE_PHRASE } from "./persona";
import type { Persona } from "./schema";
import type { SimulatedUser, UserMove } from "./simulate";
import { isAnswered, type SimTurn } from "./stop-rules";

/** What the scripted customer remembers between turns. */
export interface ScriptMemory {
  frustration: number;
  pushed: boolean;
  sideAsked: boolean;
  corrected: boolean;
  date: string;
  time: string;
}

/** A fresh memory for a persona. */
export function initialMemory(p: Persona): ScriptMemory {
  return { frustration: 0, pushed: false, sideAsked: false, corrected: false, date: p.date, time: p.time };
}

const say = (text: string, purpose: Extract<UserMove, { kind: "say" }>["purpose"]): UserMove => ({
  kind: "say",
  text,
  purpose,
});

/** A turn that did not help the customer: "I don't know", an error, the same question again, or an unanswered question. */
export function unhelpful(p: Persona, last: SimTurn, prev: SimTurn | undefined): boolean {
  const kinds = last.parts.map((x) => x.kind);
  if (kinds.includes("error")) return true;
  if (last.purpose === "push" || last.purpose === "side") return false;
  if (last.purpose === "question" && p.goal.kind === "answer") return !isAnswered(last.parts, p.goal.expect);
  if (kinds.includes("dont_know")) return true;
  const reasked = last.expecting !== null && prev?.expecting === last.expecting && prev.state === last.state;
  return last.purpose === "answer" && reasked && !kinds.includes("invalid_slot");
}

function styled(p: Persona, field: string, value: string): string {
  if (p.style === "terse") return field === "name" ? value : value.toLowerCase();
  if (p.behaviour !== "chatty") return field === "name" && p.style === "non_native" ? `My name is ${value}.` : value;
  switch (field) {
    case "name":
      return `Sure! It's ${value}.`;
    case "contact":
      return `Sure, it's ${value}. Thanks!`;
    case "service":
      return `A ${value} please, it's been a while since the last one.`;
    default:
      return `${value} works great for me, thanks!`;
  }
}

function confirmText(p: Persona, rng: Rng): string {
  if (p.style === "terse") return rng.pick(["yes", "yep", "y"]);
  if (p.behaviour === "chatty") return "Yes, perfect, thanks so much!";
  return rng.pick(["Yes please", "Yes, book it", "Sounds good"]);
}

/** Adopts the bot's first alternative when it refuses a date or time (as a real customer would). */
function adapt(m: ScriptMemory, last: SimTurn): ScriptMemory {
  const next = { ...m };
  for (const part of last.parts) {
    if (part.kind !== "invalid_slot" || !part.alternatives[0]) continue;
    if (part.field === "date") next.date = DateTime.fromISO(part.alternatives[0]).toFormat("LLL d");
    if (part.field === "time") next.time = timePhrase(part.alternatives[0]);
  }
  return next;
}

function questionMove(p: Persona, turns: SimTurn[]): UserMove {
  const expect = p.goal.kind === "answer" ? p.goal.expect : "answer";
  const asked = turns.filter((t) => t.purpose === "question");
  const answered = asked.filter((t) => isAnswered(t.parts, expect)).length;
  const q = p.questions[Math.min(answered, p.questions.length - 1)] ?? "Can you help me?";
  const last = turns.at(-1);
  const repeat = last?.purpose === "question" && !isAnswered(last.parts, expect);
  return say(repeat ? `Sorry, let me ask again: ${q}` : q, "question");
}

/** The scripted customer's next move after the bot's latest turn (pure: the memory is threaded through). */
export function scriptedStep(
  p: Persona,
  completeness: Completeness,
  m0: ScriptMemory,
  turns: SimTurn[],
  rng: Rng,
): [UserMove, ScriptMemory] {
  const last = turns.at(-1);
  if (!last) return [say(p.questions[0] ?? "Hi", "question"), m0];
  const m = adapt({ ...m0, frustration: m0.frustration + (unhelpful(p, last, turns.at(-2)) ? 1 : 0) }, last);
  if (m.frustration > p.patience) return [{ kind: "stop", reason: "gave_up" }, m];
  if (p.pushLine && !m.pushed) return [say(p.pushLine, "push"), { ...m, pushed: true }];
  if (p.sideQuestion && !m.sideAsked && last.state === "booking.collecting")
    return [say(p.sideQuestion, "side"), { ...m, sideAsked: true }];
  if (p.behaviour === "corrective" && !m.corrected && last.state === "booking.confirming") {
    const fixed = { ...m, corrected: true, date: p.altDate, time: p.altTime };
    return [say(`Actually, can we do ${p.altDate} at ${p.altTime} instead?`, "correct"), fixed];
  }
  if (p.goal.kind === "answer") return [questionMove(p, turns), m];
  const field = last.expecting;
  const values: Record<string, string> = {
    service: SERVICE_PHRASE[p.service],
    date: m.date,
    time: m.time,
    name: p.name,
    contact: p.contact,
    identity_name: p.name,
    identity_contact: p.contact,
  };
  if (field && values[field]) return [say(styled(p, field.replace("identity_", ""), values[field]), "answer"), m];
  if (last.state === "booking.confirming") return [say(confirmText(p, rng), "confirm"), m];
  if (p.goal.kind === "manage") return [say("I need to cancel my booking.", "request"), m];
  if (last.state === "booking.collecting") return [say(`${m.date} at ${m.time}`, "answer"), m];
  const when = completeness === "none" ? "" : ` on ${m.date} at ${m.time}`;
  return [say(`I'd like to book a ${SERVICE_PHRASE[p.service]}${when}.`, "request"), m];
}

/** The offline simulated customer: opens with the written query, then answers from the persona's hidden facts. */
export function createScriptedUser(a: {
  persona: Persona;
  completeness: Completeness;
  opening: string;
  rng: Rng;
}): SimulatedUser {
  let memory = initialMemory(a.persona);
  const openingPurpose = a.persona.goal.kind === "answer" || a.persona.questions.length > 0 ? "question" : "request";
  return {
    kind: "scripted",
    async opening() {
      return { kind: "say", text: a.opening, purpose: openingPurpose };
    },
    async next(turns) {
      const [move, next] = scriptedStep(a.persona, a.completeness, memory, turns, a.rng);
      memory = next;
      return move;
    },
  };
}
