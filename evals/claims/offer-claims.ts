import type { Handbook } from "../../knowledge-base/index";
import { askedItems } from "./asked-items";
import { type AssistantTurn, perTurn } from "./assistant-turns";
import { carriedOffers } from "./carried-offer";
import { carveOutOffer } from "./carve-out-offer";
import { inventedOffer, JOB_HEAD, pricedJob, SERVICE_HEAD, unknownOffered } from "./invented-offer";
import { lineLabelSubject } from "./line-label";
import { findMoney } from "./money-mentions";
import { isNegated, negatedAt } from "./negation";
import { NOT_OFFERED_PATTERNS, notOfferedIn } from "./not-offered-items";
import {
  ACCEPTABLE,
  AFFIRMATIVE_OPENER,
  BILLED,
  BOOK,
  BRING_IN,
  BROKERED,
  GENERAL_DECLINE,
  JOB_EASE,
  OFFER,
  OTHERS_MAY,
  REFERRAL,
} from "./offer-cues";
import { answeredOffer } from "./owned-offer";
import { splitMessage } from "./sentences";
import { findServices, servicesIn } from "./service-mentions";
import { stockOffer } from "./stock-offer";

/**
 * Something the reply offers or declines: an item on the handbook's not-offered list (by fact id), or a job named in
 * free text that is neither in the catalogue nor on that list (open world). `hedged`: said with "might", "I think"…
 */
export interface OfferClaim {
  subject: { kind: "not_offered"; id: string } | { kind: "invented"; text: string };
  stance: "offered" | "declined";
  hedged: boolean;
  /** How it was read: a clause naming it, or a yes to the customer's question about it ("Sure, we can do that!"). */
  via: "clause" | "agreement";
  clause: string;
}

/** A customer's question an unnamed "yes, we can do that" answers, when it cannot be tied to one subject. */
export interface UnlinkedOffer {
  items: string[];
  services: string[];
  text: string;
}

/** What a customer may ask the shop to do: a service or programme ("a loaner programme") or a job named by what is
 * done ("custom wheel builds", "a tubeless conversion"). */
const ASKED_HEAD = new RegExp(`${SERVICE_HEAD.source}|${JOB_HEAD.source}`, "i");
const AVAILABLE =
  /\b(?:available|on offer|offered|in stock|possible|for sale|on consignment|on (?:the )?(?:shop )?(?:floor|rack)|out front|in-house|subject to availability|while (?:stocks?|supplies) last)\b/i;
/** "includes a complimentary fork service", "covers … a lower-leg service", "we'll throw in": offered with a service. */
const INCLUDED =
  /\b(?:includ(?:es?|ing|ed)|covers?|comes? with|thrown? in|complimentary|bonus|on the house|at no (?:extra )?(?:charge|cost)|free of charge)\b/i;
