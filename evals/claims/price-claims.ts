import { type Handbook, handbook, type ServiceId } from "../../knowledge-base/index";
import type { SubjectLink } from "./confidence";
import { findMoney } from "./money-mentions";
import { isSumOfEarlier } from "./summed-total";
import { splitSegments } from "./segments";
import { splitSentences } from "./sentences";
import { findServices, isIngredientOf, type ServiceMention, serviceOf, servicesIn } from "./service-mentions";

/** A dollar amount the reply attaches to one service. */
export interface PriceClaim {
  service: ServiceId;
  amount: number;
  upTo: number | null;
  /** How many units the amount is said to cover ("$30 for the pair" → 2), when the words say; else null. */
  units: number | null;
  sentence: string;
  /** How the service was tied to the amount (its clause, the sentence, the sentence before, the conversation's focus). */
  link?: SubjectLink;
}

const COUNTS: Record<string, number> = { pair: 2, both: 2, two: 2, "2": 2, three: 3, "3": 3, four: 4, "4": 4 };
/** "$30 for the pair", "$45 to do both", "$60 covers two wheels", "$30, which covers both", "$30 and that includes both". */
const UNITS_AFTER =
  /^\s*(?:(?:,|—|–|-)?\s*(?:and|which|that|so it|it)\s+(?:that\s+|it\s+)?)?(?:total\s+|in total\s+)?(?:for|to do|to true|to fix|covers?|covering|includes?|including)\s+(?:the\s+|a\s+)?(pair|both|two|2|three|3|four|4)\b/i;
/** "both wheels … $30", "two cables would be $30": a count of wheels or cables before the amount, in its segment. */
const UNITS_BEFORE =
  /\b(pair of|both|two|2|three|3|four|4)\s+(?:of\s+(?:the|your)\s+)?(?:[\w-]+\s+)?(?:wheels|cables)\b/i;
/** "so three would be $267", "two bikes come to $178": a count, then the total it makes, just before the amount. */
const TOTAL_BEFORE =
  /\b(both|two|2|three|3|four|4)(?:\s+(?:of (?:them|those)|[\w-]+)){0,2}\s+(?:would be|will be|comes? to|makes?|totals?|(?:is|are|=) (?:a total of )?)\s*(?:about |around |roughly |just )?$/i;
/** "$30 each", "$30 per wheel", "$30/cable": the amount is a unit price, whatever count is near. */
const EACH_AFTER = /^\s*(?:each|apiece|a piece|per\s+\w+|a (?:wheel|cable)|\/\s*\w+)\b/i;

/** The units an amount covers, when the words fix them; null for a unit price or no count. */
function unitsOf(sentence: string, money: { start: number; end: number }, segment: string | null): number | null {
  const after = sentence.slice(money.end);
  // "2 wheels × $30 = $60", "two cables at $30": a factor in a product is the unit price.
  if (EACH_AFTER.test(after) || /(?:[×x*@]|\bat)\s*$/i.test(sentence.slice(0, money.start))) return null;
  const word = (
    UNITS_AFTER.exec(after)?.[1] ??
    (segment ? UNITS_BEFORE.exec(segment)?.[1] : undefined) ??
    TOTAL_BEFORE.exec(sentence.slice(0, money.start))?.[1]
  )?.toLowerCase();
  if (!word) return null;
  return word === "pair of" ? 2 : (COUNTS[word] ?? null);
}

// Nouns that own an amount themselves, so it is not the price of a nearby service.
const OTHER_MONEY_SOURCE =
  "\\b(?:deposits?|fees?|penalt(?:y|ies)|rentals?|rent|models?|(?:new|used) (?:e-?)?bikes?|bikes? (?:start|from|cost|sell|go for)|parts|accessories|discount|credit|refunds?|tip|totals?|tires?|tyres?|chains?|cassettes?|saddles?|helmets?|locks?|lights?|grips|sealant|bottles?|pumps?|altogether|in all|combined|together|comes? to|per (?:day|hour|week)|a day|a pair|per pair|each pad)\\b";
/** Words of a total: the sum over the services named, not a price of something else. */
const TOTAL_WORD = /^(?:totals?|altogether|in all|combined|together|comes? to)$/i;
const OTHER_MONEY = new RegExp(OTHER_MONEY_SOURCE, "gi");
const HAS_OTHER_MONEY = new RegExp(OTHER_MONEY_SOURCE, "i");
const PADS_PRICE =
  /\bpads?\s+(?:themselves|usually|typically|generally|run|cost|costs|from|start(?:ing)? at|around|about|at around|are (?:usually|typically|about|around|roughly|from)|start)|\bfor (?:the |a set of )?pads\b|\bpads? (?:is|are) extra\b/i;
