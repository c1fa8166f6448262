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
  /\b(?:fix|repair|sort|patch|mend|look at|have a look|check|service|rebuild|help(?: with)?)\b(?!\s+(?:a|an|the|my|your|our)\s+(?!(?:crack|damage|chip|problem|issue|one)\b))/i;

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
  if (named.length || !unnamed || findServices(reply).some((m) => !m.part)) return named;
  return notOfferedIn(userText).filter((id) => id !== "notoffered.bike_sales" && id !== "notoffered.rentals");
}
