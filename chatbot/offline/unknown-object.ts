import type { Handbook } from "../../knowledge-base/index";
import { escapeRe } from "./detect-services";

// Words a price question may end on without naming a thing the handbook lacks ("how much is it", "price for the work").
const GENERIC =
  /^(it|that|this|one|ones|them|those|these|everything|anything|something|stuff|things?|services?|repairs?|jobs?|work|works|labou?r|fix(es|ing)?|bikes?|bicycles?|prices?|costs?|rates?|list|menu|basic|basics|standard|small|minor|quick|simple|typical|usual|whole|full|general|all|each|parts?|your|you|us|me|do|get|have|be|fit|fitting|replace|replacing|change|changing|swap|swapping|install|sort|look|check|checking)$/;
const PRICE_OBJECT =
  /\b(?:how much|prices?|costs?|charge|quote)\b(?:\s+(?!if\b|when\b|because\b)[a-z']+){0,2}?\s+(?:for|to|is|are|of|on|does|do)\s+(?:(?:a|an|the|my|your|new|some|fit|fitting|replace|replacing|change|changing|swap|swapping|install|installing|put on|get|have|fix|fixing|\d+)\s+)*([a-z][a-z-]+)/;

/**
 * True when a price question names a thing the handbook never mentions ("how much to fit a kickstand"): its object is
 * neither a generic word nor a word of any service's name, aliases or inclusions. The bot then says it does not know.
 */
export function unknownPriceObject(h: Handbook, t: string): boolean {
  const m = PRICE_OBJECT.exec(t);
  if (!m) return false;
  if (GENERIC.test(m[1]!) || GENERIC.test(m[1]!.replace(/s$/, ""))) return false;
  // A crude stem, so "tuning" meets "tune" and "wheels" meets "wheel".
  const stem = m[1]!.replace(/(ing|ed|es|s|e)$/, "");
  // "Do you charge to cancel?": a policy's name (cancellation, payment, returns) is that policy's money question.
  const known = [...h.services.flatMap((s) => [s.name, ...s.aliases, ...s.includes]), ...h.policies.map((p) => p.title)]
    .join(" ")
    .toLowerCase();
  return !new RegExp(`\\b${escapeRe(stem)}`).test(known);
}

// Asking for a thing to be fitted ("can you install a kid seat", "how much to fit mudguards", "please put on a rack"),
// not a thing that does not fit ("it doesn't fit my bars"): its object is named.
const FIT_OBJECT =
  /\b(?:(?:can|could|would|will|do) (?:you|u|ya)(?: guys)?|to|please|and)\s+(?:install|instal|fit|mount|attach|put on)\s+(?:(?:a|an|the|my|some|new|one|of|those|these|kids?'?|child'?s?|\d+)\s+)*([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?/;

/** Words a thing to work on may be named beside without naming it ("my bike today", "it for me"). */
const BESIDE = /^(today|tomorrow|now|soon|asap|please|too|also|for|on|in|at|this|next|weekend|week|quickly)$/;

/** Whether a word (crudely stemmed) is nowhere in the services' or not-offered items' names, aliases or inclusions. */
function unknownToServices(h: Handbook, word: string): boolean {
  if (GENERIC.test(word) || GENERIC.test(word.replace(/s$/, ""))) return false;
  const stem = word.replace(/(ing|ed|es|s|e)$/, "");
  const known = [
    ...h.services.flatMap((s) => [s.name, ...s.aliases, ...s.includes]),
    ...h.notOffered.flatMap((n) => [n.name, ...n.aliases]),
    "e-bike ebike electric",
  ]
    .join(" ")
    .toLowerCase();
  return !new RegExp(`\\b${escapeRe(stem)}`).test(known);
}

/** The head of a named object (its last word that is not generic or a time word), unknown to every service. */
function unknownHead(h: Handbook, m: RegExpExecArray | null): boolean {
  if (!m) return false;
  const ws = [m[1], m[2]].filter((w): w is string => Boolean(w) && !BESIDE.test(w!) && !GENERIC.test(w!));
  return ws.length > 0 && unknownToServices(h, ws.at(-1)!);
}

// Asking whether the shop works on a thing ("do you do bike fits?", "can you service scooters?", "do you guys fix
// hydraulic brake bleeds?"): its object is named.
const WORK_OBJECT =
  /\b(?:do|can|could|would|will)\s+(?:you|u|ya)(?: guys| all)?\s+(?:also\s+)?(?:do|service|fix|repair|offer|work on|sell|stock|carry|wash|clean|paint|build)\s+(?:(?:a|an|the|my|some|any|new|old|kids?'?|\d+)\s+)*([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?/;

/** True when a question asks whether the shop works on a thing no service or not-offered item names. */
export function unknownWorkObject(h: Handbook, t: string): boolean {
  return unknownHead(h, WORK_OBJECT.exec(t));
}

/**
 * True when the message asks to fit a thing no service covers ("can you install a kid seat, how much?"): the object of
 * the fitting verb (its head word, or the one word after it) is unknown to every service.
 */
export function unknownFitObject(h: Handbook, t: string): boolean {
  const m = FIT_OBJECT.exec(t);
  if (!m) return false;
  if (/^(in|on|to|for|at|with|into|onto|up|out|round|around)$/.test(m[1]!)) return false;
  const head = m[2] && !/^(on|to|for|at|in|and|or|please|too|as|with|onto|the)$/.test(m[2]) ? m[2] : m[1]!;
  return unknownToServices(h, head);
}
