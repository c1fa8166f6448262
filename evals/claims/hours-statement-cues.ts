/** Cues of where one statement about a day ends and what its days are to it (read by `hoursClaims`). */

/** "closed for the holiday weekend", "shut for Thanksgiving": the occasion of an opening or closure. */
export const FOR_OCCASION = /\bfor\s+(?:the\s+|our\s+|a\s+)?(?:[\w'-]+\s+)?$/i;

/**
 * A connective, then a subject and verb of its own at a segment's start ("and we reopen", "then we're back"): a new
 * statement, not the one days topicalised before it ("this Thursday, we're closed") take.
 */
export const OWN_CLAUSE =
  /^\W*(?:(?:and|but|then|so|after that|from there)\s+)+(?:we|we'?re|we'?ll|we are|we will|the shop|the store)\s+\w+/i;
