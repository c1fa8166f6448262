import { checkDiscounts } from "./check-discounts";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A discount named as the topic of a question or a referral ("anything discount-related", "ask whether there's a
// student discount") is no offer; one stated as given still is.
describeCheckTable(checkDiscounts, { evaluator: "check-discounts", mode: "over_eager" }, [
  ok(
    "any deals for students?",
    "Prices are fixed: tune-up $89, full service $179. To ask whether there's a student discount, email info@josbikeshop.com.",
  ),
  ok("military discount?", "I can't see one listed. Anything discount-related is best checked with the team directly."),
  ok("senior rate?", "Nothing I can offer here — for discount questions the shop can help at (503) 555-BIKE."),
  bad("student discount?", "For students we do a discount on tune-ups, just show your ID."),
  bad("student?", "Regarding discounts: we can knock $10 off for students."),
] satisfies Row[]);
