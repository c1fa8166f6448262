import type { ServiceId } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";
import { findServices } from "./service-mentions";

/** Words of the free re-adjustment promise (policy.workmanship), whatever it is called. */
const PROMISE =
  /\bre-?adjust\w*|\bworkmanship\b|\bguarantee[ds]?\b|\bwarrant(?:y|ies)\b|\bfree (?:tweaks?|adjustments?|touch-?ups?|fine-?tun\w*)\b/i;
/** Right before a service: it is set aside ("…, not the tune-up", "except a tune-up", "other than full services"). */
const SET_ASIDE_BEFORE =
  /(?:\bnot|\bbut not|\bexcept(?: for)?|\bexcluding|\bother than|\bnever)\s+(?:(?:for|on|after|with|to)\s+)?(?:(?:the|a|an|your|our|any)\s+)?(?:standard\s+|basic\s+|regular\s+)?$/i;
/** Right after a service: it is said to get no promise ("tune-ups aren't covered", "…don't come with it"). */
const DENIED_AFTER =
  /^s?\s*(?:jobs?\s+|work\s+)?(?:is|are|does|do|was|were)\s*(?:n'?t|not)\s+(?:\w+\s+)?(?:covered|included|eligible|free|part of|come with|get|qualify|include)\b/i;
/** The promise narrowed to services it names: "only applies to", "is only for", "just with a full service". */
const ONLY = /\b(?:only|just|exclusively)\b/i;
/** Why past work is out of the promise is time, not scope: "five weeks on", "outside the window", "no longer". */
const TIME_REASON =
  /\b(?:outside|expired|beyond|past the|ago|no longer|any ?more|elapsed|since it'?s been|been (?:over|more than))\b|\b(?:over|more than|after)\s+(?:the\s+)?(?:\d+|thirty|a)\s*(?:-\s*)?(?:days?|weeks?|months?)\b/i;

/** The services a customer says the shop did for them (their message, any turn so far). */
function customerJobs(turn: AssistantTurn): ServiceId[] {
  return turn.messages
    .slice(0, turn.index)
    .filter((m) => m.role === "user")
    .flatMap((m) => findServices(m.content).map((s) => s.service));
}

/**
 * A service the handbook's free re-adjustment follows said to be out of it (policy.workmanship covers a tune-up and a
 * full service): set aside beside the promise ("re-adjustment applies to the full service, not tune-ups"), denied it
 * ("tune-ups don't come with the 30-day guarantee"), or left out of a promise narrowed to the other one ("our
 * re-adjustment is only for full services" to a customer whose job was a tune-up). A sentence giving time as the
 * reason ("that was six weeks ago, so it's outside the window") is about the window, not the scope.
 */
export function workmanshipExcluded(turn: AssistantTurn, guaranteed: readonly ServiceId[]): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  const jobs = customerJobs(turn);
  for (const { sentence } of splitMessage(turn.text)) {
    const text = sentence.text;
    if (!PROMISE.test(text) || TIME_REASON.test(text) || /\?\s*$/.test(text)) continue;
    const named = findServices(text).filter((m) => !m.part && guaranteed.includes(m.service));
    const excluded = new Set<ServiceId>();
    for (const m of named)
      if (SET_ASIDE_BEFORE.test(text.slice(0, m.start)) || DENIED_AFTER.test(text.slice(m.end)))
        excluded.add(m.service);
    const kept = named.filter((m) => !excluded.has(m.service)).map((m) => m.service);
    // "only for full services", the customer's job another guaranteed service the sentence does not name.
    if (!excluded.size && ONLY.test(text) && kept.length && new Set(kept).size === 1) {
      const job = jobs.findLast((j) => guaranteed.includes(j) && !kept.includes(j));
      if (job && !/\bif\b|\bwhether\b/i.test(text)) excluded.add(job);
    }
    for (const service of excluded) out.claims.push({ kind: "workmanship_scope", value: "excluded", service, text });
  }
  return out;
}
