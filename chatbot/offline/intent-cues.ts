// The words of intent the decision reads beside the classifiers (pure patterns, no state).

/** Wanting the work done ("want my gears sorted Saturday, first slot?"), not asking about the slot grid. */
export const WISH = /\b(want|wanna|need|needs|like|get|gotta|hoping|hope)\b/;
/** The first or last of something ("earliest", "latest", "final"). */
export const EARLIEST_LATEST = /\b(first|earliest|last|latest|final)\b/;
/** A day's first or last drop-off slot ("earliest slot friday?", "last drop off on tues?"). */
export const SLOT_GRID =
  /\b(first|earliest|last|latest|final) (drop-?\s?off |booking |appointment )?(slots?|drop-?\s?offs?|appointments?)\b/;
/** Asking the shop to take the work on ("can you do…", "could you fit in…"). */
export const CAN_YOU_DO = /\b(can|could|would|will) (you|u|ya|you guys) (do|fit in|squeeze in|take on)\b/;
/** A verb of booking ("book", "reserve", "schedule"), not "book in advance". */
export const BOOK_VERB = /\b(book|reserve|schedule)\b(?! (in advance|ahead))/;
/** Asking whether booking is needed ("do I need an appointment", "is booking required"). */
export const NEED_TO_BOOK =
  /\b(need|have|gotta|got|must) (to )?(an? )?(book|booking|appointment|reservation|make an appointment)\b|\b(is|are) (an? )?(appointment|booking)s? (needed|required|necessary)\b|\bneed (booking|an appointment)\b/;
/** Asking about one's own choice in a booking ("which day did I pick?", "under what name?"). */
export const OWN_CHOICE =
  /\b(is|was) it (under|for|at|on)\b|\b(what|which) \w+ (was|is) it\b|\bwhat (have|did) i (given|give|told|tell|said|say)\b|\bso far\b|\bunder (what|which) name\b|\b(did i|i (picked|chose|booked|said|went for|selected))\b|\bmy (booking|appointment|slot|drop-?off|reservation)\b|\bwhere (were|was|did) (we|i)\b/;
