import type { ServiceId } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { blankOut, negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { priceClaims } from "./price-claims";
import { splitMessage } from "./sentences";
import { findServices, subjectAfter } from "./service-mentions";
import { focusService } from "./turn-claims";

const FREE =
  /\b(?:free(?: of charge)?|no charge|at no (?:extra )?cost|complimentary|on the house|won'?t cost|doesn'?t cost|don'?t charge|never charge)\b/gi;
/** "free", or a zero amount ("Cost: $0", "$0.00", "zero dollars"): a fee word beside it charges nothing. */
const FREE_WORD = /\bfree\b|\$\s?0(?:\.00)?(?![\d.,]*\d)|\bzero (?:dollars|cost)\b|\bnothing\b/i;
const FEE = /\b(?:fee|charge[ds]?|costs?|cost you|pay(?:ing)?|price[ds]?)\b/i;
const CONDITIONAL =
  /\bfree (?:with|if|when|for)\b[^.;]{0,40}\b(?:purchase|buy|bought|purchased|from us|service|tune-?up|book|booking|repair|work|job|customers?|members?|spend)|\b(?:only|just) free\b|\bfree (?:once|the first)\b|\bcomplimentary (?:with|when|if)\b[^.;]{0,40}\b(?:purchase|buy|book|booking|service|tune-?up|repair)|\b(?:costs? nothing|won'?t cost (?:you )?(?:anything|a thing|a penny|a cent)|no charge|at no (?:extra )?cost|on the house)\b[^.;]{0,15}\b(?:with|if|when|as long as|provided)\b[^.;]{0,50}\b(?:purchase|buy|bought|book|booking|repair|service|tune-?up|job|work|replacement|fix)/i;
/** "If the inspection turns up anything, we'll go through the prices": the fee is for the work it finds. */
const FOLLOW_UP =
  /\b(?:turns? up|finds?|found|spots?|spotted|reveals?|uncovers?|flags?|shows? (?:up )?(?:anything|something|a problem|issues?)|needs? (?:any |some )?(?:work|repairs?|parts?|fixing|attention))\b/i;
/** A sentence that opens on a pronoun ("It's free when…", "(On its own it's $10.)") goes on about the last subject. */
const PRONOUN_LEAD =
  /^\W*(?:(?:on its own|by itself|alone|otherwise|normally|usually),?\s+)?(?:it|that|this|which)(?:'s|\s+is|\s+was|\s+costs?|\s+would|\s+will)\b/i;
/** A sentence opening on other work ("Mechanical work on other parts", "Any repairs", "Everything else"). */
const OTHER_WORK =
  /^\W*(?:(?:any|all|other|further|additional|extra|mechanical|general|actual|the|your)\s+)*(?:work|repairs?|jobs?|fix(?:es)?|parts?|labou?r|anything else|everything else)\b/i;
const UNCONDITIONAL = /\b(?:no|without an?y?) purchase(?: needed| necessary| required)?|\b(?:for )?any bike\b/gi;

/**
 * What a reply says the safety inspection costs: a price (dollars), "charged" (a fee with no figure) or
 * "conditional" (free only with a purchase or a booking). A sentence naming no service is about the last one named,
 * and before the reply names one, about the service the conversation is on (the customer's question, the reply before).
 */
export function inspectionFeeClaims(turn: AssistantTurn): PolicyReading {
  const text = turn.text;
  const out: PolicyReading = { claims: [], unlinked: [] };
  const push = (value: number | "conditional" | "charged", t: string) =>
    out.claims.push({ kind: "inspection_fee", value, service: "inspection", text: t });
  let last: ServiceId | null = focusService(turn);
  for (const { sentence, clauses } of splitMessage(text)) {
    const continues = last === "inspection" && PRONOUN_LEAD.test(sentence.text);
    // Services a continuing sentence names are its conditions ("free when you get a repair"), not its subject.
    const all = continues ? [] : findServices(sentence.text).filter((m) => !m.part);
    // "Mechanical work on other parts … at our standard prices", "Any repairs it finds are quoted": a subject of its own.
    const about = all.length
      ? all.some((m) => m.service === "inspection")
      : last === "inspection" && (continues || !OTHER_WORK.test(sentence.text));
    if (!continues) last = subjectAfter(last, sentence.text);
    if (!about) continue;
    for (const p of priceClaims(sentence.text, all.length ? null : "inspection"))
      if (p.service === "inspection") push(p.amount, sentence.text);
    if (CONDITIONAL.test(sentence.text.replace(UNCONDITIONAL, " "))) push("conditional", sentence.text);
    for (const c of clauses) {
      const named = findServices(c.text).filter((m) => !m.part);
      // In a sentence naming services, only a clause about the inspection alone speaks of its fee.
      if (
        all.length &&
        (!named.some((m) => m.service === "inspection") || named.some((m) => m.service !== "inspection"))
      )
        continue;
      // "If the inspection turns up anything, … options and prices": the cost of work found, not of the inspection.
      const rest = blankOut(c.text, [FREE]);
      const fee = FEE.exec(rest);
      if (
        fee &&
        !FREE_WORD.test(c.text) &&
        !(FOLLOW_UP.test(sentence.text) && !/^fee$/i.test(fee[0])) &&
        !negatedAt(rest, fee.index, fee.index + fee[0].length)
      )
        push("charged", c.text);
    }
  }
  return out;
}
