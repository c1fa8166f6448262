import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// Stock claimed to a customer shopping for a bike sells bikes; a "without" later in the clause ("with or without
// gears", "no training wheels") describes the stock, it does not deny it.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad(
    "shopping for a commuter bike for my daughter, what have you got?",
    "We've got a few options right now, some without mudguards, so come and try them.",
  ),
  bad(
    "looking for a balance bike for a 3 year old",
    "We stock a small range in store, none with pedals, perfect for learning balance.",
  ),
  ok(
    "shopping for a commuter bike for my daughter, what have you got?",
    "We don't sell bikes — parts and accessories only — but we're happy to give her new bike a free safety inspection.",
  ),
] satisfies Row[]);
