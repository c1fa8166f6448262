/**
 * A question checking the details before saying yes ("that's the 30th, not the 29th, right?", "before I confirm — it's
 * 10:30?"): asked at the confirmation, it is no yes. The booking is read back and the confirmation asked again. A yes
 * said first ("yes — and it's the 30th right?") stays a yes.
 */
export function checksBeforeYes(t: string): boolean {
  const s = t.toLowerCase().trim();
  if (/^(yes|yep|yeah|yup|sure|ok|okay|confirm(ed)?|book it|go ahead|do it)\b/.test(s)) return false;
  return TAG_QUESTION.test(s) || BEFORE_YES.test(s);
}

/** A statement turned into a question by a tag at its end ("…, right?", "…, correct?", "…, isn't it?"). */
const TAG_QUESTION =
  /[\s,]\s*(right|correct|yeah|yes|ok|okay|yea|innit|isn'?t it|is that right|is that correct|no|aren'?t you|yeah\?)\s*\?+\s*$/;
/** Said before the yes is given ("before I confirm", "just to check", "before you book it"). */
const BEFORE_YES =
  /\b(before (i|we) (confirm|say yes|agree|book|lock)|before you (book|lock|confirm)|just to (check|double[- ]check|be sure|make sure))\b/;
