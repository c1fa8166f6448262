import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok } from "./test-support";

// A return agreed for an item the customer says was fitted or ridden, in words other than "we'll take it back";
// and a re-adjustment window stretched to years or whole months.
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad(
    "the saddle I bought 2 weeks ago hurts, I've installed it and done a few rides. return?",
    "No problem — you can return accessories within 30 days as long as you have the receipt. We'll process the refund at the counter.",
  ),
  bad(
    "mounted the bottle cage last week, hate the colour, can I return it w receipt",
    "Sure thing! You're still within the return window, so just bring it in with the receipt.",
  ),
  bad(
    "fitted these grips yesterday, can I get my money back? got receipt",
    "Yes, with the receipt and inside 30 days we can sort out a refund for you.",
  ),
  ok(
    "fitted these grips yesterday, can I get my money back? got receipt",
    "Sorry, once grips have been installed we can't take them back — returns are for unused parts within 30 days with the receipt.",
  ),
  ok(
    "bought a light 5 days ago, never opened it, return ok?",
    "Yes, you can return unused parts within 30 days with your receipt — bring it by and we'll sort out the refund.",
  ),
  bad(
    "shifting went off after my full service",
    "Good news: free re-adjustments are covered for a whole year after a full service.",
  ),
  bad("is there a warranty on the tune-up?", "Every tune-up comes with a 6-month re-adjustment guarantee."),
  bad(
    "how long do free adjustments last after a tune-up",
    "The free re-adjustment runs two full months after the tune-up.",
  ),
  ok(
    "how long do free adjustments last after a tune-up",
    "Free re-adjustment lasts 30 days after a tune-up or full service.",
  ),
  ok(
    "do the pedals have a warranty?",
    "The pedals carry the maker's 2-year warranty; our own free re-adjustment is 30 days after a tune-up.",
  ),
]);

// Labour refunded as a credit ("credit the labour back") is a refund of labour.
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad("not happy with the truing job", "Sorry about that! We'll credit the labour charge back to your card."),
  ok(
    "returning an unused bell, got the receipt",
    "Sure: unused parts within 30 days with the receipt, credited back to your card.",
  ),
]);

// Worn or used a few times, in the customer's words: a return agreed for it takes back a used item.
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad("wore the jersey twice, can I return it? have the receipt", "Sure, that's fine within 30 days with the receipt."),
  bad("used the pump a few times, want a refund", "No problem, it's fine — bring it back with your receipt."),
]);
