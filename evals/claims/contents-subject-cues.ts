// Two readings of who a contents claim is about that the cue words alone miss: a clause that prices a service of its
// own ("Cable replacement is $30 per cable, parts included"), and a comparison's relative clause ("covers bearings
// that a tune-up doesn't"), whose negation belongs to the other service.
import type { ServiceId } from "../../knowledge-base/index";
import { findServices } from "./service-mentions";

/** Between a service opening a clause and its price: a copula, a colon or dash, a hedge. */
const PRICED_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:is|are|costs?|runs?|will be|would be|comes (?:in )?at|at|for|[:—–-])\s*(?:just |only |about |around |roughly |usually |normally |a flat )?\$\s?\d/i;

/**
 * When the clause opens with a service that is given a price of its own ("Cable replacement is $30 per cable, cable
 * included", "Brake pads: $25 a pair, pads included"), what it says is "included" is what that price covers, not what
 * another service's list has: returns where that reading stops (the next service named as such), else null. `listed`
 * are the services that have lists of their own (a clause opening with one is read as usual).
 */
export function pricedOwnServiceUntil(clause: string, listed: ReadonlySet<ServiceId>): number | null {
  const found = findServices(clause);
  const first = found[0];
  if (!first || listed.has(first.service)) return null;
  // Only an article, a bullet or emphasis may stand before it.
  if (!/^[\s\-*•\d.)]*(?:(?:a|an|the|our|your|each|one)\s+)?$/i.test(clause.slice(0, first.start))) return null;
  if (!PRICED_AFTER.test(clause.slice(first.end))) return null;
  return found.find((m) => m.start > first.end && !m.part && m.service !== first.service)?.start ?? clause.length;
}

/** "… that a tune-up doesn't", "… which the basic one won't": a relative clause with a service subject, denied. */
const RELATIVE = /\s*,?\s*\b(?:that|which)\s+(?:(?:a|an|the|your|our|its)\s+)?$/i;
const DENIED_AFTER =
  /^\s*(?:does not|doesn't|doesnt|do not|don't|won't|will not|isn't|is not|can't|cannot|lacks?|skips?|leaves? (?:out|off))\b/i;

/**
 * A comparison's relative clause after a mention: "the full service covers bearings and cables that a tune-up
 * doesn't". Returns where the relative clause starts (the main clause's negation is read only before it) and the
 * service it denies the thing to; null when the words after the mention are no such clause. `after` is the clause text
 * from the end of the mention; `services` the services of the clause with offsets in the same text.
 */
export function deniedToOther(after: string): { at: number; service: ServiceId } | null {
  for (const s of findServices(after)) {
    if (s.start > 80) break;
    const before = after.slice(0, s.start);
    const rel = RELATIVE.exec(before);
    if (!rel || /[.;!?]/.test(before)) continue;
    if (!DENIED_AFTER.test(after.slice(s.end))) continue;
    return { at: rel.index, service: s.service };
  }
  return null;
}

/** A comma and a subordinating word: what stands before it is a clause of its own ("…never been serviced, since it covers…"). */
/** "Since you haven't had it serviced, …", "If you don't need cables, …": an opening clause of its own. */
const LEADING_SUBORDINATE =
  /^\s*(?:since|because|as|if|when|while|though|although|given (?:that|how))\b[^,;:.!?]*,\s*/i;
const SUBORDINATE = /,\s*(?:since|because|as|so|which means|meaning)\s/gi;

/**
 * Where the clause that holds a cue starts: after the last ", since" / ", because" / ", so" before it, else 0. A
 * negation before that point ("for a bike that's never been serviced, since it covers bearings") denies nothing the
 * cue says.
 */
export function ownClauseStart(text: string, cueAt: number): number {
  let start = LEADING_SUBORDINATE.exec(text.slice(0, cueAt))?.[0].length ?? 0;
  for (const m of text.slice(0, cueAt).matchAll(SUBORDINATE)) start = m.index + m[0].length;
  return start;
}
