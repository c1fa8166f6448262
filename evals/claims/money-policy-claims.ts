import { numberValue } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { blankAhead } from "./elapsed-time";
import { labelDenies } from "./label-value";
import { blankOut, negatedAt } from "./negation";
import type { PolicyReading } from "./policy-claims";
import { splitMessage } from "./sentences";

/** A cost denied: "free", "no fee", "never a charge", "no need to worry about a charge". */
const FREE =
  /\b(?:free(?: of charge)?|no (?:cancellation |late )?(?:fee|charge|penalty|cost)s?|without (?:a |any )?(?:fee|charge|penalty)|at no (?:extra )?cost|fee-free|never (?:a |any )?(?:fee|charge)|(?:no need to|don'?t|do not|needn'?t|nothing to) (?:worry|fret|stress) (?:about|over) (?:an? |any |the |being )?(?:fee|charge[ds]?|cost|penalty|charged))\b/gi;
const FEE =
  /\b(?:fee|charge[ds]?|penalt(?:y|ies)|lose (?:your|the) deposit|forfeit|billed|cost you|half (?:the|of the)|full price|non-?refundable)\b|\$\s?\d+|\d+\s?%/i;
const WINDOW = /\b(\d+|twenty-four|forty-eight|seventy-two|one|two|three|a)\s*(hours?|days?|weeks?)\b/gi;

/** A cancel verb or noun, where a negation scoped to it is a refusal ("can't be cancelled", "no cancellations"). */
const CANCEL =
  /\b(?:cancel(?:l?ed|l?ing|s)?|cancell?ations?|cancell?able|call (?:it|that|the (?:booking|appointment)) off)\b/gi;
