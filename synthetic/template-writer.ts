import type { Rng } from "../chatbot/index";
import { SERVICE_PHRASE } from "./persona";
import { SMALL_TALK } from "./query-bank";
import type { Persona, Tuple } from "./schema";
import { applyStyle, fill } from "./style";

/** Version of the offline templates; recorded with every generated query. */
export const TEMPLATE_WRITER_VERSION = "template-v1";

const BOOKING: Record<Tuple["completeness"], { plain: string[]; terse: string[] }> = {
  all_upfront: {
    plain: [
      "Hi, I'm {name}. I'd like to book a {service} on {date} at {time}. You can reach me at {contact}.",
      "Could I book a {service} for {date} at {time}? My name is {name}, contact {contact}.",
      "My name is {name} ({contact}) and I'd like to book a {service}, {date} at {time} if possible.",
    ],
    terse: [
      "book {service} {date} {time}. i'm {name}, {contact}",
      "{name}, {contact} - book a {service} {date} {time}",
    ],
  },
  partial: {
    plain: [
      "I'd like to book a {service} for {date}.",
      "Can I get my bike in for a {service} on {date}?",
      "Do you have a slot on {date} for a {service}?",
    ],
    terse: ["book {service} {date}", "{service} appointment {date}?"],
  },
  none: {
    plain: [
      "I'd like to make an appointment.",
      "Can I book my bike in?",
      "I need to get my bike looked at, can I book something?",
    ],
    terse: ["need an appointment", "book pls"],
  },
};

const MANAGE: Record<Tuple["completeness"], string[]> = {
  all_upfront: [
    "Hi, this is {name} ({contact}). I need to cancel my booking.",
    "My name is {name}, {contact}. Can I reschedule my appointment?",
  ],
  partial: ["I need to cancel my booking. My name is {name}.", "Hi, I'm {name}, I want to cancel my appointment."],
  none: ["I need to cancel my booking.", "Can I reschedule my appointment?"],
};

const FEE_MANAGE = "I'm {name}, {contact}. I need to cancel my appointment for tomorrow, is there a fee?";

/** The placeholder values a persona fills in. */
export function personaValues(p: Persona): Record<string, string> {
  return {
    name: p.name,
    contact: p.contact,
    service: SERVICE_PHRASE[p.service],
    date: p.date,
    time: p.time,
    bike: p.bike,
  };
}

function openingTemplate(tuple: Tuple, persona: Persona, trapId: string | null, rng: Rng): string {
  if (tuple.intent === "booking") {
    const bank = BOOKING[tuple.completeness];
    return rng.pick(persona.style === "terse" ? bank.terse : bank.plain);
  }
  if (tuple.intent === "reschedule_cancel")
    return trapId === "cancellation_fee" && tuple.completeness === "all_upfront"
      ? FEE_MANAGE
      : rng.pick(MANAGE[tuple.completeness]);
  return persona.questions[0] ?? "Hi, can you help me?";
}

/**
 * The offline query writer: picks a template for the tuple, restyles it (terse, long, typos, non-native phrasing),
 * adds the behaviour's colour (small talk, a push for a discount) and fills in the persona's details. Deterministic.
 */
export function writeTemplateQuery(s: { tuple: Tuple; persona: Persona; trapId: string | null }, rng: Rng): string {
  const { tuple, persona } = s;
  let template = openingTemplate(tuple, persona, s.trapId, rng);
  if (persona.style !== "terse" && persona.style !== "long" && rng.chance(0.3)) template = `Hi! ${template}`;
  if (persona.style === "long") template = `I have {bike} that I ride most days. ${template}`;
  if (tuple.behaviour === "chatty") template = `${rng.pick(SMALL_TALK)} ${template}`;
  if (tuple.behaviour === "adversarial" && tuple.turns === "single" && persona.pushLine)
    template = `${template} ${persona.pushLine}`;
  const styled = applyStyle(template, persona.style, rng);
  // Casual bank questions start lower-case; once framed by other sentences, start each sentence with a capital.
  const cased =
    persona.style === "terse"
      ? styled
      : styled.replace(/(^|[.!?]\s+)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
  return fill(cased, personaValues(persona)).trim();
}
