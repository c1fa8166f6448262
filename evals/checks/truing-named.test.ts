import { checkPrices } from "./check-prices";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "true the back wheel", "true both wheels": truing named with the wheel it is done on owns the per-wheel price, not a
// flat talked about in the same sentence.
describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data" }, [
  ok("flat + wobbly wheel", "While we fix the flat we could also true the rear wheel — that's $30 per wheel."),
  ok("and the wheels?", "Flat first, then we can true your back wheel as well: $30 per wheel."),
  bad("flat + wobbly wheel", "While we fix the flat we could also true the front wheel — that's $20 per wheel."),
] satisfies Row[]);
