import { NUMBER_WORDS } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { ELAPSED } from "./elapsed-time";
import { fittedPartRefund } from "./fitted-part-refund";
import { blankOut, isNegated, negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";
import { findServices, servicesIn } from "./service-mentions";

const REFUND =
  /\b(?:refund\w*|money back|money-back|reimburs\w+|satisfaction guarantee\w*|credit(?:ed|ing)?\s+(?:[\w-]+\s+){0,3}?back|(?:give|pay|hand)s?\s+(?:you\s+)?(?:(?:the|your|a)\s+)?(?:labou?r\s+)?(?:cost|money|fee|charge|payment|price)?s?\s*back)\b/i;
const LABOUR = /\b(?:labou?r|service|servicing|tune-?ups?|repairs?|work|job|overhaul|fix|adjustment|truing)\b/i;
const PARTS = /\b(?:unused|parts?|accessor\w+|receipt|products?|items?|purchases?)\b/i;
const UNHAPPY = [
  /\b(?:not|n't|aren'?t|isn'?t|weren'?t)\s+(?:\w+\s+)?(?:happy|satisfied|pleased|right|fixed|sorted)\b/gi,
  /\bif (?:it|the (?:[\w-]+ )?[\w-]+) (?:doesn'?t|does not|isn'?t|is not)\b[^,]*/gi,
  // "Since the adjustment didn't hold, you're eligible for a refund": a leading reason's negation stays in it.
  /^\W*(?:since|as|because|given that|seeing as|now that)\b[^,]{3,80},/gi,
];
const RETURNS =
  /\breturns?\s*:|\b(?:bring|send|take)\s+(?:(?:it|them|the|your|any|unused)\s+)?(?:[\w-]+\s+)?(?:parts?|accessor\w+|items?|products?|purchases?|lights?|locks?|it|them)\s+back\b(?![^.;]{0,40}\b(?:re-?adjust|tweak|tune|service|warranty|guarantee))|\breturns? (?:of [\w\s-]{1,30}?)?(?:are|is) (?:accepted|allowed|possible|fine|ok)|\breturn (?:policy|window|period)|\breturnable\b|\breturns? (?:window |period |policy )?(?:are|is|last|lasts|run|runs) (?=(?:about |up to |within )?\d|(?:a|one|two|thirty|sixty|ninety|fourteen|seven) )|\bbe returned\b|\breturn (?:unused |any |your )?(?:parts?|accessor\w+|items?|products?|purchases?)\b|\b(?:parts?|accessor\w+|items?|bits) (?:can )?(?:come|go) back\b/i;
/** "a receipt isn't required", "no receipt needed", "without the receipt is fine". */
const NO_RECEIPT =
  /\b(?:receipts? (?:is |are )?optional|with or without (?:a |the |your )?receipts?|without (?:a |the |your |any |the original |proof of |an? )?(?:original )?(?:receipts?|proof of purchase)|receipts? (?:is|are)(?:n'?t| not) (?:required|needed|necessary)|no receipts? (?:is |are )?(?:required|needed|necessary)|(?:don'?t|do not|won'?t) need (?:a |the |your )?receipts?|without (?:a |the |your )?receipts? (?:is|are)? ?(?:fine|ok|okay|no problem))\b/i;
/** "Lost the receipt? That's fine": a missing receipt waved through, across a question mark. */
const RECEIPT_WAIVED =
  /\b(?:lost|without|no|don'?t have|misplaced|threw away|thrown away) (?:a |the |your )?receipts?[^.;]{0,25}?\b(?:that'?s|it'?s|is|that is) (?:ok|okay|fine|no problem|not a problem|alright)\b/i;
/** The shop finds the sale itself ("we can look the purchase up"): a receipt is not needed. */
const RECEIPT_LOOKUP =
  /\blook (?:the |your )?(?:purchase|order|transaction|sale|it|that) up\b|\blook up (?:the |your )?(?:purchase|order|transaction|sale)\b|\bfind (?:the|your) (?:purchase|order|transaction|sale) (?:in|on) (?:our|the) (?:system|records)\b/i;
/** The customer says the item was used ("rode it twice", "installed it"): only unused parts can be returned. */
const USED_ITEM =
  /\b(?:used (?:it|them|the \w+)|(?:rode|ridden|riding) (?:it|on it|with it|on (?:the|my|this|that) (?:\w+ )?\w+)|installed|fitted|mounted|put (?:it|them|the \w+|my \w+) on|worn|wore (?:it|them|the \w+)|wearing (?:it|them)|after using|a couple (?:of )?rides|(?:rode|wore|used) (?:it |them )?(?:once|twice|a (?:couple|few) (?:of )?times))\b/i;
/** The customer says the item was used, not negated where it stands ("never fitted them" says it was not). */
function usedByCustomer(text: string): boolean {
  const m = USED_ITEM.exec(text);
  return m !== null && !negatedAt(text, m.index, m.index + m[0].length);
}

/** The reply takes the item back or refunds it. */
const TAKES_BACK =
  /\b(?:you'?re (?:fine|good|covered|all set) for (?:a )?(?:full )?(?:refund|return)|full refund|we(?:'ll| will| can| could| should be able to)?(?: (?:usually|normally|generally|still|happily|probably|definitely|certainly|typically|likely|always))? (?:take (?:it|them|that|those) back|accept (?:it|them|the return)|refund|give you (?:a refund|store credit|your money back))|(?:yes|sure)\b[^.;]{0,20}\b(?:return|refund)|(?:it|that)(?:'s| is| should be| will be| would be|'ll be)\s+(?:\w+\s+)?(?:fine|ok|okay|no problem|not a problem|acceptable)|returns? (?:are|is) (?:\w+ )?(?:accepted|fine|welcome|ok|okay)|you can (?:still )?(?:return (?:it|them|those|that)|bring (?:it|them|those|that) back)|(?:it|they|them|that)(?:'s| is| are|'re) (?:still )?(?:returnable|eligible for (?:a )?(?:return|refund))|you can (?:still )?return (?:\w+ ){0,2}?(?:parts?|items?|accessor\w+|products?|purchases?|pedals?|gear)|(?:sort|process|handle|issue|arrange|get)(?: out| you)? (?:the|a|your) (?:full )?refund|you'?re (?:well |still |comfortably )?(?:within|inside) the (?:\d+-day )?(?:return |returns )?(?:window|period|30 days))\b/i;
/** The reply refuses the return somewhere ("we can't take them back", "not returnable"): no return accepted. */
const REFUSES =
  /\b(?:can'?t|cannot|unable to|won'?t be able to|not able to|aren'?t able to)\b[^.;!?]{0,30}\b(?:return|refund|take|accept)|\b(?:non-?returnable|not returnable|no longer returnable)\b/i;
/** Terms that keep the return to unused goods ("as long as it's unopened"); a time limit alone ("within 30 days") is none. */
const UNUSED_TERMS =
  /\b(?:unused|unopened|new condition|unworn|uninstalled|(?:hasn'?t|has not|haven'?t|have not|not) been (?:used|ridden|installed|fitted)|original (?:box|packaging))\b/i;
/** The reply itself waves use through: "even if it's been used", "used or not", "used parts are fine to return",
 * "lightly used is fine" (a degree of use allowed is use allowed). */
const USED_OK =
  /\b(?:lightly|gently|barely|slightly|briefly|hardly|a little|a bit)[- ](?:used|ridden|worn|installed|fitted)\b|\beven (?:if|though|when|after) (?:it'?s|it has|it was|they'?re|they'?ve|they have|they were|you'?ve|you have|you)\s+(?:been\s+)?(?:used|ridden|installed|fitted|opened|worn)|\b(?:used or (?:not|unused)|whether (?:or not )?(?:it'?s |it was |they'?re )?used)\b|\bused (?:items?|parts?|accessor\w+|gear|lights?|products?) (?:is|are|can be) (?:fine|ok|okay|accepted|returnable|returned|taken back)/i;

/** A short label opening a line ("Refund:", "Option 2 —"): the topic of what follows, no part of its statement. */
const LINE_LABEL = /^[^\p{L}\d]*[\p{L}\d][^:.!?\n]{1,38}:\s+/u;

/**
 * A count stated as a limit ("within 14 days", "up to two weeks", "a 7-day window", "for a month"): without such a
 * word, a count answering a returns question is where the customer stands ("at 12 days, unused, you're fine").
 */
const BOUND =
  /\b(?:within|up to|inside|under|less than|no (?:more|later) than|for|before|window|period|limit)\b|\b\w+[- ]days?[- ](?:window|return|policy|limit)/i;

/** The customer asks to return something ("can I return a helmet?"), and the clause answering names no other window. */
const returnsAsked = (userText: string, clause: string) =>
  /\breturn|\bexchange|\b(?:take|bring) (?:it|them|\w+) back\b/i.test(userText) &&
  BOUND.test(clause) &&
  !/\bre-?adjust|\bcancel|\bwarrant|\bguarantee|\btune-?up|\bservice\b|\bbook/i.test(`${userText} ${clause}`);

/** No end to a promise: "lifetime", "for life", "forever", "no time limit". */
const LIFETIME =
  /\b(?:lifetime|for life|forever|for good|indefinitely|no (?:time )?limit|never expires?|any ?time after)\b/i;
/** Talk of the free re-adjustment after a tune-up or full service, whatever it is called. */
const WORKMANSHIP_TALK = /\b(?:re-?adjust\w*|adjustments?|tweaks?|fine-?tun\w*|touch-?ups?|guarantee\w*|warrant\w*)\b/i;
/** "we'll sort it out at no charge" says the re-adjustment is free; it denies nothing. */
const AT_NO_CHARGE = /\b(?:at|for) no (?:extra |additional )?(?:charge|cost)\b/gi;
/** "Unfortunately our window is 14 days": regret colours the statement; it denies none of it. */
const REGRET = /\b(?:unfortunately|sadly|regrettably|i'?m afraid)\b/gi;
const COUNT = "\\d+|a|an|one|two|three|four|six|seven|fourteen|thirty|sixty|ninety";
/** A window length: "30 days", "a 14-day window", or weeks and months after a window word ("within two weeks"). */
const DAYS = new RegExp(
  `\\b(\\d+|seven|fourteen|thirty|sixty|ninety)\\s*(?:-\\s*)?(days?)\\b|\\b(?:within|for|up to|is|are|of|lasts?|runs?)\\s+(?:about\\s+)?(${COUNT})\\s*(?:-\\s*)?(?:(?:full|whole|entire|solid|calendar)\\s+)?(weeks?|months?|years?)\\b|\\b(${COUNT})[- ](?:(?:full|whole|entire)[- ])?(weeks?|months?|years?)[- ](?:window|guarantee|warranty|period|re-?adjust\\w*)\\b`,
  "i",
);
/** Window counts: the shared number words plus the round day counts refund windows are written in. */
const WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, fourteen: 14, thirty: 30, sixty: 60, ninety: 90 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/** The window a match states, in days (a month counts as 30, a year 365). */
function windowDays(m: RegExpExecArray): number {
  const count = (m[1] ?? m[3] ?? m[5])!.toLowerCase();
  const unit = (m[2] ?? m[4] ?? m[6])!.toLowerCase().replace(/s$/, "");
  return (WORDS[count] ?? Number(count)) * UNIT_DAYS[unit]!;
}

/**
 * Refund and aftercare terms a reply states: labour refunded, the re-adjustment window (days, or "lifetime"), the
 * returns window, and returns taken without the receipt (the topic may come from the customer or an earlier line).
 */
export function refundClaims(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  const waived = RECEIPT_WAIVED.exec(turn.text);
  if (waived && /\breturn|\bunused|\bbring|\bexchange|\bcome back/i.test(turn.text))
    out.claims.push({ kind: "returns_receipt", value: false, service: null, text: waived[0] });
  if (/\breceipt/i.test(`${turn.userText} ${turn.text}`))
    for (const { clauses } of splitMessage(turn.text))
      for (const c of clauses) {
        const m = RECEIPT_LOOKUP.exec(c.text);
        if (m && !negatedAt(c.text, m.index, m.index + m[0].length))
          out.claims.push({ kind: "returns_receipt", value: false, service: null, text: c.text });
      }
  const usedOk = splitMessage(turn.text).find(({ sentence }) => {
    const m = USED_OK.exec(sentence.text);
    return m !== null && !negatedAt(sentence.text, m.index, m.index + m[0].length);
  });
  if (usedOk) out.claims.push({ kind: "returns_condition", value: "used", service: null, text: usedOk.sentence.text });
  else if (usedByCustomer(turn.userText) && /\breturn|\brefund|\bmoney back/i.test(turn.userText)) {
    const taken = splitMessage(turn.text).find(
      ({ sentence }) => TAKES_BACK.test(sentence.text) && !isNegated(sentence.text),
    );
    if (taken && !UNUSED_TERMS.test(turn.text) && !REFUSES.test(turn.text))
      out.claims.push({ kind: "returns_condition", value: "used", service: null, text: taken.sentence.text });
  }
  const fitted = out.claims.some((c) => c.kind === "returns_condition") ? null : fittedPartRefund(turn);
  if (fitted) out.claims.push({ kind: "returns_condition", value: "used", service: null, text: fitted });
  for (const { sentence, clauses } of splitMessage(turn.text))
    for (const c of clauses) {
      const days = DAYS.exec(blankOut(c.text, ELAPSED));
      const n = days ? windowDays(days) : null;
      // Negation scoped to the window ("free re-adjustments for 90 days, no charge" still states 90 days).
      const windowNegated =
        days !== null && negatedAt(blankOut(c.text, [AT_NO_CHARGE, REGRET]), days.index, days.index + days[0].length);
      if (
        /\bre-?adjust|\bworkmanship\b|\bfree (?:adjust|tweak|touch-?up)/i.test(c.text) &&
        n !== null &&
        !windowNegated
      )
        out.claims.push({ kind: "workmanship_window", value: n, service: null, text: c.text });
      if (LIFETIME.test(c.text) && WORKMANSHIP_TALK.test(c.text) && !isNegated(c.text))
        out.claims.push({ kind: "workmanship_window", value: "lifetime", service: null, text: c.text });
      if ((RETURNS.test(c.text) || returnsAsked(turn.userText, c.text)) && n !== null && !windowNegated)
        out.claims.push({ kind: "returns_window", value: n, service: null, text: c.text });
      const noReceipt = NO_RECEIPT.exec(c.text);
      if (
        noReceipt &&
        !isNegated(c.text.replace(NO_RECEIPT, " ")) &&
        /\breturn|\bbring|\bexchange|\bstore credit|\brefund|\btake (?:it|them) back/i.test(
          `${sentence.text} ${turn.text} ${turn.userText}`,
        )
      )
        out.claims.push({ kind: "returns_receipt", value: false, service: null, text: c.text });
      // A line label ("Refunds:", "Option 1:") names the topic; the statement after it says what is refunded, and a
      // reason opening that statement ("Refund: since it wasn't fixed, …") stays a reason.
      const body = c.text.replace(LINE_LABEL, "");
      const refund = REFUND.exec(blankOut(body, [/\bnon-?refundable\b/gi]));
      if (!refund) continue;
      // "if it isn't right we'll refund the labour": the condition is no negation of the refund.
      if (negatedAt(blankOut(body, UNHAPPY), refund.index, refund.index + refund[0].length)) continue;
      // A catalogue job refunded ("the $30 cable replacement", "the truing, bring the receipt") is labour.
      const job = findServices(c.text).some((m) => !m.part);
      const aboutParts = PARTS.test(c.text) && !/\blabou?r\b/i.test(c.text) && !job;
      if (
        !aboutParts &&
        (job ||
          LABOUR.test(c.text) ||
          LABOUR.test(sentence.text) ||
          /satisfaction|in full|full refund|money back/i.test(c.text))
      )
        out.claims.push({
          kind: "labour_refund",
          value: true,
          service: servicesIn(c.text)[0] ?? servicesIn(sentence.text)[0] ?? null,
          text: c.text,
        });
    }
  return out;
}
