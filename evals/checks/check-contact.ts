import { type Handbook, handbook } from "../../knowledge-base/index";
import { type ContactClaim, contactClaims, firstFailingTurn, type TurnProblem } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** Digits of a phone number (re-exported where it lived before contact claims moved to evals/claims). */
export { phoneDigits } from "../claims/index";

/** The handbook's verdict on one contact claim: null when it is the shop's (or the customer's own), else the problem. */
function judge(h: Handbook, c: ContactClaim, customer: Customer): TurnProblem | null {
  const [number, street] = h.shop.address.split(",")[0]!.split(/\s(.+)/);
  switch (c.kind) {
    case "phone": {
      const shop = h.shop.phoneDigits;
      const d = c.normalized;
      if (d === shop || (d.length === 7 && shop.endsWith(d)) || customer.phones.has(d) || inPieces(d, customer.digits))
        return null;
      return { reason: `gives phone ${c.value}; handbook: ${h.shop.phone}`, factIds: ["shop.phone"] };
    }
    case "email":
      if (c.normalized === h.shop.email.toLowerCase() || customer.text.toLowerCase().includes(c.normalized))
        return null;
      return { reason: `gives email ${c.value}; handbook: ${h.shop.email}`, factIds: ["shop.email"] };
    case "street":
      if (c.normalized === `${number} ${street}` || customer.text.includes(c.value)) return null;
      return { reason: `gives address ${c.value}; handbook: ${h.shop.address}`, factIds: ["shop.address"] };
    case "zip":
      if (c.normalized === /\b\d{5}\b/.exec(h.shop.address)?.[0]) return null;
      return { reason: `gives ZIP ${c.normalized}; handbook: ${h.shop.address}`, factIds: ["shop.address"] };
    case "city":
      if (h.shop.address.includes(c.normalized)) return null;
      return { reason: `places Pedal Lane outside Portland; handbook: ${h.shop.address}`, factIds: ["shop.address"] };
    case "website":
      return {
        reason: `points to a shop website ("${c.value}"), which the handbook does not list`,
        factIds: ["shop.email", "shop.phone"],
      };
    case "shop_name":
      if (!/^Joe/i.test(c.normalized)) return null;
      return { reason: `names the shop "Joe's"; handbook: ${h.shop.name}`, factIds: ["shop.name"] };
  }
  return null;
}

/** What the customer wrote (their own details may be echoed back): the text, its phone numbers and digit groups. */
interface Customer {
  text: string;
  phones: Set<string>;
  /** Every run of digits the customer wrote ("555 0123 area code 971" → 555, 0123, 971). */
  digits: string[];
}

function customerOf(customerText: string): Customer {
  return {
    text: customerText,
    phones: new Set(contactClaims(customerText).flatMap((c) => (c.kind === "phone" ? [c.normalized] : []))),
    digits: (customerText.match(/\d+/g) ?? []).filter((g) => g.length >= 3).slice(0, 12),
  };
}

/** A number the customer gave in pieces, in any order ("555 0123, area code 971" read back as (971) 555-0123). */
function inPieces(number: string, groups: readonly string[], depth = 0): boolean {
  if (number === "") return depth >= 2;
  if (depth >= 4) return false;
  return groups.some(
    (g, i) =>
      number.startsWith(g) &&
      inPieces(
        number.slice(g.length),
        groups.filter((_, j) => j !== i),
        depth + 1,
      ),
  );
}

/** The first contact detail in a reply that is not the shop's (and not one the customer gave), or null. */
export function wrongContact(h: Handbook, reply: string, customer: string | Customer): TurnProblem | null {
  const c = typeof customer === "string" ? customerOf(customer) : customer;
  for (const claim of contactClaims(reply)) {
    const problem = judge(h, claim, c);
    if (problem) return problem;
  }
  return null;
}

/** bad_data: phone numbers, emails, street addresses and the shop's name in replies must be the handbook's. */
export function checkContact(t: Transcript, h: Handbook = handbook): CheckResult {
  // Read once per conversation, not once per turn (a long transcript stays linear).
  const customer = customerOf(
    t.messages
      .filter((m) => m.role === "user")
      .map((m) => m.content)
      .join("\n"),
  );
  return firstFailingTurn(t, "check-contact", "bad_data", (turn) => wrongContact(h, turn.text, customer));
}
