import { type Handbook, handbook, inclusionItems, type ServiceId } from "../../knowledge-base/index";
import { type ContentsClaim, contentsClaims, firstFailingTurn, focusService, isNegated } from "../claims/index";
import type { CheckResult, Transcript, Uncertainty } from "../schema";

const nameOf = (h: Handbook, id: ServiceId) => h.services.find((s) => s.id === id)!.name;

/** Why a claim about what a service includes is wrong, or null when the service's inclusion list agrees with it. */
function wrongContents(h: Handbook, c: ContentsClaim & { service: ServiceId }): string | null {
  const listed = (ids: ServiceId[]) => ids.includes(c.service);
  if (c.whole) {
    // "The tune-up includes everything in the full service": every item of the whole must be on the subject's list.
    const items = inclusionItems(h).filter((i) => i.services.includes(c.whole!));
    if (!c.included || c.whole === c.service || items.every((i) => listed(i.services))) return null;
    return `says the ${nameOf(h, c.service)} includes everything in the ${nameOf(h, c.whole)}`;
  }
  const has = c.items.some((i) => listed(i.services));
  // Said included: one thing the words can mean must be on the list. Said left out: none of them may be.
  if (c.included === has) return null;
  if (!c.included && c.items.some((i) => !i.services.length)) return null;
  const others = [...new Set(c.items.flatMap((i) => i.services))].filter((s) => s !== c.service);
  const where = others.length ? ` (it is part of the ${others.map((s) => nameOf(h, s)).join(" / ")})` : "";
  return c.included
    ? `says the ${nameOf(h, c.service)} includes ${c.said.trim()}; its list does not${where}`
    : `says the ${nameOf(h, c.service)} does not include ${c.said.trim()}; its list does ("${c.items.find((i) => listed(i.services))!.text}")`;
}

/**
 * bad_data: what a reply says a service includes (or leaves out) must agree with the service's inclusion list in the
 * handbook — a thing from another service's list or from no list is not included; a listed thing is. A claim whose
 * service cannot be tied to anything abstains.
 */
export function checkServiceContents(t: Transcript, h: Handbook = handbook): CheckResult {
  const uncertain: Uncertainty[] = [];
  const result = firstFailingTurn(t, "check-service-contents", "bad_data", (turn) => {
    const claims = contentsClaims(turn, () => focusService(turn), h);
    for (const c of claims) {
      if (c.service === null) continue;
      const why = wrongContents(h, { ...c, service: c.service });
      if (why) return { reason: `${why} — "${c.sentence}"`, factIds: [`svc.${c.service}.includes`] };
    }
    // "We don't service suspension — that covers forks and shocks": the scope of a refusal, not a service's contents.
    const loose = claims.find(
      (c) =>
        c.service === null &&
        c.included &&
        c.items.length > 0 &&
        c.items.every((i) => !i.services.length) &&
        !isNegated(c.sentence),
    );
    if (loose)
      uncertain.push({
        mode: "bad_data",
        turn: turn.turn,
        evaluator: "check-service-contents",
        reason: `says ${loose.said.trim()} is included with no service to tie it to — "${loose.sentence}"`,
      });
    return null;
  });
  return uncertain.length ? { ...result, uncertain: [...(result.uncertain ?? []), ...uncertain] } : result;
}
