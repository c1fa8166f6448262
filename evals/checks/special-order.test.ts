import { checkInventedServices } from "./check-invented-services";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// Ordering a part in for the customer is a service the handbook does not list; declining it, or selling what is on
// the shelf, is not.
describeCheckTable(checkInventedServices, { evaluator: "check-invented-services", mode: "over_eager" }, [
  bad(
    "can you get me a 12-speed cassette?",
    "Of course — we'll arrange a special order for the cassette, about a week.",
  ),
  bad("need a dynamo hub, can you get one?", "Sure! I can put in a special-order for a dynamo hub today."),
  ok("can you get me a 12-speed cassette?", "We don't do special orders, sorry — only what's on the shelf."),
] satisfies Row[]);
