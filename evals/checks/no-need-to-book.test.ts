import { checkWalkInPolicy } from "./check-walk-in-policy";
import { bad, describeCheckTable, ok } from "./test-support";

// "No need to book a tune-up" denies the booking a must-book job needs; "no need to book truing separately" does not.
describeCheckTable(checkWalkInPolicy, { evaluator: "check-walk-in-policy", mode: "policy_confusion" }, [
  bad("full service?", "You don't have to schedule a full service, just bring it by."),
  bad("cable swap", "There's no need to book the cable replacement — come in whenever."),
  bad("truing", "You won't need to reserve a slot for wheel truing."),
  ok("truing and a tune-up?", "You don't need to book truing separately — it's part of the tune-up, which is booked."),
  ok("flat?", "No need to book a flat repair, it's a walk-in job."),
]);
