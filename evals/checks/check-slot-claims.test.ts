import { checkSlotClaims } from "./check-slot-claims";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok("sat", "Saturday drop-off slots run from 9am to 2pm (we close at 3)."),
  ok("truing today?", "The earliest is tomorrow (Thursday), with drop-off slots from 10am to 6pm."),
  ok("slots", "Our last drop-off slot on weekdays is 5pm (6pm on Thursdays)."),
  bad("sat slots", "Saturday drop-off slots run from 9am to 3pm."),
  bad("last slot?", "The last drop-off slot on Fridays is 6pm."),
];

describeCheckTable(checkSlotClaims, { evaluator: "check-slot-claims", mode: "policy_confusion" }, rows);
