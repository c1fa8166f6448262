import type { Weekday } from "../../knowledge-base/index";
import { daysIn } from "./busy-claims";
import { findClocks } from "./clock-mentions";
import { negatedAt } from "./negation";
import { splitSentences } from "./sentences";

/**
 * A part of the day said to be busy or quiet, whatever the sentence frame: a period (minutes since midnight, `to`
 * exclusive; `opening` when it is pinned to opening time, whichever day) × a stance (busy / quiet, a recommendation to
 * come then counting as quiet), linked to the nearest stance cue in its sentence.
 */
export interface BusyStance {
  from: number;
  to: number;
  /** "right at opening", "first thing": the start of the day, whatever the day's opening time. */
  opening: boolean;
  stance: "busy" | "quiet";
  days: Weekday[] | null;
  text: string;
}

const NOON = 12 * 60;
const LATE = 24 * 60;
/** Named parts of the day, each with its span. Order matters: longer phrases first. */
const PERIODS: { re: RegExp; from: number; to: number; opening?: true }[] = [
  {
    re: /\b(?:(?:right|just|straight) (?:at open\w*(?: time)?|when (?:we|you) open\w*|after (?:we open|opening))|at opening(?: time)?|when (?:we|the doors?) open\w*|as soon as (?:we|the doors?) open\w*|first thing(?: in the morning)?|(?:the )?opening (?:rush|hours?|time|hour)|early (?:in the )?morning|(?:the )?morning (?:rush|intake))\b/gi,
    from: 0,
    to: 60,
    opening: true,
  },
  { re: /\blate(?:r)?[- ]mornings?\b|\blater? in the morning\b|\blater that morning\b/gi, from: 11 * 60, to: NOON },
  { re: /\bmid[- ]?mornings?\b/gi, from: 10 * 60 + 30, to: 11 * 60 + 30 },
  { re: /\b(?:mornings?|in the morning|a\.?m\.? hours)\b/gi, from: 0, to: NOON },
  { re: /\b(?:lunch ?time|lunch ?hour|midday|around noon|over lunch)\b/gi, from: NOON, to: 14 * 60 },
  { re: /\bearly[- ]afternoons?\b/gi, from: NOON, to: 14 * 60 },
  {
    re: /\b(?:(?:mid|late)[- ]?afternoons?|afternoons?|later in the day|late in the day|(?:towards?|near|close to|just before) closing(?: time)?|end of the day|evenings?)\b/gi,
    from: 14 * 60,
    to: LATE,
  },
];

/** Words that call a time busy ("the queue builds", "our busiest stretch", "packed", "you'll wait"). */
const BUSY_CUE =
  /\b(?:(?<!\b(?:least|less) )bus(?:y|ier|iest)|rush(?:ed)?|peak|packed|crowded|hectic|slammed|swamped|heaving|(?:queues?|lines?|waits?) (?:\w+ ){0,3}?(?:builds?|build(?:s|ing)? up|grows?|forms?|gets? long)|(?:long|longer|longest) (?:waits?|queues?|lines?)|(?:expect|there'?s|there is|there (?:may|might|could|will|can) be|you'?ll (?:have|face)|you (?:may|might) (?:have|face)) (?:a |some )?(?:short |little |bit of a |small )?(?:wait|queue|line)|fills? up)\b/gi;
/** Words that call a time quiet, or recommend coming then. */
const QUIET_CUE =
  /\b(?:quiet(?:er|est)?|calm(?:er|est)?|least busy|less busy|slow(?:er|est)?|dead|empty|no (?:wait|queue|line)|(?:short|quick|fast)(?:er|est) (?:waits?|queues?|lines?)|quicker|faster|wait(?:ing)? less|less (?:of a )?wait\w*|(?:wait|queue|line)s? (?:\w+ ){0,2}(?:shorter|quicker|less|smaller)|(?:your )?best (?:bet|time|chance|window|option)|ideal(?:ly)?|(?:i'?d|i would|we'?d|we would) (?:probably |personally |definitely |honestly )?(?:aim|go|come|suggest|recommend|say|try)|aim for|try (?:coming|to come|popping|dropping)|recommend (?:coming|popping|dropping|arriving)|(?:come|pop|swing|drop) (?:in|by) (?:around|at|in|during|on)|good time|sweet spot|breeze through|save (?:you(?:rself)?\s+)?(?:a |the |some )?(?:\w+ )?(?:wait(?:ing)?|queue|line)s?|(?:^|[:;,—–]\s*|\b(?:and|then)\s+)(?:come|pop (?:in|by)|swing by|drop (?:in|by)|head (?:in|over)))\b/gi;
