/** A contact detail a reply gives: the kind, the text as written and a normalised value to compare. */
export interface ContactClaim {
  kind: "phone" | "email" | "street" | "zip" | "city" | "website" | "shop_name";
  /** As written in the reply. */
  value: string;
  /** Phone: digits (letters by keypad); email: lower case; street: "456 Pedal Lane"; others: as written. */
  normalized: string;
}

const PHONE =
  /(?:\+?1[\s.-]?)?(?:\(\s*\d{3}\s*\)|\b\d{3})[\s.-]?\d{3}[\s.-]?(?:\d{4}\b|[A-Z]{4}\b)|\b\d{3}[\s.-](?:\d{4}|[A-Z]{4})\b/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;
const STREET =
  /\b(\d{1,6})\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(Lane|Ln|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Way|Drive|Dr|Court|Ct|Place|Pl)\b\.?/g;
const ZIP = /\b(?:OR|Oregon)\s+(\d{5})\b/g;
/** "Pedal Lane, Beaverton": the town named right after the shop's street. */
const CITY = /\bPedal (?:Lane|Ln)\b[^.]{0,20}?,\s*([A-Z][a-z]+)/g;
const OUR_SITE =
  /\b(?:our (?:website|site|web ?page|online booking)|(?:book|visit us|find us) online at|at (?:www\.|https?:\/\/))\s*(?:at\s+)?((?:https?:\/\/)?[\w.-]+\.[a-z]{2,})?/gi;
const SHOP_NAME = /\b(?:jo|joe)'?s bike(?: shop)?\b/gi;
const KEYPAD = "22233344455566677778889999";

/** Digits of a phone number, letters mapped to the keypad ("555-BIKE" → "5552453"), a leading 1 dropped. */
export function phoneDigits(text: string): string {
  return text
    .toUpperCase()
    .replace(/[A-Z]/g, (c) => KEYPAD[c.charCodeAt(0) - 65]!)
    .replace(/\D/g, "")
    .replace(/^1(?=\d{10}$)/, "");
}

/**
 * The contact details in a text, grouped by kind in a fixed order (phones, e-mails, streets, ZIPs, the town after
 * the shop's street, a website, the shop's name as written): the claims check-contact compares with the handbook.
 */
export function contactClaims(text: string): ContactClaim[] {
  const out: ContactClaim[] = [];
  for (const m of text.matchAll(PHONE)) out.push({ kind: "phone", value: m[0].trim(), normalized: phoneDigits(m[0]) });
  for (const m of text.matchAll(EMAIL)) out.push({ kind: "email", value: m[0], normalized: m[0].toLowerCase() });
  for (const m of text.matchAll(STREET))
    out.push({ kind: "street", value: m[0], normalized: `${m[1]} ${m[2]} ${m[3]!.replace(/^Ln$/, "Lane")}` });
  for (const m of text.matchAll(ZIP)) out.push({ kind: "zip", value: m[0], normalized: m[1]! });
  for (const m of text.matchAll(CITY)) out.push({ kind: "city", value: m[0], normalized: m[1]! });
  for (const m of text.matchAll(OUR_SITE)) out.push({ kind: "website", value: m[0].trim(), normalized: m[1] ?? "" });
  for (const m of text.matchAll(SHOP_NAME)) out.push({ kind: "shop_name", value: m[0], normalized: m[0] });
  return out;
}
