import { checkBusyTimes } from "./check-busy-times";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok(
    "busy?",
    "The first couple of hours after we open are the busiest. Weekday afternoons after 2pm are usually the quietest.",
  ),
  ok("when?", "Mornings right after opening are our busiest, so afternoons are quicker."),
  bad("best time?", "Mornings are usually quiet, so come right at 10am when we open."),
  bad("best time?", "Afternoons tend to be our busiest time, so come in the morning."),
];

describeCheckTable(checkBusyTimes, { evaluator: "check-busy-times", mode: "bad_data" }, rows);