/** A subordinate clause that says the main time is free of the rush: "before things get busy", "once the rush dies down". */
const RUSH_AVOIDED =
  /\b(?:before (?:things|it|the shop|we) gets? (?:busy|busier|hectic|packed|crowded)|before the (?:\w+ )?(?:rush|queue|crowds?)|(?:once|after|when) the (?:\w+ )?(?:rush|queue|crowds?)\b[^.;]{0,30}?\b(?:died down|dies down|dying down|passed|is over|ended|ends|eased|eases|cleared|clears|calmed|settles?|thinn?\w*)|(?:to )?(?:avoid|beat|skip|miss|dodge)(?:ing)? (?:the |any |a )?(?:\w+ )?(?:rush|queues?|lines?|waits?|waiting|crowds?))\b/gi;
/** Words that make the stance talk about waiting, so a recommendation ("best bet is…") is advice on a quiet time. */
const WAIT_TALK =
  /\b(?:bus(?:y|ier|iest)|quiet\w*|queue\w*|rush|crowd\w*|packed|wait(?:ing)? (?:around|times?)|(?:avoid|skip|beat|no|short|long)\w* (?:the |a |any )?wait\w*|hang(?:ing)? around)\b/i;
/** Where a clause ends inside a sentence: a semicolon, dash, colon, comma or a contrast word. */
const CLAUSE_BREAK = /[;:,—–]|\b(?:but|whereas|while)\b/gi;
/** A turn between two clauses ("…, so come later", "…, but afternoons…"): a cue before it does not reach past it. */
const TURN_WORD = /\b(?:but|so|whereas|while|instead|though|although|yet|rather|otherwise)\b/i;
/** A time said as opening hours ("we open at 10") is no period of the day. */
const HOURS_NEAR = /\b(?:open(?:s|ing)?|close[sd]?|closing|until|till|hours)\s*(?:at|from|is|are)?\s*$/i;

interface Cue {
  at: number;
  stance: "busy" | "quiet";
}

/** The stance cues of a sentence, live (not negated where they stand), each at its character offset. */
function cues(text: string, recommend: boolean): Cue[] {
  const out: Cue[] = [];
  const avoided = [...text.matchAll(RUSH_AVOIDED)];
  const inAvoided = (i: number) => avoided.some((m) => i >= m.index && i < m.index + m[0].length);
  for (const m of avoided) out.push({ at: m.index, stance: "quiet" });
  for (const m of text.matchAll(BUSY_CUE))
    if (!inAvoided(m.index) && !negatedAt(text, m.index, m.index + m[0].length, 2))
      out.push({ at: m.index, stance: "busy" });
  for (const m of text.matchAll(QUIET_CUE)) {
    const recommendation = !/^(?:quiet|calm|least|less|slow|dead|empty|no |short|quick|fast|wait|queue|line)/i.test(
      m[0],
    );
    if (inAvoided(m.index) || (recommendation && !recommend)) continue;
    if (!negatedAt(text, m.index, m.index + m[0].length, 2)) out.push({ at: m.index, stance: "quiet" });
  }
  return out;
}

/** The named periods and clock times of a sentence, each with its span of the day and its offset. */
interface Period {
  at: number;
  from: number;
  to: number;
  opening: boolean;
  /** The period is what the sentence says to avoid ("skip 10–noon", "the morning rush (10 to noon)"): busy. */
  avoided: boolean;
}

/** "skip 10–noon", "avoid first thing": the period after an avoidance verb is the busy one. */
const AVOID_BEFORE = /\b(?:avoid|skip|dodge|miss|beat|steer clear of|stay away from)(?:ing)?\s+(?:the\s+)?$/i;
/** A rush named right before or after a bracket: "(the morning rush)", "the rush (10 to noon)". */
const RUSH_NEAR = /\brush\b|\bpeak\b|\bbusiest\b/i;

