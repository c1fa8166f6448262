import { checkServiceContents } from "./check-service-contents";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A list line under "X covers:" is an item even when a dash adds a comment with a verb after it.
describeCheckTable(checkServiceContents, { evaluator: "check-service-contents", mode: "bad_data" }, [
  bad(
    "what's in a tune up",
    "The tune-up covers:\n- Gear indexing\n- A brand new chain — that way your skipping would stop for good",
  ),
  ok(
    "what's in a tune up",
    "The tune-up covers:\n- Gear indexing\n- Wheel truing — that way the wobble you mentioned would be gone",
  ),
] satisfies Row[]);
