import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import { memoText } from "../../knowledge-base/text-memo";

/** A mention of one of the shop's services in text. */
export interface ServiceMention {
  start: number;
  end: number;
  service: ServiceId;
  /** True when the words name a part of the service rather than the service ("tube" for a flat repair). */
  part: boolean;
  /** True inside a list of what another service includes ("a tune-up includes … a safety check"). */
  included: boolean;
  /** True for a job already done ("I had a full service 3 weeks ago", "your recent tune-up"): no service arranged now. */
  past?: boolean;
}

/** Words before a service that make it a job already done. */
const PAST_BEFORE =
  /\b(?:(?:i|we|you)(?:'ve| have)? (?:had|got|did)|(?:your|my|the|her|his|their) (?:recent|last|previous|earlier|latest)|since (?:your|my|the) (?:last )?|(?:days?|weeks?) (?:of|after|from))\s+(?:(?:a|an|the|my|your)\s+)?$/i;
/** Words after a service that make it a job already done. */
const PAST_AFTER =
  /^\s*(?:(?:was|were|been|got) (?:done|finished|completed)\b|(?:you|i|we) (?:had|did|got)\b|(?:(?:done|finished|completed) )?(?:about |like |roughly |only |just )?(?:\d+|a|an|one|two|three|four|five|six|a few|a couple of|couple) (?:days?|weeks?|months?) ago\b|(?:(?:done|finished|completed) )?(?:last|this past) (?:week|month|year|spring|summer|autumn|fall|winter)\b)/i;

// "Bearing service is included in the full service": after a passive "included in/with" comes the container, no ingredient.
const INCLUDES =
  /\b(?:includ(?:es|ing|ed)\b(?!\s+(?:in|with|within)\b)|covers?|comes? with|consists? of|as well as|along with|everything in|adds?|adding)\b|^\s*plus\b/gi;

// Phrasings customers and bots use; longer alternatives first so "brake adjustment" is not read as "brake pads".
const PATTERNS: [ServiceId, RegExp, boolean][] = [
  ["full_service", /\b(?:full[- ](?:service|overhaul)s?|(?:complete |full )?overhauls?)\b/gi, false],
  ["tune_up", /\b(?:(?:standard |basic |regular |full )?tune[- ]?ups?|tune(?= it\b))\b/gi, false],
  ["inspection", /\b(?:(?:free |basic )?safety (?:inspections?|checks?|check-?ups?)|inspections?)\b/gi, false],
  [
    "adjustment",
    // "saddle-height adjustment", "headset adjustment": an adjustment of something else is not the brake/gear one.
    /\b(?<!re-?)(?<!\b(?:saddle|seat|height|headset|bearing|stem|bar|handlebar|fit|cleat|suspension|tension)[- ])(?:(?:minor |quick |small |basic )?(?:(?:brake|gear|shifting|derailleur|shifter)(?:\s*(?:or|and|\/)\s*(?:brake|gear|shifting))? )?adjustments?)\b/gi,
    false,
  ],
  ["brake_pads", /\b(?:(?:brake[- ])?pads?(?: replacements?| swaps?| changes?)?|pad replacements?)\b/gi, false],
  [
    "cable",
    /\b(?:(?:brake|gear|shifter|derailleur)(?: or (?:brake|gear))? )?cables?(?: replacements?| swaps?)?\b/gi,
    false,
  ],
  [
    "truing",
    /\b(?:(?:wheel )?truing|true (?:a |the |your |my |each |both )?(?:(?:back|rear|front|wobbly|buckled|bent)\s+)?wheels?|wheel true|(?:get|got|be|been|having|have) (?:it |them |(?:the |my |your )?wheels? )?trued|(?:wobbly|buckled|bent) wheels?|(?<!\b(?:is|'s|be|not|so|quite|very|also|was)\s)(?:re-?)?true (?:it|them|both(?: wheels)?|that(?: one)?|the rims?|your rims?)|re-?trued?)\b/gi,
    false,
  ],
  [
    "flat_repair",
    /\b(?:flat(?:s| tires?| tyres?)?(?: repairs?| fix(?:es)?)?(?! (?:rate|fee|price|out|surface|pedals?|charge)| ?\$)|punctures?(?: repairs?)?|flat[- ]repairs?|fix(?:ing)? (?:a |the |your |my )?flat)\b/gi,
    false,
  ],
  // A frame's down, top, seat or head tube (or its chainstay "tubes") is frame, not an inner tube.
  [
    "flat_repair",
    /\b(?<!\b(?:down|top|seat|head|frame|steerer|carbon|alu(?:minium|minum)?|steel|titanium)[- ])(?:new |inner |replacement )?tubes?\b/gi,
    true,
  ],
];

/** Finds service mentions in text, earliest first; overlapping matches keep the first (most specific) pattern (memoised, frozen). */
export const findServices: (text: string) => readonly ServiceMention[] = memoText(servicesFound);

function servicesFound(text: string): ServiceMention[] {
  const out: ServiceMention[] = [];
  for (const [service, re, part] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      out.push({ start, end, service, part, included: false });
    }
  }
  // A mention after "includes"/"covers" up to the end of its sentence is an ingredient, not the subject.
  const cut = [...text.matchAll(INCLUDES)].map((m) => m.index);
  for (const m of out) m.included = cut.some((c) => c < m.start && !/[.!?\n]/.test(text.slice(c, m.start)));
  out.sort((a, b) => a.start - b.start);
  out.forEach((m, i) => {
    const prev = out[i - 1];
    // "within 30 days of a tune-up or full service": a job coordinated with a past one is past too.
    const joined =
      prev?.past === true &&
      /^\s*(?:,|or|and|&|\/)\s*(?:(?:a|an|the|your|my)\s+)?$/i.test(text.slice(prev.end, m.start));
    if (
      joined ||
      PAST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
      PAST_AFTER.test(text.slice(m.end))
    )
      m.past = true;
  });
  return out;
}

/** The services named in text as subjects (not parts, not ingredients of another), in order, without repeats. */
export function servicesIn(text: string): ServiceId[] {
  return [
    ...new Set(
      findServices(text)
        .filter((m) => !m.part && !m.included)
        .map((m) => m.service),
    ),
  ];
}

/** The handbook entry of a service. */
export function serviceOf(h: Handbook, id: ServiceId) {
  const s = h.services.find((x) => x.id === id);
  if (!s) throw new Error(`unknown service ${id}`);
  return s;
}

const ingredients = new Map<ServiceId, Set<ServiceId>>();

/**
 * True when the handbook lists service `part` among what `whole` includes (a tune-up's "safety check", a full
 * service's "new cables"): named in a list under `whole`, it is an ingredient, not a new subject.
 */
export function isIngredientOf(whole: ServiceId, part: ServiceId, h: Handbook = handbook): boolean {
  if (h !== handbook) return ingredientsOf(whole, h).has(part);
  let set = ingredients.get(whole);
  if (!set) {
    set = ingredientsOf(whole, h);
    ingredients.set(whole, set);
  }
  return set.has(part);
}

/** What a service includes, through the services it includes ("everything in the tune-up" brings the tune-up's). */
function ingredientsOf(whole: ServiceId, h: Handbook, seen = new Set<ServiceId>([whole])): Set<ServiceId> {
  const s = h.services.find((x) => x.id === whole);
  const out = new Set<ServiceId>();
  for (const id of (s?.includes ?? []).flatMap((i) => findServices(i).map((m) => m.service))) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.add(id);
    for (const inner of ingredientsOf(id, h, seen)) out.add(inner);
  }
  return out;
}

/** A verb that makes a sentence say something of the service it names ("… is a walk-in job", "… costs", "… takes"). */
const OWN_VERB =
  /^\s*(?:job\s+|service\s+)?(?:is|are|'s|was|costs?|takes?|runs?|needs?|requires?|can be|would be|will be)\b/i;

/**
 * The service in focus after a sentence: the last subject it names, skipping what the service in focus (or a service
 * named before in the sentence) includes when the sentence is a list item without figures ("Safety check.").
 */
export function subjectAfter(last: ServiceId | null, sentence: string, h: Handbook = handbook): ServiceId | null {
  const item = !/\d/.test(sentence);
  // A job already done ("your recent tune-up", "within 30 days of a full service") is never the one in focus.
  const mentions = findServices(sentence).filter((m) => !m.part && !m.included && !m.past);
  const named = [...new Set(mentions.map((m) => m.service))];
  // "A minor brake adjustment is a walk-in job": a service the sentence says something of is its subject, even one the
  // service in focus includes; a bare list item ("Brake adjustment — squeaky brakes sorted here") is not.
  const predicated = new Set(mentions.filter((m) => OWN_VERB.test(sentence.slice(m.end))).map((m) => m.service));
  const ids = named.filter(
    (id, i) =>
      !named.slice(0, i).some((w) => isIngredientOf(w, id, h)) &&
      !(item && last && isIngredientOf(last, id, h) && !predicated.has(id)),
  );
  return ids.at(-1) ?? last;
}
