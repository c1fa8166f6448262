import type { AssistantTurn } from "./assistant-turns";
import { negatedAt } from "./negation";
import { splitMessage } from "./sentences";
import { memoKeyed } from "../../knowledge-base/text-memo";

/** The customer's part is already on the bike: fitted in a job ("had the pads replaced", "you put a new chain on"). */
const FITTED =
  /\b(?:(?:had|got|get|have)\s+(?:(?:my|the|a|new|some|your)\s+)?(?:[\w-]+\s+){0,2}(?:replaced|swapped|changed|fitted|installed|put on)|you (?:guys )?(?:replaced|swapped|changed|fitted|installed|put\s+(?:[\w-]+\s+){0,3}(?:on|in)))\b/i;
const ASKS_BACK = /\b(?:return|refund|money back|take (?:it|them) back|give (?:it|them) back)\b/i;
/** The reply takes a part back, passive or active ("can be returned for a refund", "we'll refund the pads"). */
const PART_BACK =
  /\b(?:(?:can|could|may|will) (?:still |also )?be (?:returned|refunded|taken back|brought back for a refund)|(?:is|are) (?:returnable|refundable)|(?:we(?:'ll| will| can)|i can) (?:refund|take back) (?:the|your) (?:\w+\s+)?(?:parts?|pads?|chains?|tyres?|tires?|tubes?|cables?|cassettes?|brakes?))\b/i;
/** Terms that keep a return to unused goods, which a fitted part fails. */
const UNUSED_ONLY =
  /\b(?:unused|unopened|uninstalled|unfitted|new condition|original (?:box|packaging)|(?:hasn'?t|has not|haven'?t|have not|not) been (?:used|ridden|installed|fitted))\b/i;

const remember = memoKeyed<string | null>();

/**
 * A part the shop already fitted, which the reply says can be returned or refunded (the handbook takes back unused
 * parts only): the reply's clause, or null. Needs the customer to ask for their money or a return.
 */
export function fittedPartRefund(turn: AssistantTurn): string | null {
  return remember(`${turn.userText}\u0000${turn.text}`, () => {
    let out: string | null = null;
    if (FITTED.test(turn.userText) && ASKS_BACK.test(turn.userText) && !UNUSED_ONLY.test(turn.text))
      for (const { clauses } of splitMessage(turn.text))
        for (const c of clauses) {
          const m = PART_BACK.exec(c.text);
          if (m && !out && !negatedAt(c.text, m.index, m.index + m[0].length)) out = c.text;
        }
    return out;
  });
}
