import { checkInventedServices } from "./check-invented-services";
import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "We sure do!" / "We certainly can" opens a yes as "Yes" does: to a question about an offering the handbook lacks, it
// offers it.
describeCheckTable(checkInventedServices, { evaluator: "check-invented-services", mode: "over_eager" }, [
  bad("do you do gift vouchers?", "We sure do! They come in $20, $50 and $100."),
  bad("can you store my bike over the winter?", "We certainly can — it's $15 a month in our back room."),
  ok("do you do tune-ups?", "We sure do! A standard tune-up is $89, booked at least a day ahead."),
] satisfies Row[]);

// A catalogue job refunded is labour even when the receipt is mentioned beside it (the receipt is not a part).
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad("not happy with the cable job", "Sorry! We'll refund the $30 cable replacement — just bring your receipt."),
  bad(
    "brake pads squeal after you fitted them",
    "Bring the receipt and we'll refund the brake pad labour, no problem.",
  ),
  ok("can I return unused pads?", "Yes — unused parts can be refunded within 30 days with the receipt."),
] satisfies Row[]);
