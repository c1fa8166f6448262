import { checkWalkInPolicy } from "./check-walk-in-policy";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "Walk-ins until 3 — after that it's bookings only" invents a cut-off; walk-ins run whenever the shop is open.
describeCheckTable(checkWalkInPolicy, { evaluator: "check-walk-in-policy", mode: "policy_confusion" }, [
  bad("puncture, can I come at 5:30?", "Walk-ins are taken until 3 pm, after that it's booked jobs only, sorry."),
  bad("brake adjustment this evening?", "We do walk-ins before 12 — outside those hours, no walk-ins I'm afraid."),
  ok("puncture, can I come at 5:30?", "Sure — walk-ins are welcome until we close at 6 pm, first come, first served."),
] satisfies Row[]);
