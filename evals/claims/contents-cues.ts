// The cue words the contents-claims reader reads: including, excepting, comparing, pointing back.
/** Words saying a thing is part of a service (or, negated, that it is not). */
export const INCLUDE =
  /\b(?:includ\w*|cover\w*|comes? with|come standard|part of|consists? of|contains?|involves?|(?:you(?:'ll| will)? )?gets? you|you(?:'ll| will)? get|adds?|also gets?|bundled (?:in|with)|what you get|what'?s in)\b/i;
/** Every including cue of a text. */
export const INCLUDE_ALL = new RegExp(INCLUDE.source, "gi");
/** Words before a thing that take it out of the list ("everything except bearings", "but not the chain"). */
export const EXCEPT =
  /\b(?:except(?: for)?|excluding|other than|apart from|but not|not including|minus|without)\s+(?:\S+\s+){0,3}$/i;
/** A service named only to compare or to say what is added to ("unlike the tune-up", "on top of the tune-up"). */
export const NOT_SUBJECT =
  /\b(?:unlike|than|compared (?:to|with)|instead of|rather than|on top of|in addition to|beyond|over|vs\.?|versus|upgrade from|not the|not in the|not with the|and not)\s+(?:the |a |an |our |your )?$/i;
/** "everything in the tune-up", "all of the tune-up", "the whole tune-up": a service's list as one item. */
export const WHOLE =
  /\b(?:everything (?:in|from|that'?s in|of|included in)|all (?:of )?(?:the )?(?:stuff |work |things )?(?:in|from|of)|the whole|same as)\s+(?:the |a |your |our )?$/i;
/** Where one negation stops: a semicolon, a spaced dash, a contrast. */
export const CLAUSE =
  /;|\s[—–]\s|,\s*(?=but\b|while\b|whereas\b|though\b|although\b|not\b|unlike\b|if\b)|\s+(?=but\b|whereas\b)/gi;
/** Words that leave the subject of "…includes X" to what was said before ("It also includes", "I believe … is"). */
export const POINTER_WORDS = new Set(
  "it its it's that that's this which they these those one package service services servicing work job price also and plus yes so not no never isn't aren't doesn't don't won't i i'd we believe think should would will may might probably usually normally typically always definitely is are be a an the as well too both each every unfortunately fortunately sadly luckily actually honestly however though still currently generally really just only afraid i'm".split(
    " ",
  ),
);
/** A verb or pronoun: the line says something, it is no bare list item. */
export const PRONOUN_VERB =
  /\b(?:we|you|i|it|they|is|are|was|will|can|need|needs|should|may|might|would|could|do|does)\b/i;
/** Words saying a thing is charged on top of a service: it is not part of it ("cables are billed separately"). */
export const CHARGED_ALL =
  /\b(?:billed|charged|priced|paid for) separately\b|\b(?:is|are|costs?|comes?|would be|will be) (?:an? )?extra\b|\bextra (?:charge|cost|fee)\b|\badditional (?:charge|cost|fee)\b|\b(?:would|will|to) add \$|\badds? \$|\badd(?:s|ed|ing)?\b(?=[^.;,]{0,40}\b(?:on top|as an extra|at extra cost)\b)/gi;
/** A charge denied before it: "no extra charge", "isn't billed separately" say the thing is included after all. */
export const NO_CHARGE = /\b(?:no|without|not|n't|never)\s+(?:\w+\s+)?$/i;
/** "Full service ($179): bearing service, new cables…": a line whose label is one service (a price beside it at most)
 * lists what that service includes; the colon is its cue. Returns the colon's place, or null. */
export function labelColon(sentence: string, isService: (label: string) => boolean): number | null {
  const m = /^(\s*[^:.!?]{2,50}?)\s*:\s/.exec(sentence);
  if (!m) return null;
  const label = m[1]!.replace(/\(?\$\s?\d+(?:\.\d\d)?\)?|[-—–*#]/g, " ").trim();
  return isService(label) ? m[1]!.length : null;
}
