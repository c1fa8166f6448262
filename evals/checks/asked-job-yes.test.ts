import { checkInventedServices } from "./check-invented-services";
import { bad, describeCheckTable, ok } from "./test-support";

// A yes to a job the customer names by what is done ("a tubeless setup", "frame engraving") offers that job.
describeCheckTable(checkInventedServices, { evaluator: "check-invented-services", mode: "over_eager" }, [
  bad("can you guys do a tubeless setup on my road bike?", "Yes! Bring it in any time and we'll sort it."),
  bad("do you do frame engraving", "We sure do — just drop the bike by."),
  ok("do you do wheel truing?", "We do! It's $30 per wheel, booked a day ahead."),
  ok("do you do tubeless conversions?", "We don't, sorry — that's not something we offer."),
  ok("can you do chain installs?", "Sure, we can fit a new chain at a tune-up appointment."),
]);