/** The assistant's own means, not the policy: "I can't cancel it here, please call" (the handbook's own advice). */
const OWN_MEANS =
  /\b(?:I|I'm|I am)\b[^.;]{0,25}\bcancel\w*\b[^.]{0,60}\b(?:here|(?:in|from|through|via|over|on) (?:this |the )?(?:chat|website|site|app|my (?:end|side))|online|myself|for you|(?:call|ring|phone|e-?mail)\w*)\b|\b(?:please|just) (?:call|ring|phone)\b/i;
/** "Cancellations within 24 hours: not accepted": a label whose value denies it. */
const LABEL_DENIED = /^([^:]{0,60}):\s*(?:not|no|never|none|impossible)\b/i;
/** "please contact the team to cancel", "email us to cancel it": the way to cancel, which a negation before it does not refuse. */
const REFERRED_CANCEL =
  /\b(?:contact|call|ring|phone|e-?mail|message|text|reach|get in touch with|let (?:us|the team|the shop) know)\b(?:[^.;!?]|\.(?=\S)){0,50}?\bto cancel\w*\b/gi;
/** "call us rather than cancel online": a way of cancelling set aside for another, not cancelling refused. */
const CANCEL_SET_ASIDE = /\b(?:rather than|instead of)\s+(?:\w+\s+)?cancel\w*/gi;
/** "nothing to cancel", "no booking to cancel": the object is missing, cancelling is not refused. */
const NOTHING_TO_CANCEL = /\b(?:nothing|no (?:booking|appointment|reservation)s?)(?: [\w']+){0,4}? to cancel\b/gi;
/** "no fee for cancelling", "won't be charged if you cancel": the cost is denied, not the cancelling. */
const NO_COST =
  /\b(?:no|never|without|don'?t|do not|won'?t|will not)\b[^.;,]{0,30}?\b(?:fee|charge[ds]?|penalt(?:y|ies)|cost|pay)\w*\b|\bcan'?t make it\b/gi;
/** A cancellation window that ends on the day of the appointment. */
const SAME_DAY_END =
  /\bcancel\w*\b(?:(?!\b(?:call|ring|phone)\b)[^.;]){0,50}?\b(?:until|till|up to|up until|right up to|as late as)\s+(?:the (?:morning|day|afternoon|hour) (?:of|itself)|the last minute|the same day|an hour before|a (?:few|couple of) hours before)\b/i;
/** "too late to cancel", "past the cancellation window": cancelling refused without a negation word. */
const TOO_LATE =
  /\b(?:too late to cancel|past the (?:cancell?ation )?(?:window|deadline)|locked in|non-?cancell?able)\b/i;

/** True when the conversation up to this reply is about cancelling (this reply, or one of the last three customer messages). */
function cancellingTalk(turn: AssistantTurn): boolean {
  if (/\bcancel/i.test(turn.text)) return true;
  const users = turn.messages.slice(Math.max(0, turn.index - 6), turn.index).filter((m) => m.role === "user");
  return users.slice(-3).some((m) => /\bcancel/i.test(m.content));
}

/**
 * Cancellation terms a reply states: a fee for cancelling (late or not), the free-cancellation window in hours, and
 * cancelling refused ("it can't be cancelled anymore"; the handbook: within 24 hours please call, never a fee).
 * Read only where cancelling is the topic (the sentence or the customer's message).
 */
export function cancellationClaims(turn: AssistantTurn): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  const talk = cancellingTalk(turn);
  for (const { sentence, clauses } of splitMessage(turn.text)) {
    if (!talk) break;
    for (const c of clauses) {
      const refused =
        TOO_LATE.test(c.text) ||
        /\bcancel/i.test(LABEL_DENIED.exec(blankOut(c.text, [NOTHING_TO_CANCEL]))?.[1] ?? "") ||
        [...blankOut(c.text, [REFERRED_CANCEL, CANCEL_SET_ASIDE]).matchAll(CANCEL)].some((m) =>
          negatedAt(blankOut(c.text, [NOTHING_TO_CANCEL, NO_COST]), m.index, m.index + m[0].length),
        );
      if (refused && !OWN_MEANS.test(sentence.text) && !/\?\s*$/.test(c.text))
        out.claims.push({ kind: "cancellation_refused", value: true, service: null, text: c.text });
    }
    if (!/\bcancel/i.test(sentence.text) && !/\bcancel/i.test(turn.userText)) continue;
    for (const c of clauses) {
      const rest = c.text.replace(FREE, " ");
      const fee = FEE.exec(rest);
      // Negation scoped to the fee ("there's no fee", "we won't charge"), not a later "if you can't make it".
      if (
        fee &&
        !negatedAt(rest, fee.index, fee.index + fee[0].length) &&
        (/\bcancel|\blate\b|\bwithin\b|\bno-?show/i.test(c.text) || /\bcancel/i.test(sentence.text))
      )
        out.claims.push({ kind: "cancellation_fee", value: true, service: null, text: c.text });
      if (!/\bcancel/i.test(c.text)) continue;
      // "cancel up until the morning of": a window that ends on the day itself.
      const sameDay = SAME_DAY_END.exec(c.text);
      if (sameDay && !negatedAt(c.text, sameDay.index, sameDay.index + sameDay[0].length))
        out.claims.push({ kind: "cancellation_window", value: 0, service: null, text: c.text });
      for (const m of blankAhead(c.text).matchAll(WINDOW)) {
        const n = numberValue(m[1]!);
        const hours = /^h/i.test(m[2]!) ? n : /^d/i.test(m[2]!) ? n * 24 : n * 168;
        out.claims.push({ kind: "cancellation_window", value: hours, service: null, text: c.text });
      }
    }
  }
  return out;
}

const DEPOSIT = /\b(?:deposit|down ?payment|holding fee|booking fee|reservation fee)\b/i;
const UPFRONT =
  /\b(?:pay|payment|paid|settle\w*|(?:the )?bill|charge (?:you|your card)|prepay\w*)\b[^.;]{0,40}?\b(?:up ?front|in advance|ahead of time|(?:when|once|as soon as|the moment) (?:you )?book\w*|at (?:the time of )?booking|to book|online|before (?:we start|the work|drop-?off|your appointment)|(?:when|as) (?:you )?(?:drop\w* (?:it |the bike |your bike )?off|check in|bring (?:it|the bike|your bike) in)|(?:at|on) (?:the )?(?:drop-?off|check-?in)|now|right (?:now|away)|immediately)\b|\bprepay\w*\b|\bpre-?paid\b|\bpayment (?:link|request)\b|\bto (?:secure|hold|guarantee|lock in|reserve) (?:the|your|this|that) (?:booking|slot|appointment|spot|time)\b[^.;]{0,30}\b(?:pay|payment|paid|charge\w*|card)\b/i;
const PAY_WORDS =
  /\b(?:pay|payment|paid|charge|half|cost|price|fee|percent|amount|balance|total|bill|invoice)\b|\$\d|\d\s?%/i;
const ADVANCE = /\b(?:up ?front|in advance|ahead of time|beforehand)\b/i;
const BOOK_AHEAD =
  /\b(?:book|booked|booking|reserve|schedule)\w*\s+(?:\w+\s+){0,4}(?:in advance|ahead of time|beforehand)\b/gi;
const METHODS =
  /\b(?:(?:only|just) (?:accept|take) (?:credit |debit )?(?:cards?|cash)|(?:accept|take) (?:credit |debit )?(?:cards?|cash) only|cash only|card only|cards? only|cash-only|card-only|(?:don'?t|do not|can'?t|cannot|won'?t) (?:take|accept) (?:cash|cards?|credit cards?|debit cards?))\b/i;

/** "I have to be upfront", "to be up front with you": candour, said of the speaker, not of when anyone pays. */
const CANDOUR =
  /\b(?:(?:to|i|we|i'?ll|we'?ll|i'?d|we'?d|let me)\s+(?:\w+\s+){0,2}?be|i'?m|we'?re|i am|we are)\s+(?:(?:totally|completely|fully|just|always|very|being|honest and)\s+)?up[- ]?front\b(?:\s+(?:with|about)\s+(?:you|that|this|it)\b)?/gi;

/**
 * Between the pay word and the time it names: a denial ("pay: not at booking", "paid … nothing is due now") or pickup
 * as the time ("payment is at pickup, so nothing now") — the time named is not when payment is asked.
 */
const PAID_OTHERWISE =
  /\b(?:not|never|nothing|none|no|isn'?t|aren'?t|don'?t|doesn'?t|won'?t|without)\b|\bpick-?up\b|\bpick(?:ing)? (?:\w+ ){0,2}up\b|\b(?:on )?collection\b|\bwhen (?:it'?s|the (?:bike|work) is) (?:done|ready|finished)\b/i;

/** Payment terms a reply states: a deposit, payment due before pickup, or payment methods restricted. */
export function paymentClaims(text: string): PolicyReading {
  const out: PolicyReading = { claims: [], unlinked: [] };
  for (const { sentence, clauses } of splitMessage(text.replace(CANDOUR, (m) => " ".repeat(m.length))))
    for (const c of clauses) {
      if (METHODS.test(c.text))
        out.claims.push({ kind: "payment_methods", value: "restricted", service: null, text: c.text });
      // Negation scoped to the statement ("a $20 deposit …, nothing else until pickup" still asks for one).
      const live = (m: RegExpExecArray | null) => m !== null && !negatedAt(c.text, m.index, m.index + m[0].length);
      if (live(DEPOSIT.exec(c.text)) && !labelDenies(c.text, DEPOSIT) && !labelDenies(sentence.text, DEPOSIT))
        out.claims.push({ kind: "payment_timing", value: "deposit", service: null, text: c.text });
      const upfront = UPFRONT.exec(c.text);
      const early =
        (live(upfront) && !PAID_OTHERWISE.test(upfront![0]) && !labelDenies(c.text, UPFRONT)) ||
        (PAY_WORDS.test(c.text) && live(ADVANCE.exec(c.text.replace(BOOK_AHEAD, (m) => " ".repeat(m.length)))));
      if (early) out.claims.push({ kind: "payment_timing", value: "before_pickup", service: null, text: c.text });
    }
  return out;
}
