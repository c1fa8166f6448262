import { findClocks } from "./clock-mentions";
import type { DayMention } from "./day-mentions";
import { splitClauses, splitSentences } from "./sentences";

/** The vocabulary an appointment is read with: agreeing, proposing, refusing, and the times a reply rules out. */
/**
 * A refusal or a ruled-out time: a clause with one of these words agrees to nothing. A clause listing the shop's
 * closures ("our holiday closures are …", "closing dates: …") states the calendar, not a day agreed.
 */
export const REJECT =
  /\b(?:closed|shut|closures?|(?:closing|closure) (?:days?|dates?)|not open|aren'?t open|isn'?t open|(?:won'?t|wouldn'?t|would not|will not) (?:work|be open|be possible)|doesn'?t work|don'?t work|can'?t|cannot|unavailable|not available|isn'?t available|no (?:slots?|availability|appointments?)|fully booked|too (?:late|early)|a bit (?:late|early)|past closing|after (?:we )?close|before (?:we )?open|not possible|isn'?t possible|(?:'s|is|are) (?:out|off the table|not an option|a no(?:-go)?|no good)\b|not (?:doable|going to work)|no same-day|unfortunately|sorry|instead|rather than|only (?:until|till|up to)|(?<!(?:someone|somebody|customer|just|had a) )cancel(?:l?ed)?|cancell?ation (?:is|policy|fee|window)|cancell?ing (?:is|up to)|free cancell?ation)\b/i;
/** A reply opening with a yes ("Sure!", "Perfect —"): an agreement when the customer asked for a visit. */
export const AGREE_OPENER =
  /^\W*(?:yes|yep|yeah|sure|absolutely|of course|certainly|definitely|great|perfect|done(?=\W*[!.,:—–-])|booked|confirmed|all set|sounds good|no problem|okay|ok|got it|lovely|excellent|awesome|you bet)\b/i;
/** A word approving what was just restated: "Sunday at 10 — perfect!", "Friday 2 pm, lovely.", "noted!". */
export const APPROVAL =
  /(?:[—–,:-]|\s)\s*(?:perfect|great|lovely|excellent|wonderful|fantastic|awesome|brilliant|noted|got it|sure thing|you got it|done)\s*(?:[!.]|\p{Extended_Pictographic})/iu;
/** Words agreeing to a visit or a drop-off ("you're booked", "see you", "that works"). */
export const AGREE =
  /\b(?:you'?re (?:all )?(?:set|booked|in|confirmed)|i'?ve (?:booked|scheduled|put|reserved|got|added|noted|pencil+ed|changed|moved|switched|updated)|(?:changed|moved|switched|updated) (?:it|that|you|the (?:booking|appointment|drop-?off)) (?:over )?to|i'?ll (?:book|put|schedule|reserve|pencil|note|add|see)|(?:put|pencil|got|have|book|booked|squeeze|fit) you (?:down|in)|see you|works\b|(?:is|sounds|should be|will be|would be) (?:fine|good|perfect|great|ok|okay|no problem)|that'?s fine|it'?s a date|sounds like a plan|(?:that'?s|that is|that would be) (?:a |an )?(?:valid|good|fine|available|open|free) (?:drop-?off |booking )?(?:time|slot|spot)|it is\b|we can (?:do|fit|take|see|squeeze|get|book)|(?:i|we)(?: can|'ll| will| could)? (?:arrange|organi[sz]e|set up|line up) (?:an? |the |your )?(?:\w+ )?(?:drop-?off|appointment|slot|visit|booking|time)|(?:come|drop|walk|head|swing|stop|pop) (?:by|in|over|down)|drop (?:it|your bike|the bike|her|him) off|bring (?:it|your bike|the bike|her|him) (?:in|by|over|down)|we'?ll (?:see|expect)|looking forward|(?:is|are) (?:booked|confirmed|reserved|scheduled)|booking (?:is )?confirmed|reference\b)/i;
