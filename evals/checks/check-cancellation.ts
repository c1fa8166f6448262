import { type Handbook, handbook, numberValue } from "../../knowledge-base/index";
import { firstFailingTurn, negatedAt, splitMessage } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

const FREE =
  /\b(?:free(?: of charge)?|no (?:cancellation |late )?(?:fee|charge|penalty|cost)s?|without (?:a |any )?(?:fee|charge|penalty)|at no (?:extra )?cost|fee-free|never (?:a |any )?(?:fee|charge))\b/gi;
const FEE =
  /\b(?:fee|charge[ds]?|penalt(?:y|ies)|lose (?:your|the) deposit|forfeit|billed|cost you|half (?:the|of the)|full price|non-?refundable)\b|\$\s?\d+|\d+\s?%/i;
const WINDOW = /\b(\d+|twenty-four|forty-eight|seventy-two|one|two|three|a)\s*(hours?|days?|weeks?)\b/gi;

/** policy_confusion: a cancellation fee, or a free-cancellation window other than 24 hours. */
export function checkCancellation(t: Transcript, _h: Handbook = handbook): CheckResult {
  return firstFailingTurn(t, "check-cancellation", "policy_confusion", (turn) => {
    for (const { sentence, clauses } of splitMessage(turn.text)) {
      if (!/\bcancel/i.test(sentence.text) && !/\bcancel/i.test(turn.userText)) continue;
      for (const c of clauses) {
        const rest = c.text.replace(FREE, " ");
        const fee = FEE.exec(rest);
        // Negation scoped to the fee ("there's no fee", "we won't charge"), not a later "if you can't make it".
        if (
          fee &&
          !negatedAt(rest, fee.index, fee.index + fee[0].length) &&
          (/\bcancel|\blate\b|\bwithin\b|\bno-?show/i.test(c.text) || /\bcancel/i.test(sentence.text))
        )
          return {
            reason: `attaches a fee to cancelling; handbook: never a fee — "${c.text}"`,
            factIds: ["policy.cancellation"],
          };
        if (!/\bcancel/i.test(c.text)) continue;
        for (const m of c.text.matchAll(WINDOW)) {
          const n = numberValue(m[1]!);
          const hours = /^h/i.test(m[2]!) ? n : /^d/i.test(m[2]!) ? n * 24 : n * 168;
          if (hours !== 24)
            return {
              reason: `states a cancellation window of ${m[0]}; handbook: free up to 24 hours before — "${c.text}"`,
              factIds: ["policy.cancellation"],
            };
        }
      }
    }
    return null;
  });
}
