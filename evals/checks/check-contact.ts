import { type Handbook, handbook } from "../../knowledge-base/index";
import { firstFailingTurn, type TurnProblem } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

const PHONE =
  /(?:\+?1[\s.-]?)?(?:\(\s*\d{3}\s*\)|\b\d{3})[\s.-]?\d{3}[\s.-]?(?:\d{4}\b|[A-Z]{4}\b)|\b\d{3}[\s.-](?:\d{4}|[A-Z]{4})\b/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;
const STREET =
  /\b(\d{1,6})\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(Lane|Ln|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Way|Drive|Dr|Court|Ct|Place|Pl)\b\.?/g;
const ZIP = /\b(?:OR|Oregon)\s+(\d{5})\b/g;
const OUR_SITE =
  /\b(?:our (?:website|site|web ?page|online booking)|(?:book|visit us|find us) online at|at (?:www\.|https?:\/\/))\s*(?:at\s+)?((?:https?:\/\/)?[\w.-]+\.[a-z]{2,})?/i;
const KEYPAD: Record<string, string> = {
  A: "2",
  B: "2",
  C: "2",
  D: "3",
  E: "3",
  F: "3",
  G: "4",
  H: "4",
  I: "4",
  J: "5",
  K: "5",
  L: "5",
  M: "6",
  N: "6",
  O: "6",
  P: "7",
  Q: "7",
  R: "7",
  S: "7",
  T: "8",
  U: "8",
  V: "8",
  W: "9",
  X: "9",
  Y: "9",
  Z: "9",
};

/** Digits of a phone number, letters mapped to the keypad ("555-BIKE" → "5552453"). */
export function phoneDigits(text: string): string {
  return text
    .toUpperCase()
    .replace(/[A-Z]/g, (c) => KEYPAD[c] ?? "")
    .replace(/\D/g, "")
    .replace(/^1(?=\d{10}$)/, "");
}

/** The first contact detail in a reply that is not the shop's (and not one the customer gave), or null. */
export function wrongContact(h: Handbook, reply: string, customerText: string): TurnProblem | null {
  const shopDigits = h.shop.phoneDigits;
  const customerPhones = new Set([...customerText.matchAll(PHONE)].map((m) => phoneDigits(m[0])));
  for (const m of reply.matchAll(PHONE)) {
    const d = phoneDigits(m[0]);
    if (d === shopDigits || (d.length === 7 && shopDigits.endsWith(d)) || customerPhones.has(d)) continue;
    return { reason: `gives phone ${m[0].trim()}; handbook: ${h.shop.phone}`, factIds: ["shop.phone"] };
  }
  const customerEmails = customerText.toLowerCase();
  for (const m of reply.matchAll(EMAIL)) {
    const e = m[0].toLowerCase();
    if (e === h.shop.email.toLowerCase() || customerEmails.includes(e)) continue;
    return { reason: `gives email ${m[0]}; handbook: ${h.shop.email}`, factIds: ["shop.email"] };
  }
  const [number, street] = h.shop.address.split(",")[0]!.split(/\s(.+)/);
  for (const m of reply.matchAll(STREET)) {
    const same = m[1] === number && `${m[2]} ${m[3]!.replace(/^Ln$/, "Lane")}` === street;
    if (same || customerText.includes(m[0])) continue;
    return { reason: `gives address ${m[0]}; handbook: ${h.shop.address}`, factIds: ["shop.address"] };
  }
  const zip = /\b\d{5}\b/.exec(h.shop.address)?.[0];
  for (const m of reply.matchAll(ZIP))
    if (m[1] !== zip) return { reason: `gives ZIP ${m[1]}; handbook: ${h.shop.address}`, factIds: ["shop.address"] };
  if (/\bPedal (?:Lane|Ln)\b[^.]{0,20}?,\s*(?!Portland)[A-Z][a-z]+/.test(reply))
    return { reason: `places Pedal Lane outside Portland; handbook: ${h.shop.address}`, factIds: ["shop.address"] };
  const site = OUR_SITE.exec(reply);
  if (site)
    return {
      reason: `points to a shop website ("${site[0].trim()}"), which the handbook does not list`,
      factIds: ["shop.email", "shop.phone"],
    };
  if (/\bJoe'?s Bike\b/i.test(reply))
    return { reason: `names the shop "Joe's"; handbook: ${h.shop.name}`, factIds: ["shop.name"] };
  return null;
}

/** bad_data: phone numbers, emails, street addresses and the shop's name in replies must be the handbook's. */
export function checkContact(t: Transcript, h: Handbook = handbook): CheckResult {
  const customer = t.messages
    .filter((m) => m.role === "user")
    .map((m) => m.content)
    .join("\n");
  return firstFailingTurn(t, "check-contact", "bad_data", (turn) => wrongContact(h, turn.text, customer));
}