const UNIT_AFTER = /^\s*(?:\/|per |a |each )\s*(wheel|cable)\b/i;
const DIFFERENCE_AFTER = /^\s*(?:more|less|cheaper|dearer|pricier|higher|lower)\b/i;
const DIFFERENCE_BEFORE = /\b(?:save|saves|saving|savings? of|difference of|difference is|an extra|another)\s*$/i;
const COREF =
  /\b(?:it|it's|that|that's|this|they|they're|these|which|each|per wheel|per cable|the price|the cost|labou?r)\b|^\s*(?:price|cost|rate)\s*:/i;

/** "the pads, which usually run ", "parts that cost ": the noun a relative clause before an amount hangs on. */
const RELATIVE_BEFORE = /([\w-]+)\)?\s*,?\s+(?:which|that)\s+(?:[\w']+\s+){0,3}(?:about |around |from )?$/i;
/** "isn't $60", "is not about $60", "never $60": the amount after a negated copula is denied. */
const DENIED_BEFORE =
  /\b(?:isn'?t|is not|aren'?t|are not|wasn'?t|was not|won'?t be|will not be|not|never|no longer)\s+(?:just |only |quite |about |around |even )?$/i;
const INDEFINITE_SUBJECT =
  /^\s*(?:an?|one|our)\s+(?:(?:standalone|separate|quick|basic|simple|dedicated|extra)\s+)[\w -]{2,40}?\s+(?:is|costs?|runs?|goes for)\s*(?:just |only |about |around )?$/i;

/** The customer asked what something costs. */
const ASKED_PRICE = /\b(?:how much|prices?|pricing|costs?|charge|rates?|quote|fee)\b/i;
/** Nothing but fillers and hedges before the amount: "Roughly $99", "Usually about $89", "Sure — around $30". */
const ELLIPTIC_BEFORE =
  /^\W*(?:(?:yes|yep|sure|ok|okay|so|well|hmm|great question|good question)\b\W*)*(?:(?:roughly|about|around|approximately|approx|usually|typically|normally|generally|currently|right now|just|only|i believe|i think)\b\W*)*$/i;

/** The words between a service and an amount that say the service costs it all told ("would come to about"). */
const COMES_TO =
  /^\s*(?:(?:would|will|should|then|now|only|just|all in)\s+|'d\s+){0,2}(?:comes?|works? out|ends? up|adds? up)\s+(?:to|at)\s+(?:about|around|roughly|approximately|just|only|~)?\s*$/i;

/** True when the text from the service to the amount says the service comes to it, with no other amount between. */
function servicePays(sentence: string, service: ServiceMention, money: { start: number }): boolean {
  return service.end <= money.start && !service.part && COMES_TO.test(sentence.slice(service.end, money.start));
}

/**
 * "It's $89 — gear indexing, brake adjustment, wheel truing…": two or more different things of what the service in focus includes,
 * listed after an amount whose own words name no service, are what the amount buys, not what it prices.
 */
function contentsListed(
  sentence: string,
  money: { start: number; end: number },
  services: readonly ServiceMention[],
  focus: ServiceId | null,
  h: Handbook,
): Set<ServiceMention> {
  if (!focus || services.some((x) => x.end <= money.start)) return new Set();
  const after = services.filter((x) => x.start >= money.end);
  if (findMoney(sentence.slice(money.end)).length || after.some((x) => x.service === focus)) return new Set();
  const listed = after.filter((x) => isIngredientOf(focus, x.service, h));
  // A list names different things: one service said twice ("the wheel truing price … truing on its own") is its subject.
  return new Set(listed.map((x) => x.service)).size >= 2 ? new Set(listed) : new Set();
}

/** A word of inclusion right before an amount: "included in the $179", "part of the $89", "covered by your $89". */
const CONTAINER_BEFORE =
  /\b(?:included|covered|part|comes?|rolled|built|all)\s+(?:in|into|by|of|with)\s+(?:the|that|your|our|its|a|an)?\s*$/i;

/** Attributes each dollar amount in a reply to the nearest service named around it (or the service in focus). */
export function priceClaims(
  message: string,
  focus: ServiceId | null,
  h: Handbook = handbook,
  userText = "",
): PriceClaim[] {
  const askedPrice = ASKED_PRICE.test(userText);
  const out: PriceClaim[] = [];
  let lastService: ServiceId | null = focus;
  let lastLink: SubjectLink = "topic";
  const said: number[] = [];
  for (const sentence of splitSentences(message)) {
    const services = findServices(sentence.text);
    const before = [...said];
    said.push(...findMoney(sentence.text).map((m) => m.amount));
    const others = [...sentence.text.matchAll(OTHER_MONEY)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    for (const money of findMoney(sentence.text)) {
      const dist = (x: { start: number; end: number }) =>
        x.end <= money.start ? money.start - x.end : x.start >= money.end ? x.start - money.end + 3 : 0;
      const seg = splitSegments({ text: sentence.text, start: 0 }).find(
        (s) => money.start >= s.start && money.start < s.end,
      );
      // What another service includes ("everything in the tune-up") owns only an amount right beside it ("the $89
      // tune-up"), not the whole service's price further along.
      // …and one inside brackets ("tune-up (includes brake adjustment): $89") owns nothing beyond its bracket.
      const gap = (x: { start: number; end: number }) =>
        sentence.text.slice(Math.min(x.end, money.end), Math.max(x.start, money.start));
      // "$25 per wheel": a service priced per wheel owns it over a flat-priced one nearer by.
      const unit = UNIT_AFTER.exec(sentence.text.slice(money.end))?.[1]?.toLowerCase();
      const contents = contentsListed(sentence.text, money, services, lastService, h);
      const candidates = services.filter(
        (x) => !contents.has(x) && (!x.included || (dist(x) <= 4 && !gap(x).includes(")"))),
      );
      const sameUnit = unit ? candidates.filter((x) => serviceOf(h, x.service).priceUnit === `per ${unit}`) : [];
      const nearestService = [...(sameUnit.length ? sameUnit : candidates)].sort((a, b) => dist(a) - dist(b))[0];
      const nearestOther = [...others].sort((a, b) => dist(a) - dist(b))[0];
      if (
        PADS_PRICE.test(sentence.text.slice(Math.max(0, money.start - 30), money.end + 30)) &&
        !/\bper wheel\b/i.test(sentence.text.slice(money.end, money.end + 12))
      )
        continue;
      // "only $30 more than", "you save $20": a difference between prices, not the price of a service.
      if (
        DIFFERENCE_AFTER.test(sentence.text.slice(money.end)) ||
        DIFFERENCE_BEFORE.test(sentence.text.slice(0, money.start))
      )
        continue;
      // "…plus the pads, which usually run $15–$30": a relative clause prices the noun it hangs on; a noun that is no
      // service (a part) owns the amount.
      const rel = RELATIVE_BEFORE.exec(sentence.text.slice(0, money.start));
      // ("the pads" alone are the part, not the pad-replacement job).
      const owner = rel && services.find((x) => !x.part && x.end === rel.index + rel[1]!.length);
      if (rel && (!owner || /^pads?$/i.test(sentence.text.slice(owner.start, owner.end)))) continue;
      // "…so you're looking at $74": the sum of amounts listed before it is a total, not one service's price.
      if (isSumOfEarlier(money.amount, before)) continue;
      // "A tune-up isn't $60": an amount denied is not the price claimed.
      if (DENIED_BEFORE.test(sentence.text.slice(0, money.start))) continue;
      // "a flat repair is $15 total": the sentence's only amount, a total over the one service it names, is that
      // service's price.
      const soleTotal =
        nearestOther !== undefined &&
        findMoney(sentence.text).length === 1 &&
        TOTAL_WORD.test(sentence.text.slice(nearestOther.start, nearestOther.end)) &&
        // ("Price: $15 total — that includes labour and a new tube" names none: the service talked about)
        new Set(services.filter((x) => !x.included && !x.part).map((x) => x.service)).size <= 1;
      // "your tune-up would come to about $80": what one service comes to is what the customer pays for it.
      const comesTo = nearestService !== undefined && servicePays(sentence.text, nearestService, money);
      if (nearestOther && !soleTotal && !comesTo && (!nearestService || dist(nearestOther) < dist(nearestService)))
        continue;
      // "cables are included in the $179": the amount after a word of inclusion is the container's price — a service
      // named right after it ("the $179 full service"), else the one in focus; never the thing included.
      if (CONTAINER_BEFORE.test(sentence.text.slice(0, money.start))) {
        const part = nearestService?.service;
        const holds = (id: ServiceId | null | undefined) =>
          id && id !== part && (!part || isIngredientOf(id, part, h)) ? id : null;
        const named = services.find((x) => x.start >= money.end && !x.part && dist(x) <= 6)?.service;
        const container =
          named ?? holds(lastService) ?? [...servicesIn(userText), ...servicesIn(message)].find(holds) ?? null;
        if (container)
          out.push({
            service: container,
            amount: money.amount,
            upTo: money.upTo,
            units: null,
            sentence: sentence.text,
            link: named ? "clause" : lastLink,
          });
        continue;
      }
      let service = nearestService?.service ?? null;
      const inSegment = nearestService && seg && nearestService.start >= seg.start && nearestService.start < seg.end;
      let link: SubjectLink = inSegment ? "clause" : "sentence";
      // "A standalone clean and lube is $15": a thing introduced anew owns the amount, not the service in focus.
      const fresh = INDEFINITE_SUBJECT.test(sentence.text.slice(0, money.start));
      // "Roughly $99, I believe!" to "tune-up price?": an amount said alone (hedges aside) answers the question.
      const answers = askedPrice && ELLIPTIC_BEFORE.test(sentence.text.slice(0, money.start));
      if (
        !service &&
        seg &&
        !fresh &&
        (COREF.test(sentence.text) || answers) &&
        (soleTotal || !HAS_OTHER_MONEY.test(seg.text))
      ) {
        service = lastService;
        link = answers && lastService !== null && servicesIn(userText).includes(lastService) ? "answer" : lastLink;
      }
      if (service)
        out.push({
          service,
          amount: money.amount,
          upTo: money.upTo,
          units: unitsOf(sentence.text, money, seg ? sentence.text.slice(seg.start, money.start) : null),
          sentence: sentence.text,
          link,
        });
    }
    const named = servicesIn(sentence.text);
    if (named.length) {
      lastService = named.at(-1)!;
      lastLink = "previous";
    }
  }
  return out;
}
