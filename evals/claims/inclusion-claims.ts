import type { Handbook, ServiceId } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { negatedAt } from "./negation";
import { splitMessage } from "./sentences";
import { findServices, isIngredientOf, servicesIn, subjectAfter } from "./service-mentions";

/** A reply saying part of a service is charged on top of it ("a separate brake adjustment on top of the tune-up"). */
export interface InclusionClaim {
  /** The service the part is said to be extra to. */
  service: ServiceId;
  /** What is said to be extra: another service (an ingredient) or the service's own part ("the cable"). */
  part: string;
  text: string;
}

const EXTRA =
  /\b(?:charged separately|billed separately|(?:is|are|costs?|comes?) extra|extra (?:charge|cost)|on top of|additional (?:charge|cost)|separate(?:ly)?|an? (?:extra|additional)(?=\s*\$))\b/i;

/**
 * "a separate inspection", "booked separately" name a distinct job or visit; they are a charge only beside an amount
 * or a word of paying.
 */
const CHARGE_WORD = /\$\s?\d|\b(?:charge[sd]?|costs?|pay|paid|fee|price[sd]?|billed|extra)\b/i;
/** "…that's free", "at no cost": the part said to be given free is charged for nothing. */
const FREE_PART = /\b(?:free|complimentary|no charge|at no (?:extra |additional )?cost|on the house)\b/i;

const COVERED =
  /\b(?:included|covered|part of (?:it|that|the (?:tune-?up|service|package|price))|(?:covers|includes|comes with|takes care of) (?:it|that|this|them|those)(?! for)\b)/i;

/** "truing on its own", "as a standalone job": the part's own price, asked for alone, is no charge on top of a whole. */
const STANDALONE =
  /\b(?:on (?:its|their) own|by (?:itself|themselves)|stand-?alone|alone|as a (?:separate|one-off|single) (?:job|service|repair|item))\b/i;

/** "$30 per cable, plus the cost of the cable", "+ the cable": the part added to the price, not negated. */
function addedOnTop(text: string, word: string): boolean {
  const m = new RegExp(
    `(?:\\bplus|\\+|\\band)\\s+(?:the\\s+)?(?:(?:cost|price)\\s+of\\s+(?:the\\s+|a\\s+|your\\s+)?|(?=(?:new\\s+)?${word}))(?:new\\s+)?${word}s?\\b`,
    "i",
  ).exec(text);
  if (!m || (/^and\b/i.test(m[0]) && !/\b(?:cost|price)\b/i.test(m[0]))) return false;
  return !negatedAt(text, m.index, m.index + m[0].length);
}

/**
 * Parts said to cost extra, tied to the service they are extra to: an ingredient named with its whole in one clause
 * ("a separate $20 brake adjustment on top of the tune-up"), or the service's own included part on a label line or
 * in a sentence about that service ("Cable: charged separately" under gear cable replacement).
 */
export function inclusionClaims(turn: AssistantTurn, focus: ServiceId | null, h: Handbook): InclusionClaim[] {
  const out: InclusionClaim[] = [];
  let last = focus;
  // Parts the reply itself calls included ("truing is already included in the tune-up"): a later price for one of
  // them, tied to a whole only by focus, is its standalone price.
  const saidIncluded = new Set<ServiceId>();
  for (const { sentence, clauses } of splitMessage(turn.text)) {
    for (const c of clauses) {
      const extra = EXTRA.exec(c.text);
      // "no extra charge", "isn't charged separately": the part is included after all.
      const live =
        extra !== null &&
        !negatedAt(c.text, extra.index, extra.index + extra[0].length) &&
        // "the separate safety inspection is free too": a distinct job, and nothing charged for it.
        !(/^separate(?:ly)?$/i.test(extra[0]) && (!CHARGE_WORD.test(c.text) || FREE_PART.test(sentence.text)));
      if (!live && !/\bplus\b|\+|\bcost of\b|\bprice of\b/i.test(c.text)) continue;
      // "…on top of the tune-up, that's already included": the sentence itself says it is covered.
      const covered = COVERED.exec(sentence.text);
      if (covered && !negatedAt(sentence.text, covered.index, covered.index + covered[0].length)) continue;
      const named = findServices(c.text).filter((m) => !m.included);
      // The whole may be named earlier in the sentence or be the reply's subject ("The tune-up covers …; truing is
      // an extra $30").
      const inSentence = [
        ...named.map((m) => m.service),
        ...servicesIn(sentence.text.slice(0, c.start - sentence.start)),
      ];
      const wholes = [...new Set([...inSentence, ...(last ? [last] : [])])];
      // A whole the sentence does not name is only a reading of focus: a standalone price or a part the reply calls
      // included does not make it a charge on top of that whole.
      const standalone = STANDALONE.test(sentence.text);
      const bound = (whole: ServiceId, part: ServiceId) =>
        inSentence.includes(whole) || !(standalone || saidIncluded.has(part));
      if (live)
        for (const part of named)
          for (const whole of wholes)
            if (whole !== part.service && isIngredientOf(whole, part.service, h) && bound(whole, part.service))
              out.push({ service: whole, part: part.service, text: c.text });
      // The service's own part, included in its price ("$30 per cable, cable included").
      const subject = named.find((m) => !m.part)?.service ?? last;
      const own = subject ? h.services.find((s) => s.id === subject) : undefined;
      if (!own || !/\bincluded\b/i.test(own.priceText)) continue;
      for (const item of own.includes) {
        const word = item.replace(/^(?:the|a|an|new)\s+/i, "");
        const charged =
          (live && new RegExp(`\\b${word}s?\\b[^.;]{0,12}\\s*(?::\\s*)?${EXTRA.source}`, "i").test(c.text)) ||
          addedOnTop(c.text, word);
        if (charged) out.push({ service: own.id, part: item, text: c.text });
      }
    }
    const covered = COVERED.exec(sentence.text);
    if (covered && !negatedAt(sentence.text, covered.index, covered.index + covered[0].length))
      for (const m of findServices(sentence.text)) saidIncluded.add(m.service);
    last = subjectAfter(last, sentence.text, h);
  }
  return out;
}
