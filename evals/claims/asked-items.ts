import { notOfferedIn } from "./not-offered-items";
import { splitSentences } from "./sentences";
import { findServices } from "./service-mentions";

/** "Can you…?", "do you…", "…?": a sentence of the customer's that asks something. */
const ASKS = /\?\s*$|^\W*(?:can|could|would|will|do|does|is|are|any|have)\b/i;

/**
 * What the customer asks about: their questions, not the story around them ("I bought a used bike online. Can you
 * check it?" asks for a check, not a bike). A message with no question at all is all request.
 */
function customerAsks(userText: string): string {
  const asked = splitSentences(userText).filter((s) => ASKS.test(s.text));
  return asked.length ? asked.map((s) => s.text).join("\n") : userText;
}

/** A question for work on something it does not name: "can u fix (it)?", "could you look at it?". */
const WORK_ON_UNNAMED =
  /\b(?:fix(?:able)?|repair(?:able)?|salvageable|sort|patch|mend|look at|have a look|check|service|rebuild|help(?: with)?|be (?:fixed|repaired|patched|saved))\b(?!\s+(?:a|an|the|my|your|our)\s+(?!(?:crack|damage|chip|problem|issue|one)\b))/i;

/** "while it's in for", "during your", "alongside a": what follows is when the work is done, not the work. */
const OCCASION =
  /\b(?:while|during|alongside|along with|at the same time as|when (?:it'?s|the bike'?s|you'?re) in for)\b[^.;!?]*$/i;

/**
 * The refused items the customer asks about: those their questions name; when a question asks for work and names
 * nothing ("the carbon fork has a crack. can u fix?"), the damaged thing of the story around it is what it asks to
 * have worked on (never a purchase or a hire, which are no work on their bike) — unless the reply answers with a
 * catalogue service, which may be the work meant ("brake is weak and the display errors. can u help?").
 */
export function askedItems(userText: string, reply: string): string[] {
  const asked = customerAsks(userText);
  const named = notOfferedIn(asked);
  const unnamed = asked !== userText && !findServices(asked).length && WORK_ON_UNNAMED.test(asked);
  // A service named as the occasion ("…while the bike's in for a tune-up") is not the work that answers the question.
  const answers = findServices(reply).some(
    (m) => !m.part && !OCCASION.test(reply.slice(Math.max(0, m.start - 40), m.start)),
  );
  if (named.length || !unnamed || answers) return named;
  return notOfferedIn(userText).filter((id) => id !== "notoffered.bike_sales" && id !== "notoffered.rentals");
}