function periods(text: string): Period[] {
  const out: Period[] = [];
  const avoidedSpans: [number, number][] = [...text.matchAll(RUSH_AVOIDED)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  // A period inside an avoided rush ("once the opening rush dies down") is the busy one, never recommended.
  const inAvoided = (i: number) => avoidedSpans.some(([s, e]) => i >= s && i < e);
  const bracketRush = (start: number, end: number) => {
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 30);
    return (
      (/\(\s*$/.test(before) && RUSH_NEAR.test(before)) ||
      (/^\s*\(/.test(after) && RUSH_NEAR.test(after.split(")")[0] ?? ""))
    );
  };
  const mark = (at: number, end: number) =>
    inAvoided(at) || AVOID_BEFORE.test(text.slice(0, at)) || bracketRush(at, end);
  const taken: [number, number][] = [];
  for (const p of PERIODS)
    for (const m of text.matchAll(p.re)) {
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => m.index < e && end > s)) continue;
      taken.push([m.index, end]);
      out.push({ at: m.index, from: p.from, to: p.to, opening: p.opening === true, avoided: mark(m.index, end) });
    }
  const { times, ranges } = findClocks(text);
  for (const r of ranges)
    if (!HOURS_NEAR.test(text.slice(0, r.start)))
      out.push({ at: r.start, from: r.from, to: r.to, opening: false, avoided: mark(r.start, r.end) });
  for (const t of times) {
    if (ranges.some((r) => t.start >= r.start && t.end <= r.end) || HOURS_NEAR.test(text.slice(0, t.start))) continue;
    // A time inside a named period's brackets ("right at opening (10 a.m.)") restates it.
    if (taken.some(([, e]) => t.start > e && t.start - e <= 3 && /^\s*\(/.test(text.slice(e, t.start)))) continue;
    // "it's just after 10 a.m." tells the time now, a moment; "after 10" alone is everything from 10 on.
    const after =
      /\b(?:after|from|past)\s+$/i.test(text.slice(0, t.start)) &&
      !/\b(?:it'?s|it is|now|currently|right now)\s+(?:\w+\s+){0,2}(?:after|past)\s+$/i.test(text.slice(0, t.start));
    out.push({
      at: t.start,
      from: t.minutes,
      to: after ? LATE : t.minutes + 30,
      opening: false,
      avoided: mark(t.start, t.end),
    });
  }
  return out;
}

/**
 * Every (period, stance) a reply states, one per period named in a sentence with a live stance cue, the period taking
 * the stance of the nearest cue. A recommendation ("your best bet is…", "I'd aim for…") counts as a quiet stance only
 * when the reply or the customer talks of waiting or busy times.
 */
export function busyStances(text: string, userText = ""): BusyStance[] {
  const recommend = WAIT_TALK.test(text) || WAIT_TALK.test(userText);
  const out: BusyStance[] = [];
  // Days named earlier in the reply (or by the customer) stay the subject of a sentence naming none.
  let carried = daysIn(userText);
  for (const s of splitSentences(text)) {
    const named = daysIn(s.text);
    const days = named ?? carried;
    carried = days;
    if (/^\W*if\b/i.test(s.text) || /\?\s*$/.test(s.text)) continue;
    const found = cues(s.text, recommend);
    if (!found.length) continue;
    // Clause bounds: a period takes the nearest cue of its own clause, else of its sentence.
    const bounds = [0, ...[...s.text.matchAll(CLAUSE_BREAK)].map((m) => m.index), s.text.length];
    const clauseOf = (i: number) =>
      bounds.findIndex((b, k) => i >= b && i < (bounds[k + 1] ?? Number.POSITIVE_INFINITY));
    // A cue inside brackets is an aside about what the brackets name; one outside reaches into them (a restatement).
    const asides = [...s.text.matchAll(/\([^()]*\)/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const asideOf = (i: number) => asides.findIndex(([a, b]) => i > a && i < b);
    for (const p of periods(s.text)) {
      const reach = found.filter((c) => asideOf(c.at) < 0 || asideOf(c.at) === asideOf(p.at));
      if (!reach.length) continue;
      const own = reach.filter((c) => clauseOf(c.at) === clauseOf(p.at));
      // A period in a clause with no cue of its own takes one from a clause it is not turned against.
      const near = own.length
        ? own
        : reach.filter((c) => !TURN_WORD.test(s.text.slice(Math.min(c.at, p.at), Math.max(c.at, p.at))));
      if (!near.length && !p.avoided) continue;
      const nearest = (near.length ? near : reach).reduce((a, b) =>
        Math.abs(b.at - p.at) < Math.abs(a.at - p.at) ? b : a,
      );
      const stance = p.avoided ? "busy" : nearest.stance;
      out.push({ from: p.from, to: p.to, opening: p.opening, stance, days, text: s.text });
    }
  }
  return out;
}
