import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import {
  claimConfidence,
  findServices,
  firstFailingTurn,
  isNegated,
  priceComponents,
  splitMessage,
  statesPartAsWhole,
  turnClaims,
} from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/** Amounts that are right for a service: its price, its parts of the price (flat: labour/tube) and per-unit multiples. */
export function acceptedAmounts(h: Handbook, id: ServiceId): number[] {
  const s = h.services.find((x) => x.id === id)!;
  if (id === "flat_repair") return [15, 9, s.priceUsd];
  if (s.priceUnit === "per wheel") return [s.priceUsd, s.priceUsd * 2];
  if (s.priceUnit === "per cable") return [1, 2, 3, 4].map((n) => n * s.priceUsd);
  return [s.priceUsd];
}

const PADS_INCLUDED =
  /\bpads? (?:are |is )?included\b|\b(?:including|includes?|covers?) (?:the )?(?:new |cost of the )?pads\b|\bpads? (?:are |is )?(?:part of|in) the price\b|\b(?:price|cost) includes (?:the )?pads\b/i;
const TOTAL =
  /\b(?:all in|all-in|in total|total(?:ling)?|altogether|all together|that includes (?:the |a )?(?:brand[- ])?new tube|tube included|including (?:the |a )?(?:new )?tube|no extra charge)\b/i;
const FREE_SERVICE = /\b(?:free|complimentary|no-charge)\s+(?:\w+\s+)?$/i;
const IS_FREE =
  /^\s*(?:is|are|comes?|will be)\s+(?:totally |completely |always )?(?:free|complimentary|on the house|at no (?:extra )?(?:charge|cost))\b/i;

/**
 * bad_data: every dollar amount attached to a service (and "free" on a paid service) must match the handbook price,
 * and nothing the price includes may be charged on top of it.
 */
export function checkPrices(t: Transcript, h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-prices", "bad_data", (turn) => {
    const { prices, inclusions } = turnClaims(turn, t.now, h);
    for (const c of inclusions) {
      const s = h.services.find((x) => x.id === c.service)!;
      const part = h.services.find((x) => x.id === c.part)?.name ?? c.part;
      return {
        reason: `says ${part} costs extra to ${s.name}; handbook: ${s.priceText}, includes ${s.includes.join(", ")} — "${c.text}"`,
        factIds: [`svc.${c.service}.price`],
      };
    }
    const byConfidence = prices
      .map((c) => ({ ...c, confidence: claimConfidence(c.link, c.sentence) }))
      .sort((a, b) => b.confidence - a.confidence);
    for (const c of byConfidence) {
      if (c.service === "inspection") continue; // a priced inspection is a policy finding (check-inspection-fee)
      const ok = acceptedAmounts(h, c.service);
      const s = h.services.find((x) => x.id === c.service)!;
      // A part of the price (flat: $15 labour) stated alone as the whole ("$15 all in, tube included") is wrong.
      const whole =
        (TOTAL.test(c.sentence) &&
          c.amount !== s.priceUsd &&
          s.priceText.includes("+") &&
          (c.sentence.match(/\$\s?\d/g) ?? []).length === 1) ||
        statesPartAsWhole(c.sentence, c.amount, priceComponents(s.priceText));
      // A per-unit price said to cover a count ("$30 for the pair") must be that many times the unit price.
      const wrongCount = c.units !== null && s.priceUnit?.startsWith("per ") && c.amount !== c.units * s.priceUsd;
      // "three would be $267": a total for a count of jobs is that many times an accepted amount.
      const multiple = c.units !== null && c.upTo === null && ok.some((a) => a * c.units! === c.amount);
      if (whole || wrongCount || (!ok.includes(c.amount) && !multiple) || (c.upTo !== null && !ok.includes(c.upTo)))
        return {
          reason: `prices ${s.name} at $${c.amount}${c.upTo ? `–$${c.upTo}` : ""}; handbook: ${s.priceText} — "${c.sentence}"`,
          factIds: [`svc.${c.service}.price`],
          confidence: c.confidence,
        };
    }
    const padsIncluded = splitMessage(turn.text).some(({ clauses }) =>
      clauses.some((c) => PADS_INCLUDED.test(c.text) && !isNegated(c.text)),
    );
    if (prices.some((c) => c.service === "brake_pads") && padsIncluded)
      return {
        reason: `says brake pads are included in the price; handbook: ${h.services.find((s) => s.id === "brake_pads")!.priceText}`,
        factIds: ["svc.brake_pads.price"],
      };
    for (const m of findServices(turn.text)) {
      if (m.part || m.service === "inspection") continue;
      const before = turn.text.slice(Math.max(0, m.start - 25), m.start);
      const after = turn.text.slice(m.end, m.end + 40);
      if ((FREE_SERVICE.test(before) && !/\bre-?adjust|within|after\b/i.test(before)) || IS_FREE.test(after)) {
        const s = h.services.find((x) => x.id === m.service)!;
        return {
          reason: `calls ${s.name} free; handbook: ${s.priceText} — "${turn.text.slice(Math.max(0, m.start - 40), m.end + 40)}"`,
          factIds: [`svc.${m.service}.price`],
        };
      }
    }
    return null;
  });
}
