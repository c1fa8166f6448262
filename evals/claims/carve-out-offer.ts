import { REFERRAL } from "./offer-cues";
import { splitSentences } from "./sentences";
import { servicesIn } from "./service-mentions";

/**
 * A contrast that takes part of a declined job back on: "we don't do X, but for a small crack our mechanic can usually
 * do a resin patch", "…; that said, we could reflash it". The verb is a job done to the bike, not a look at it.
 */
const CARVE_OUT =
  /\b(?:but|however|though|that said|still|although)\b[^.!?]{0,80}?\b(?:we|i|our (?:mechanics?|techs?|team|shop|workshop)|the (?:mechanics?|shop|team))\s+(?:can|could|will|'ll|would|are able to|is able to|may be able to)\s+(?:usually\s+|often\s+|probably\s+|still\s+|definitely\s+|normally\s+|at least\s+)?(?:do|fix|repair|patch|handle|sort|mend|update|install|bond|glue|weld|reinforce|stabili[sz]e|(?:re-?)?(?:seal|build|flash))\b([^.!?]{0,60})/i;

/** The mechanical work the shop does take on ("but we can do the brakes and gears"): no carve-out of a declined job. */
const MECHANICAL =
  /\b(?:brakes?|gears?|tyres?|tires?|tubes?|chains?|wheels?|mechanical|cables?|pads?|flats?|drivetrain)\b/i;

/**
 * The sentence of a reply that, after declining a job the shop does not do (the customer asked about it), offers a
 * repair of part of it anyway; null when none. A carve-out naming a catalogue service ("but we can do the brakes"),
 * a referral, or negated, takes nothing back.
 */
export function carveOutOffer(text: string): string | null {
  for (const s of splitSentences(text)) {
    const m = CARVE_OUT.exec(s.text);
    if (!m) continue;
    if (servicesIn(m[0]).length || MECHANICAL.test(m[1]!) || REFERRAL.test(s.text)) continue;
    return s.text;
  }
  return null;
}