/** "we'll reset …", "I'll update …": a first-person future with any job verb. */
const WILL_DO =
  /\b(?:we|i)(?:'ll| will)\s+(?:also\s+|happily\s+|gladly\s+|just\s+)?(?:reset|clear|update|flash|fix|repair|replace|swap|rebuild|service|test|check|diagnose|sort|tighten|reseat|re-?wire|bleed|true|adjust|install|fit|sell|rent|lend|loan|order|source|take care of|look (?:at|into)|clean|re-?grease|grease|lube|top up|flush|change|tighten|open|strip|reseal|pair|read|scan|trace)\b/i;
/**
 * "we'll connect it and run the update", "I'll hook it up": a first-person future with any verb but the ones that do no
 * work on the bike (telling, referring, needing, being): the verb list of WILL_DO is open-ended in real replies.
 */
const WILL_ANY =
  /\b(?:we|i)(?:'ll| will)\s+(?:(?:also|happily|gladly|just|then|even|both|quickly|gladly)\s+)?(?!(?:need|have|has|had|refer|recommend|suggest|point|send|pass|let|tell|explain|be|get back|call|contact|ask|advise|note|mention|want|try|only|never|not|still|direct|give you|happily|gladly|see|know|make sure|keep|text|email|e-mail|ring|follow|confirm|hold|book|put|pencil|add|reserve|schedule|save|look forward|update you|walk you)\b)[a-z]+\b/i;
/** "you can borrow one of our spare bikes": the customer invited to take the thing from the shop. */
const YOU_MAY =
  /\byou(?:'re| are)? (?:can|could|may|welcome to|free to) (?:always |also |just )?(?:borrow|use|rent|hire|buy|pick up|take (?:out|home))\b/i;
/** "it can usually be repaired with a wrap": a passive "can be fixed" in the shop's reply offers the job. */
const PASSIVE_OFFER =
  /\b(?:can|could)\s+(?:often\s+|usually\s+|normally\s+|easily\s+|probably\s+|definitely\s+|still\s+)?be\s+(?:repaired|fixed|serviced|rebuilt|patched|wrapped|updated|flashed|tested|replaced|diagnosed|reset|resealed|sorted|handled)\b/i;
const HEDGE =
  /\b(?:might|may|maybe|perhaps|possibly|probably|likely|i think|i believe|should be able|could try|we'?ll see|not sure|usually|often|occasionally|sometimes)\b/i;
const PRONOUN_OFFER = new RegExp(
  `${OFFER.source}(?:\\s+(?:it|that|this|them|those|one|too|as well|for you|while|at the same time|today|tomorrow)\\b|\\s*[,.!;—–-]|\\s*$)`,
  "i",
);

/** The offer's own words framed as a refusal: "not something we handle", "isn't a job we take on", "outside what we do". */
const DECLINE_FRAME =
  /\b(?:not|isn'?t|aren'?t) (?:really )?(?:something|a (?:service|job|thing|repair)|work|what|one) (?:that )?(?:we|i)\b|\b(?:outside|beyond) (?:of )?(?:what we|our)\b/i;

/** "While we don't do X, we can do Y": the refusal before the comma does not reach what follows it. */
const CONCESSIVE =
  /^\s*(?:(?:while|although|though|even though|whereas)\b[^,]{3,120}|[^,]{3,120}\b(?:not|no|\w+n't)\b[^,]{0,80}),\s*(?=(?:but\s+)?(?:we|i|our)\b)/i;
const subClauses = (clause: string): string[] => {
  const m = CONCESSIVE.exec(clause);
  return m ? [m[0], clause.slice(m[0].length)] : [clause];
};

const globals = new WeakMap<RegExp, RegExp>();

/** The pattern with the global flag (for `matchAll`), compiled once per pattern instead of once per clause read. */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    // A copy even when `re` is global: matchAll starts at its lastIndex, which a `test` elsewhere may have moved.
    g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    globals.set(re, g);
  }
  return g;
}

/**
 * One clause's reading for one not-offered item; `sentence` lends an "includes …" said earlier in the sentence, and
 * `listed` says the clause is a line under a heading that offers ("Here's what we can offer:").
 */
function clauseStance(
  text: string,
  item: (typeof NOT_OFFERED_PATTERNS)[number],
  sentence: string,
  listed = false,
): OfferClaim["stance"] | null {
  const hits = [...text.matchAll(globalOf(item.re))];
  if (!hits.length || (item.context && !item.context.test(text)) || item.unless?.test(text)) return null;
  // Any mention declined in the clause declines it ("Damper rebuild: we don't do fork internals, so a rebuild…").
  const negated = hits.some((m) => negatedAt(text, m.index, m.index + m[0].length));
  // The shop sending the job out itself and handling it is the shop taking it on, whatever partner does the work.
  if (!negated && BROKERED.test(text) && !isNegated(text)) return "offered";
  if (negated || REFERRAL.test(text)) return "declined";
  // "Battery / charging: that's not something we handle": the offer words themselves are negated.
  if (DECLINE_FRAME.test(text)) return "declined";
  if (
    OFFER.test(text) ||
    BRING_IN.test(text) ||
    BOOK.test(text) ||
    AVAILABLE.test(text) ||
    (INCLUDED.test(sentence) && !isNegated(sentence) && !GENERAL_DECLINE.test(sentence)) ||
    WILL_DO.test(text) ||
    WILL_ANY.test(text) ||
    listed ||
    PASSIVE_OFFER.test(text) ||
    BILLED.test(text) ||
    JOB_EASE.test(text) ||
    YOU_MAY.test(text) ||
    OTHERS_MAY.test(text) ||
    (ACCEPTABLE.test(sentence) && !isNegated(sentence)) ||
    findMoney(text).length
  )
    return "offered";
  return null;
}

/** A heading that offers what follows: "Here's what we can offer:", "Options:", "We can do either of these:". */
const OFFER_HEADING =
  /\b(?:(?:we|i) (?:can|could) (?:offer|do|suggest)|options?|what we (?:can |could )?(?:offer|do)|here'?s what|how we can help|(?:we|i) (?:offer|recommend))\b[^:]*:\s*$/i;

/** Per sentence: whether it is a line under a heading that offers, up to the next blank line after the list starts. */
function underOfferHeading(text: string, sentences: { start: number; text: string }[]): boolean[] {
  let open = false;
  let seenLine = false;
  let prevEnd = 0;
  return sentences.map((s) => {
    const gap = text.slice(prevEnd, s.start);
    if (open && seenLine && /\n\s*\n/.test(gap)) open = false;
    prevEnd = s.start + s.text.length;
    if (OFFER_HEADING.test(s.text) && !isNegated(s.text)) {
      open = true;
      seenLine = false;
      return false;
    }
    seenLine ||= open;
    return open;
  });
}

/** "As for the firmware,", "Regarding the battery —": a clause that only names the topic of the one after it. */
const TOPIC_FRAME = /^\W*(?:as for|as to|regarding|re|about|when it comes to|with regard to|on the subject of)\b/i;

/** Clauses with a topic frame joined to the clause it introduces, so the item it names is that clause's subject. */
function withTopic(clauses: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const next = clauses[i + 1];
    if (next !== undefined && TOPIC_FRAME.test(c) && notOfferedIn(c).length && c.split(/\s+/).length <= 8) {
      out.push(`${c} ${next}`);
      i++;
    } else out.push(c);
  }
  return out;
}

function extract(turn: AssistantTurn): { offers: OfferClaim[]; unlinked: UnlinkedOffer[] } {
  const split = splitMessage(turn.text);
  // A line under an offering heading, or a line labelled with a catalogue service ("Full service ($179): … and a
  // fork service") listing what that service does: both offer what they name.
  const listed = underOfferHeading(
    turn.text,
    split.map((s) => s.sentence),
  ).map((under, i) => {
    const s = split[i]!.sentence;
    return under || (lineLabelSubject(turn.text, s.start + s.text.length)?.length ?? 0) > 0;
  });
  const parts = split.flatMap((s, i) =>
    withTopic(s.clauses.map((c) => c.text)).flatMap((c) =>
      subClauses(c).map((text) => ({ text, sentence: s.sentence.text, listed: listed[i] ?? false })),
    ),
  );
  const clauses = parts.map((p) => p.text);
  const offers: OfferClaim[] = [];
  for (const { text: c, sentence, listed: underHeading } of parts) {
    const hedged = HEDGE.test(c);
    for (const item of NOT_OFFERED_PATTERNS) {
      const stance = clauseStance(c, item, sentence, underHeading);
      if (stance)
        offers.push({ subject: { kind: "not_offered", id: item.id }, stance, hedged, via: "clause", clause: c });
    }
    const invented = inventedOffer(c);
    if (invented)
      offers.push({
        subject: { kind: "invented", text: invented },
        stance: "offered",
        hedged,
        via: "clause",
        clause: c,
      });
  }
  // "can't you patch it?" → "we can do a quick patch": work taken on for the item the conversation is about.
  for (const { id, clause } of carriedOffers(turn, clauses))
    if (!offers.some((o) => o.subject.kind === "not_offered" && o.subject.id === id && o.stance === "offered"))
      offers.push({
        subject: { kind: "not_offered", id },
        stance: "offered",
        hedged: HEDGE.test(clause),
        via: "agreement",
        clause,
      });
  const stock = stockOffer(turn, clauses);
  if (stock && !offers.some((o) => o.subject.kind === "not_offered" && o.stance === "offered"))
    offers.push({
      subject: { kind: "not_offered", id: "notoffered.bike_sales" },
      stance: "offered",
      hedged: HEDGE.test(stock),
      via: "agreement",
      clause: stock,
    });
  // "We don't do carbon repairs, but our mechanic can usually patch a small crack": the asked job taken back on.
  const carved = carveOutOffer(turn.text);
  if (carved)
    for (const id of askedItems(turn.userText, turn.text))
      if (!offers.some((o) => o.subject.kind === "not_offered" && o.subject.id === id && o.stance === "offered"))
        offers.push({
          subject: { kind: "not_offered", id },
          stance: "offered",
          hedged: HEDGE.test(carved),
          via: "agreement",
          clause: carved,
        });
  // "We can!" to "can you pick it up from work?": a yes to a job no service covers offers that job.
  const answered = offers.some((o) => o.subject.kind === "invented")
    ? null
    : answeredOffer(turn.userText, turn.text, (w) => unknownOffered(w) ?? pricedJob(w), ASKED_HEAD);
  if (answered)
    offers.push({
      subject: { kind: "invented", text: answered },
      stance: "offered",
      hedged: HEDGE.test(turn.text),
      via: "agreement",
      clause: turn.text.slice(0, 160),
    });
  // "Sure, we can do that!" answers the customer's own question: tied to it when it asked about that item alone.
  // …or a job the reply itself names in another sentence ("We can repair that! Carbon repairs take a week.").
  const userItems = [...new Set([...askedItems(turn.userText, turn.text), ...notOfferedIn(turn.text)])];
  // A part the customer also asks for ("new tubes") is a service asked about: a yes may be to it, not to the item.
  const userServices = [...new Set(findServices(turn.userText).map((m) => m.service))];
  const brokered = clauses.some((c) => !isNegated(c) && BROKERED.test(c));
  const declinedAnyhow = GENERAL_DECLINE.test(turn.text) || (REFERRAL.test(turn.text) && !brokered);
  const pronounOffer =
    AFFIRMATIVE_OPENER.test(turn.text) ||
    brokered ||
    clauses.some(
      (c) => !isNegated(c) && (PRONOUN_OFFER.test(c) || BRING_IN.test(c) || WILL_DO.test(c) || ACCEPTABLE.test(c)),
    );
  const unlinked: UnlinkedOffer[] = [];
  if (userItems.length && pronounOffer && !declinedAnyhow) {
    const open = userItems.filter((id) => !offers.some((o) => o.subject.kind === "not_offered" && o.subject.id === id));
    if (open.length && !userServices.length)
      for (const id of open)
        offers.push({
          subject: { kind: "not_offered", id },
          stance: "offered",
          hedged: HEDGE.test(turn.text),
          via: "agreement",
          clause: turn.text.slice(0, 160),
        });
    else if (open.length && !servicesIn(turn.text).length)
      unlinked.push({ items: open, services: userServices, text: turn.text.slice(0, 160) });
  }
  return { offers, unlinked };
}

/** The offers and refusals of one turn, read once per scoring (check-not-offered and check-invented-services share it). */
export const offerClaims = perTurn((turn: AssistantTurn, _now: string, _h: Handbook) => extract(turn));
