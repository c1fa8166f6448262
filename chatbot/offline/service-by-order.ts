import { type Handbook, normalizeText, type ServiceId } from "../../knowledge-base/index";
import type { ChatMessage } from "../schema";
import { detectServices } from "./detect-services";

/** "The first one I asked about", "the second service", "the last one", "the other one you mentioned". */
const BY_ORDER =
  /\bthe (first|1st|second|2nd|third|3rd|last|latter|former|previous|earlier|other|original) (one|service|thing|job|option|price|quote)\b|\bthe (former|latter)\b/;

/**
 * The service a message points to by its order among the services talked about earlier in this conversation (the
 * customer's messages, in order): "book the first one I asked about" after asking about truing then a cable is the
 * truing. Null when the message points to none, or the order picks nothing.
 */
export function serviceByOrder(h: Handbook, t: string, history: ChatMessage[]): ServiceId | null {
  const m = BY_ORDER.exec(t.toLowerCase());
  if (!m) return null;
  const talked = [
    ...new Set(
      history
        .filter((x) => x.role === "user")
        .flatMap((x) => detectServices(h, normalizeText(x.content).toLowerCase())),
    ),
  ];
  if (!talked.length) return null;
  const word = m[1] ?? m[3]!;
  if (/^(first|1st|former|original|earlier)$/.test(word)) return talked[0] ?? null;
  if (/^(second|2nd)$/.test(word)) return talked[1] ?? null;
  if (/^(third|3rd)$/.test(word)) return talked[2] ?? null;
  // "The other one": of two talked about, the one not talked about last.
  if (word === "other") return talked.length === 2 ? talked[0]! : null;
  return talked.at(-1) ?? null;
}

/**
 * The message with a service pointed to by its order written as that service's name ("book the first one I asked
 * about" → "book the wheel truing I asked about"), so every later reading sees the service, and no "first" slot.
 */
export function withOrderedService(h: Handbook, text: string, history: ChatMessage[]): string {
  if (detectServices(h, normalizeText(text).toLowerCase()).length) return text;
  const id = serviceByOrder(h, text, history);
  const name = h.services.find((s) => s.id === id)?.name;
  return name ? text.replace(new RegExp(BY_ORDER.source, "i"), `the ${name}`) : text;
}
