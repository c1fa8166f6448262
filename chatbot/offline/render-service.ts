import type { Handbook, ServiceId } from "../../knowledge-base/index";
import type { Topic } from "../schema";

function svc(h: Handbook, id: ServiceId) {
  return h.services.find((s) => s.id === id)!;
}
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const list = (xs: string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

function priceLine(h: Handbook, id: ServiceId): string {
  const s = svc(h, id);
  return s.priceUsd === 0 ? `a ${s.name} is ${s.priceText}` : `a ${s.name} is ${s.priceText}`;
}

/** "Both wheels trued, what's the total?": the unit price times the count ("plus pads" stays beside it), or "". */
export function totalText(h: Handbook, id: ServiceId, quantity?: number | null): string {
  const s = svc(h, id);
  const unit = /^per (\w+)$/.exec(s.priceUnit)?.[1];
  return unit && quantity && s.priceUsd > 0
    ? ` For ${quantity} ${unit}s that's $${s.priceUsd * quantity}${/plus pads/.test(s.priceText) ? " plus pads" : ""}.`
    : "";
}

/** A named service's answer: its price (and a total for a count of units), what it includes, timing and booking. */
export function serviceAnswer(h: Handbook, id: ServiceId, topics: Topic[], quantity?: number | null): string {
  const s = svc(h, id);
  const out: string[] = [];
  const total = totalText(h, id, quantity);
  if (id === "inspection")
    out.push(
      `Safety inspections are free, always — any bike, no purchase needed. Just walk in; it takes ${s.durationText}.`,
    );
  else {
    out.push(`${cap(priceLine(h, id))}.${total}`);
    if (s.includes.length && (topics.includes("services") || topics.length === 0))
      out.push(`It includes ${list(s.includes)}.`);
    if (topics.includes("duration") || topics.includes("services")) out.push(`Timing: ${s.durationText}.`);
    out.push(
      s.booking === "required" ? `It needs to be booked at least a day ahead.` : `No booking needed — just walk in.`,
    );
  }
  return out.join(" ");
}