/** "we have drop-off slots this afternoon", "we've got a few openings": slots offered (on the day the clause names). */
export const SLOTS_OFFERED =
  /\bwe(?:(?: still| currently| also| do| now)? have|'ve got|(?: still| currently| also| now) got) (?:(?:a few|a couple of|some|several|two|three|plenty of|drop-?off)\s+){0,2}(?:slots|openings|spots|appointments)\b/i;
/**
 * Words proposing a visit or a drop-off ("how about", "would … work?", "the earliest is"). "We are open until 3" and
 * "the shop is open today" are the shop's hours, not a slot put up: "is/are open" proposes only with another subject.
 */
export const PROPOSE =
  /\b(?:(?:slot|spot|time|opening)s?\b(?:\s+[\w']+){0,2}\s+(?:still\s+)?(?:open|free|available)\b(?! (?:from|until|till|between)\b)|how about|what about|would .{0,40}(?:work|suit|do)\b|does .{0,40}(?:work|suit)\b|i can (?:offer|do|book|fit|set (?:you )?up)|i could (?:offer|do|book|set (?:you )?up)|we(?: still| currently| also| do| now)? (?:have|'ve got) .{0,30}(?:available|open|free)|(?<!\b(?:we|we'?re|shop|store|workshop|doors|they)\s+)(?:is|are) (?:available|open|free)|(?:is|'s) (?:an?|still an?) (?:valid|open|free|available|bookable|good) (?:slot|time|spot|option)|earliest (?:is|would be|i can|we can|available)|next (?:available|free|open (?:slot|appointment|time|day))|we could do|want me to book|shall i book|should i book)\b/i;
/** Hours talk ("open 10 to 6", "until 7"); an "open slot" or a "slot open today" is a proposal, not opening hours. */
export const HOURS_TALK =
  /\b(?:(?<!\b(?:slots?|spots?|times?|appointments?)\b(?:\s+[\w']+){0,2}\s+)open(?! (?:slots?|spots?|times?|appointments?)\b)|close[sd]?|closing|hours|until|till|slots? (?:run|are|from))\b/i;
/** Talk of a visit, a drop-off or a booking (a conversation about one). */
export const VISIT_WORDS =
  /\b(?:come|coming|drop|bring|book\w*|appointment|visit|stop by|swing|pop (?:in|by)|walk|fit (?:me|you|it) in|slot|see you|pick (?:it )?up|get (?:it|my bike|the bike|this) (?:done|fixed|looked)|reserv\w*|schedul\w*)/i;
/** Words of a booking (not a walk-in visit). */
export const BOOKING_WORDS =
  /\b(?:book(?:ed|ing)?|appointment|slot|reserv\w*|schedul\w*|drop-?off|drop (?:it|your bike|the bike) off|put you down|pencil)\b/i;

/** "pop in for a bottle cage": a shopping visit, not a drop-off. */
export const SHOPPING =
  /\b(?:for|grab|buy|pick up|get)\s+(?:an?\s+|some\s+|the\s+|new\s+)?(?:\w+\s+)?(?:bottle )?(?:cages?|accessor(?:y|ies)|parts?|lights?|locks?|helmets?|bells?|pumps?|tubes?|grips|bottles?|gloves|bags?|racks?|fenders?|mudguards?)\b/i;
/** A time placed outside what is possible ("past", "beyond", "after our last"). */
export const OUT_OF_RANGE = /\b(?:past|beyond|outside|afraid|after (?:our|the) last)\b/i;
/** "a Thursday", "any Saturday": a weekday that names no date. */
export const GENERIC_DAY = /\b(?:a|any|every|each|another)\s+$/i;
/** Walk-in talk. */
export const WALK_IN = /\bwalk[- ]?ins?\b/i;
/** Advice on busy and quiet times. */
export const BUSY_ADVICE = /\b(?:rush|busy|busiest|quiet(?:er|est)?|calm(?:er|est)?|crowded|less busy|peak)\b/i;
/** "booking today for Saturday works": the day the booking is made, not the day of the drop-off. */
export const BOOKING_ACT = /\b(?:booking|book|booked|reserving|reserve|scheduling)\s+$/i;
/** A "today" that is the day the booking is made ("booking today for Saturday works"). */
export const actDay = (text: string, d: DayMention) =>
  (/^(?:today|tonight|now)\b/i.test(d.text) && BOOKING_ACT.test(text.slice(0, d.start))) ||
  (/\bnow\b/i.test(d.text) && HELP_ACT.test(text.slice(0, d.start)));
/**
 * "I can help with that right now", "let me set it up for you now": the speaker's own act of arranging, whose "now"
 * is when the arranging happens, not the day of the visit.
 */
const HELP_ACT =
  /\b(?:i|we)(?:'ll| will| can| could|'d be happy to| am happy to|'m happy to)\s+(?:\w+\s+)?(?:help|book|set|sort|arrange|reserve|schedule|pencil|lock|get|put)\b[^.;!?—–]{0,30}$|\blet me\s+(?:help|book|set|sort|arrange|reserve|schedule|pencil|lock|get|put)\b[^.;!?—–]{0,30}$/i;
/** "5:30 is past our last slot", "1:45 isn't a slot" (or "isn't one"), "6:30 would be after the last drop-off": ruled out. */
export const PAST_IT =
  /^\S+(?:\s*[ap]\.?m\.?)?\s+(?:(?:is|would be|'s|falls?|lands?)\s+(?:past|beyond|outside|between|off|after (?:our|the) last|too (?:late|early))|(?:isn'?t|is not|wouldn'?t be|won'?t be|is no)\s+(?:a |an )?(?:valid |bookable |available |drop-?off )?(?:slot|option|possible|available|one(?: of (?:them|those|ours|our slots))?))\b/i;
/** "since it's Sunday evening", "today is Monday": the present moment, not a day proposed. */
export const PRESENT_DAY =
  /(?:\b(?:since|as|because|given|now that|seeing as)\s+(?:it'?s|it is|today is|today'?s)|\b(?:it'?s|it is) (?:now|currently|already)|\btoday (?:is|being))\s+(?:a\s+)?$/i;
/** A line ending in a colon: a heading whose lines follow. */
export const HEADING_END = /:\s*$/;
/** "Half of that works", "one of those is fine": agreement to part of the request, never the whole of it. */
export const PARTIAL = /\b(?:half|part|some|one|only one|either) of (?:that|it|this|those|these|them|the two)\b/i;
/** "book it for another day", "a later date", "some other day this week": a day left open that is not the one in play. */
export const OTHER_DAY =
  /\b(?:an? (?:different|other|later|future|another)|another|some other|any other|a later)\s+(?:day|date|visit)s?\b|\blater (?:in|that|this) (?:the )?week\b/i;
/** "an earlier time", "another slot": the reply asks for a time other than the customer's. */
export const OTHER_TIME = /\b(?:an? (?:earlier|later|different|other)|another|some other)\s+(?:time|slot|hour)s?\b/i;
/** A heading whose lines are the offer or the booking: "Here's the soonest I can offer:", "You're booked:". */
export const HEADING_OFFER =
  /\b(?:can offer|options?|available|earliest|soonest|what i have|(?:you'?re|is|are) (?:all )?(?:booked|confirmed|reserved)|pencil+ed)\b/i;
/** A summary put up for the customer's yes ("Shall I confirm?", "Does that look right?"): its lines are the booking. */
export const CONFIRM_ASK =
  /\b(?:(?:shall|should|can|may) I (?:go ahead and )?(?:confirm|book|lock|reserve|finali[sz]e|put (?:it|that|you) (?:in|down))|(?:want|like) me to (?:go ahead and )?(?:confirm|book|lock|reserve|finali[sz]e)|(?:does|do) (?:that|this|everything|all (?:of )?that|it) (?:look|sound) (?:right|correct|good|ok(?:ay)?)|is (?:that|this|everything|all (?:of )?that) (?:right|correct)|ready (?:for me )?to (?:confirm|book)|confirm\?)/i;
/** "there's no 10:15 slot": the time after it is ruled out. */
export const NO_SLOT = /\b(?:no|not an?|isn'?t an?|there'?s no)\s+$/i;
/** "you close at 5 on Saturday, right?", "aren't you open till 6": the customer's own idea of the hours, no visit time. */
export const CUSTOMER_HOURS =
  /\b(?:close[sd]?|closing|shut(?:s|ting)?|open(?:s|ing)?(?: (?:until|till|til|up to))?|(?:last|final) (?:slot|drop-?off)(?: is)?)\s+(?:at\s+|by\s+)?$/i;

/**
 * The reply's own windows (ranges like "9 to 3", "slots run 9–2") leave the customer's time out: the reply corrects
 * the time rather than taking it. False when the reply states no window.
 */
export function windowsExclude(text: string, minutes: number): boolean {
  const { ranges } = findClocks(text);
  return ranges.length > 0 && ranges.every((r) => minutes < r.from || minutes > r.to);
}

/** "you originally asked for 2:15", "the time you first wanted, 4 pm": the customer's earlier request, recalled. */
export const RECALLED =
  /\b(?:you(?:'d| had)?|the (?:time|slot) you) (?:originally|first|initially|earlier|previously|at first) (?:asked for|said|wanted|requested|mentioned|picked|chose|suggested|had)\s+(?:was\s+|is\s+)?$/i;

/** "I work until 5:30", "I finish at 5": the customer's own schedule before a time. */
export const BUSY_UNTIL = /\b(?:until|till|til|finish(?:es)?(?: work)? at|get off(?: work)? at|off work at)\s+$/i;
/** "before 3", "no later than 2:30", "by 5 pm": the time that follows is the latest arrival, a window's end. */
export const LATEST = /\b(?:before|no later than|any ?time up to|(?<!(?:come|stop|swing|pop|drop) )by)\s+$/i;

/** Clock times the message itself says are not available ("there's no 10:15 slot"): never read as agreed. */
export function ruledOutTimes(text: string): Set<number> {
  const out = new Set<number>();
  for (const s of splitSentences(text))
    for (const c of splitClauses(s))
      for (const t of findClocks(c.text).times)
        if (
          NO_SLOT.test(c.text.slice(0, t.start)) ||
          RECALLED.test(c.text.slice(0, t.start)) ||
          PAST_IT.test(c.text.slice(t.start)) ||
          (REJECT.test(c.text) && !AGREE.test(c.text))
        )
          out.add(t.minutes);
  return out;
}

/** A time given loosely: "around 10:15", "about 3", "10ish", "3-ish", "4 or so". */
export const APPROXIMATE =
  /\b(?:around|about|approximately|roughly|sometime around|ish)\s+\d|\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*-?ish\b|\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s+or so\b/i;
