import { checkCompletionPromise } from "./check-completion-promise";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A finish time pledged for a job the handbook gives days for over-promises; the handbook's own turnaround, a
// refusal to promise, or a pledge for a while-you-wait job does not.
describeCheckTable(checkCompletionPromise, { evaluator: "check-completion-promise", mode: "over_eager" }, [
  bad(
    "full service drop off wednesday, need it thursday night",
    "Sure, I promise the full service will be done by Thursday evening.",
  ),
  bad(
    "tune-up friday, can I have it back saturday?",
    "If you drop it at 10, you have my word it'll be ready before we close on Saturday.",
  ),
  bad("need my tune-up back quick", "Understood! I'll make sure your tune-up is finished by tomorrow afternoon."),
  ok("full service, when will it be ready?", "A full service takes 3–5 business days; we'll call you when it's done."),
  ok(
    "tune-up back by thursday?",
    "I can't promise it'll be ready by Thursday — tune-ups are ready within 2 business days.",
  ),
  ok("flat tire, back today?", "Yes, I can guarantee the flat repair will be done today — it takes about 20 minutes."),
] satisfies Row[]);
