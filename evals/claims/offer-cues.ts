/** Words that mark the shop taking something on: "we can fix", "our mechanics will", "bring it in", "rentals are $35". */
const ACTION =
  "(?:do|fix|repair|diagnose|test|check|inspect|look|have a look|take|service|rebuild|overhaul|update|flash|upgrade|install|replace|swap|sort|handle|help|run|sell|rent|get|set|order|source|assess|quote|work|troubleshoot|reset|reprogram|program|calibrate|deal|book|schedule|put|fit|bleed|tune|patch|re-?wire|wire|lend|loan|give|provide|arrange|read|scan|plug|hook|special-?order|connect|reseat|solder|trace|track down|pin ?point|find|figure out|open|tighten|strip|clean|re-?grease|grease|lube|top up|flush|change|reseal|seal|pair|align|diagnos\\w*)";
const SUBJECT =
  "(?:we|we'?ll|we'?re|we'?ve|we'?d|(?:our|the) (?:mechanics?|techs?|technicians?|team|staff|shop|service (?:team|department)|workshop|experts?)|i|i'?ll|i'?m|us)";
const MODAL =
  "(?:can|could|will|'ll|would|'d|are able to|'re able to|am able to|'m able to|happy to|glad to|able to|are happy to|'re happy to|definitely|certainly|absolutely|should be able to|be able to|would be able to|will be able to)";
const DIRECT =
  "(?:do|offer|provide|handle|fix|repair|diagnose|test|service|rebuild|sell|rent|carry|stock|have|keep|lend|loan|specialize|specialise|update|flash)";

/** "we can fix …", "our mechanics will run …", "we do!", "we carry …"; and the work handed to the workshop: "I've added a
 * note for the mechanic to service …", "I've asked the team to look at …". */
export const OFFER = new RegExp(
  `\\b${SUBJECT}\\s+(?:(?:also|really|usually|often|normally|generally|typically|sometimes|just|totally|definitely|certainly|absolutely)\\s+)?(?:${MODAL}\\s+(?:\\w+\\s+){0,2}?${ACTION}\\b|${DIRECT}(?:s|es)?\\b)|\\b${SUBJECT}\\s+(?:can|will|'ll)\\s*[.!]|\\b(?:note|request|reminder|asked|told|instructed|flagged it|let)\\b[^.;!?]{0,30}\\b(?:the |our )?(?:mechanics?|techs?|technicians?|team|workshop)\\s+(?:know\\s+)?to\\s+(?:also\\s+)?${ACTION}\\b`,
  "i",
);
/** "bring it in", "drop it off", "stop by" — inviting the customer to bring the job to the shop. */
export const BRING_IN =
  /\b(?:bring|drop|wheel|roll|send)\s+(?:it|her|him|them|that|this|the (?:e-?)?bike|your (?:e-?)?bike|it all)\s+(?:in|by|over|down|off|round)\b|\b(?:stop|swing|come|pop)\s+(?:by|in|over|round)\b/i;
/** Booking words: putting the job in the diary. */
export const BOOK = /\b(?:book(?:ed|ing)?|schedul\w+|appointment|slot|reserv\w+|put you down|pencil)\b/i;
/** A message that opens by saying yes. */
export const AFFIRMATIVE_OPENER =
  /^\W*(?:yes|yep|yeah|sure|absolutely|of course|definitely|certainly|we (?:(?:sure|certainly|absolutely|definitely|really|do)\s+)?(?:do|can)|no problem|happy to|glad to|you bet|for sure|totally)\b/i;