/** Asking whether one has a booking ("did I already book…?", "am I booked in?", "when's my appointment?"). */
export const HAS_BOOKING =
  /\b(did|have) i (already |got )?(book|booked|made|make|reserve)\w*\b|\bdo i (still )?have (a|an|any) (booking|appointment|slot)\b|\bam i (booked|down)\b|\bwhen('s| is) my (booking|appointment|slot|drop-?off)\b/;
/** An explicit request to book ("can I book…", "I'd like to book…", "book me in"), not a question about booking. */
export const BOOK_REQUEST =
  /\b(can|could|may) (i|we|you) (please )?(book|reserve|schedule)\b|\b(like|want|wanna|looking|hoping|trying) to (book|reserve|schedule)\b|\bplease (book|reserve)\b|\bbook me\b|\b(want|wanna|like|need|hoping) to (get|have) (a|an|my|the|our) [^.?!]{0,30}\b(booked|scheduled|reserved)\b/;
/**
 * Asking for a person, in English or the languages customers mix in ("speak to the owner", "hablar con una persona"),
 * either way round ("is there a mechanic I could talk to?").
 */
export const ASKS_FOR_PERSON =
  /\b(get|put|connect|transfer|pass) me (through )?(to |with )?(someone|somebody|a person|a human|a real person|a mechanic|the mechanic|staff|the owner|a manager)\b|\b(a|an|some|real|actual) (human|person|staff member|mechanic|someone)\b[^.?!]{0,20}\b(call|ring|phone|text|get back to) (me|us)\b|\bwho (can|do|should|could) (i|we) (complain|speak|talk) to\b|\b(make|file|lodge|raise) an? (formal )?complaint\b|\b(speak|talk|chat) (to|with) (a |an |the |your |someone |somebody )?(real )?(human|person|people|manager|owner|boss|staff|employee|mechanic|someone|somebody)\b|\b(someone|somebody|a person|a staff member|a real person) (from|at) (the|your) (shop|store|team)\b|\b(human|person|people|staff|staff member|mechanic|technician|someone|somebody|manager|owner|employee)\b[^.?!]{0,25}\b(i|we) (can|could|might|may|would be able to) (speak|talk|chat)\b|\bhablar con (una persona|alguien|un humano|el dueño|el encargado)|\bparler (à|a|avec) (quelqu'un|un humain|une personne|le patron)|\b(mit|einem) (einem |einer )?(menschen|mitarbeiter\w*|person)\b.*\bsprechen\b/;
/** "Cancel it", "can you cancel that" right after booking: the booking just made. */
export const CANCEL_THAT = /\bcancel (it|that|this)\b/;
/** Yes in the languages customers mix in ("sí, confirmo", "ja", "oui"), read only when a confirmation was asked. */
export const FOREIGN_YES = /^\s*(s[ií]|ja|oui|da|sim|hai|tak|jep|claro|vale|genau|d'accord)(?!\p{L})/u;
/** An answer that opens with a yes ("yes now it's right", "aye that's grand"), at the confirmation. */
export const YES_LEAD =
  /^\s*(yes|yep|yeah|yup|yea|ya|aye|sure|ok|okay|alright|correct|perfect|grand|lovely|brilliant)\b/;
/** A yes that goes on to take something back ("yes but the time is wrong", "ok, not Friday though"). */
export const YES_BUT = /\b(but|except|wrong|change|not|no|wait|hold on|actually)\b/;
/** A change to a detail already given ("actually just a tune-up", "make it Friday instead"). */
export const CORRECTION =
  /\b(actually|instead|rather|make it|change (it |that )?to|switch (it |that )?to|on second thought)\b/;
/** Walking in rather than booking ("can I just walk in…", "pop in without an appointment"). */
export const WALK_IN_WORDS =
  /\bwalk(-| )?in\b|\bjust (turn|show|pop|drop|swing|come) (up|in|by|round)\b|\bwithout (a |an )?(booking|appointment)\b/;
/** Asking for the first free day or slot ("what's the soonest?", "earliest you have"). */
export const FIRST_FREE = /\b(soonest|earliest|asap|as soon as)\b|\b(first|next) (available|free|slot|opening|open)\b/;
/** A plain request for a service ("gear cables please", "I need a full service"), not a question about it. */
export const SERVICE_REQUEST =
  /\b(please|pls|plz)\b|\bi('d| would) like (a|an|to get|my|new)\b|\bi (need|want) (a|an|my|new|the)\b/;
/** "Do I need to book for those", "does a tune-up need an appointment": a question even without a question mark. */
export const ASKS_IF_BOOKING_NEEDED =
  /\b(do|does|would|will|should|must) (i|we|you|one|it|they|those|these|that|a|an|the)\b[^.?!]{0,30}\b(need|have|require|got) (to )?(an? )?(book|booking|appointment|reservation)/;
/** Cancelling one's own booking ("need to cancel my truing on Friday", "I have a tune-up booked… need to cancel"). */
export const CANCEL_OWN =
  /\b(i|we) (have|had|got) (a|an|my|the|our) (\S+ ){0,2}(booking|appointment|appt|slot|reservation|tune-?up|service|truing|repair|drop-?off|cable)[^.?!]{0,50}\b(can'?t|cannot|won'?t be able to|unable to) (make|come|do)\b|\b(cancel|call off|scrap)\b[^.?!]{0,40}\b(my|our|the|that|this) (\w+[ -])?(booking|appointment|appt|reservation|slot|tune-?up|service|truing|repair|drop-?off)\b|\b(i|we)('ve|'d)?( (have|had|got) [^.?!]{0,40}\b| )booked\b[^.?!]{0,80}\bcancel|\bmy (\S+ ){0,2}(booking|appointment|appt|slot|reservation|drop[- ]?off)\b[^.?!]{0,60}\b(can'?t|cannot|won'?t be able to|unable to) (make|come|do)\b/;
/** Asking what happens if one cancels ("is there a charge if I cancel late?"): the policy, not a cancellation. */
export const CANCEL_IF = /\b(if|when|what if|in case|should) (i|we|you) (\w+ ){0,3}cancel\b/;
/** A booking noun ("appointment", "booking", "slot") that names the request in a terse message. */
export const TERSE_BOOKING = /\b(appointment|appt|booking|slot|reservation)\b/;
/** Bringing the bike in ("drop it off", "bring my bike in", "swing by"). */
export const DROP_OFF = /\b(drop (it |my bike |the bike )?off|bring (it|my bike|the bike) in|come in|swing by)\b/;

/** Saying outright that nothing is being booked yet ("just planning, not booking yet", "don't book it"). */
export const NOT_BOOKING =
  /\b(not|n't|never) (book|booking|reserve|ready to book)\b|\bdon'?t (book|reserve)\b|\bjust (planning|asking|curious|wondering|checking)\b/;
/** A message that opens as a question ("what days can you book…", "if I book…, how long…"). */
export const OPENS_ASKING = /^(what|what's|whats|when|when's|which|how|how's|where|why|if)\b/;
/** Asking what one booked ("what did I book again?", "which service did I go for?"). */
export const WHAT_DID_I_BOOK =
  /\b(what|which)\b[^.?!]{0,25}\b(did|have) (i|we) (just |already )?(book|booked|reserve|reserved|pick|picked|choose|chose|go for|gone for)\b/;
/**
 * Asking what the bot was told about oneself ("do you remember my name?", "what number did I give you?"), within one
 * clause ("what's your number, my phone is dying" asks for the shop's).
 */
export const OWN_DETAIL =
  /\b(remember|recall|know|what'?s|what is|what was|got|have|which|spell|read|repeat|say|check)\b[^.?!,;]{0,20}\bmy (name|number|phone|e-?mail|contact|details)\b|\bwhat (name|number|phone|e-?mail)\b[^.?!]{0,20}\b(did i|i) (give|gave|say|said|tell|told|use|used)\b/;
/** The thing being booked is no longer wanted ("don't need it anymore", "no longer need the truing", "won't need that after all"). */
export const NO_LONGER_NEEDED =
  /\b(?:(?:do ?n[o']?t|won'?t|wont) (?:need|want) (?:it|that|this|one|(?:the|a|an|my) [\w-]+(?: [\w-]+)?) (?:any ?more|after all)|no longer (?:need|want)|(?:not|no) (?:needed|wanted) any ?more)\b/;
