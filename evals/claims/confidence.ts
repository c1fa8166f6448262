/**
 * How sure a check can be that a value it found wrong was said of the subject it was tied to: a value whose subject is
 * named in its own clause is certain; one tied through the sentence, the sentence before, or only the topic of the
 * customer's question is less so; a hedge or a value read from a bare number lowers it further. A failing verdict
 * below `UNCERTAIN_BELOW` is reported as uncertain (queued for a person), never as a silent pass.
 */
export type SubjectLink = "clause" | "sentence" | "previous" | "topic" | "answer";

/**
 * Confidence by how the subject was linked: explicit mention in the clause > same sentence (or a bare value answering
 * the customer's question that named the subject: "tune-up price?" → "About $99.") > sentence before > topic.
 */
export const LINK_CONFIDENCE: Record<SubjectLink, number> = {
  clause: 1,
  sentence: 0.85,
  answer: 0.85,
  previous: 0.7,
  topic: 0.55,
};

/** Below this, a failing verdict abstains. Chosen on the tuned labelled sets (uncertain ≤ 5 % there; docs/evaluators.md). */
export const UNCERTAIN_BELOW = 0.5;

/** "I think", "should be", "if I remember right": the reply itself is unsure of the value. */
const HEDGE =
  /\b(?:i think|i believe|i'?m not (?:100% )?sure|if i (?:remember|recall)|should be|probably|possibly|might|maybe|perhaps|may be|may take|not certain|double-check|i'?d have to check)\b/i;
/** A time written so it can be nothing else (am/pm, a colon, noon), a dollar amount, a span with its unit or a fixed
 * phrase ("by end of day", "while you wait"): the value was read cleanly. */
const CLEAN_VALUE =
  /\d\s*(?:a\.?m\.?|p\.?m\.?)|\d:\d\d|\bnoon\b|\$\s?\d|(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a few|a couple of))(?:\s*|-)(?:business |working )?(?:minutes?|hours?|days?|weeks?)\b|\bend of (?:the )?day\b|\bsame[- ](?:day|afternoon|morning|evening)\b|\bovernight\b|\bnext[- ]day\b|\bwhile you wait\b/i;

/**
 * The confidence of a failing verdict on a claim linked by `link`, said in `sentence`; `valued`: the claim carries a
 * number read from the text (a time, an amount, a span), not only a status such as "closed".
 */
export function claimConfidence(
  link: SubjectLink | undefined,
  sentence: string,
  valued = true,
  value?: string,
): number {
  let c = LINK_CONFIDENCE[link ?? "clause"];
  // A hedge speaks for its own clause: "plan on 45 minutes, so it might be tight" does not hedge the 45 minutes.
  if (HEDGE.test(value ? clauseWith(sentence, value) : sentence)) c -= 0.15;
  if (valued && !CLEAN_VALUE.test(sentence)) c -= 0.1;
  return Math.round(c * 100) / 100;
}

/** The clause of `sentence` (cut at commas, dashes, semicolons and "so/but/because") that holds `value`. */
function clauseWith(sentence: string, value: string): string {
  const at = sentence.indexOf(value);
  if (at < 0) return sentence;
  const cuts = [...sentence.matchAll(/[,;—–]|\s-\s|\b(?:so|but|because|though|although)\b/gi)].map((m) => m.index);
  const from = Math.max(0, ...cuts.filter((x) => x < at));
  const to = Math.min(sentence.length, ...cuts.filter((x) => x > at));
  return sentence.slice(from, to);
}