/** Sending the customer elsewhere. */
export const REFERRAL =
  /\b(?:dealer(?:ship)?s?|specialists?|service cent(?:er|re)s?|manufacturer|(?<!\b(?:know|tell us|share|send us|give us|what'?s|which)\s+)the brand(?!\s*(?:,|and\b|or\b|name|model))|brand'?s|(?:fork|shock) maker'?s?|elsewhere|another shop|other shops?|a shop that|rental (?:shop|place|compan)\w*)\b/i;
/** Saying the shop does not do something, without naming it. */
export const GENERAL_DECLINE =
  /\b(?:we|i)\s+(?:don'?t|do not|can'?t|cannot|won'?t|aren'?t able|are not able|am not able|'re not able|are unable|'re unable|no longer|only (?:do|offer|sell|handle|work on))\b|\b(?:not something we|isn'?t something we|aren'?t something we|outside (?:of )?(?:what we|our)|beyond (?:what we|our)|(?:parts and accessories|mechanical (?:work|repairs?|side)) only|only (?:sell )?parts and accessories|not (?:a service|something) (?:we|that we))\b/i;
/**
 * The shop sending the job out itself ("we can send the frame out to a specialist and handle everything", "we'll ship
 * it off on your behalf"): the shop still takes the job on, unlike a referral that sends the customer.
 */
export const BROKERED =
  /\b(?:we|i)\b[^.;!?]{0,40}\b(?:send|ship|farm|outsource|sub-?contract)\w*\s+(?:(?!you\b)[\w'-]+\s+){0,2}(?:out|off|away)\b|\b(?:on your behalf|(?:handle|take care of|arrange|organi[sz]e|sort) (?:everything|all of (?:it|that)|the (?:logistics|shipping|courier|drop-?off and pick-?up)))\b/i;
/**
 * A job said to be within what the shop does, without a modal: "is fine for us to do", "is a job we take on",
 * "right up our street". Read over the whole (un-negated) sentence, so a job named in a clause set off by dashes is held.
 */
export const ACCEPTABLE =
  /\b(?:(?:fine|ok|okay|no problem|not a problem|easy|simple|straightforward|routine) for us\b|for us to (?:do|handle|take on|sort|look after)\b|(?:is|are|'s|'re) (?:something|a job|work|a service|one|the kind of (?:thing|job|work)) (?:that )?(?:we|our (?:workshop|mechanics?|team)) (?:do|can do|handle|take on|offer|often do|regularly do|do all the time)\b|right up our (?:street|alley)|bread and butter|well within what we do|(?:should|would|will|'d|'ll) (?:\w+ )?be (?:doable|do-?able|no problem|no trouble|easy enough)\b|(?:that|it|this)(?:'s| is) (?:totally |definitely |probably )?doable\b|(?:i'?d expect|i'?m sure|i think) we (?:could|can|should be able to|'d be able to) (?:sort|fix|handle|patch|repair|do|sort out) (?:it|that|them|this)\b)/i;
/** Someone other than "you" allowed to take the thing from the shop: "full-service customers can borrow a loaner". */
export const OTHERS_MAY =
  /\b(?:customers?|clients?|riders?|anyone|everyone|members?|folks|people)\s+(?:[\w-]+\s+){0,4}?(?:can|could|may|get to|are welcome to|are free to|are able to)\s+(?:always\s+|also\s+|just\s+)?(?:borrow|use|rent|hire|buy|take (?:out|home)|have)\b/i;
/**
 * Charging for a job takes it on: "would just be added to the bill", "we'd bill it as an adjustment", "we'll charge it
 * as labour", "it goes on your invoice".
 */
export const BILLED =
  /\b(?:add(?:ed)? (?:on )?(?:to|onto) (?:the|your) (?:bill|invoice|total|ticket)|(?:bill|charge|invoice|price|ring)(?:d|ed)? (?:it|that|this|them|the (?:job|work)) (?:up )?(?:as|at|under)|(?:go|goes|went) on (?:the|your) (?:bill|invoice|ticket))\b/i;
/** Calling a job quick or routine for the shop takes it on: "is a pretty quick job", "it's a routine fix". */
export const JOB_EASE =
  /\b(?:is|'s|are|'re)\s+(?:a\s+|an\s+)?(?:(?:pretty|fairly|really|very|super|relatively|quite)\s+)?(?:quick|simple|easy|routine|straightforward|small|standard|common)\s+(?:job|fix|repair|one|task|bit of work|install(?:ation)?)s?\b/i;
