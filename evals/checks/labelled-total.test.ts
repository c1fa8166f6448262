import { checkPrices } from "./check-prices";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "Price: $N total" on a line under the service talked about is that service's whole price, even when the line names
// only its parts ("that includes labour and a new tube").
describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data" }, [
  bad("tune up price", "Our tune-up:\n- Price: $79 total, nothing extra"),
  bad("flat cost", "A flat repair is quick:\n- Cost: $15 in total — covers the labour and a new inner tube"),
  ok("tune up price", "Our tune-up:\n- Price: $89 total, nothing extra\n- Ready within 2 business days"),
  ok("flat cost", "A flat repair is quick:\n- Cost: $24 in total — covers the labour and a new inner tube"),
] satisfies Row[]);
