import { checkBusyTimes } from "./check-busy-times";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok(
    "busy?",
    "The first couple of hours after we open are the busiest. Weekday afternoons after 2pm are usually the quietest.",
  ),
  ok("when?", "Mornings right after opening are our busiest, so afternoons are quicker."),
  // "busy" itself says the morning is not quiet, whatever short wait the sentence mentions.
  ok("walk in?", "Sure, just come by. Mornings get busy, so there may be a short wait then."),
  bad("best time?", "Mornings are usually quiet, so come right at 10am when we open."),
  bad("best time?", "Afternoons tend to be our busiest time, so come in the morning."),
  // "after 2 gets busy", "the afternoon rush", "quietest at lunchtime" all move the quiet time.
  bad("when to come tuesday?", "Aim for opening — after 2 pm it usually gets pretty busy."),
  bad("when to come?", "Come early to beat the afternoon rush."),
  bad("quiet times?", "It's quietest around lunchtime, roughly noon to 1."),
  ok("quiet times?", "Weekday afternoons after 2 pm are the quietest; avoid the first two hours after opening."),
  // The busy spell's extent: the first N hours after opening, or a clock range, on the days the sentence names.
  bad("line?", "Peak is just the first 45 minutes after opening; after that you'll walk straight up."),
  bad("line?", "Our busiest stretch on Saturdays runs from 9 until 10 am."),
  bad("quiet?", "Tuesdays we're quietest from 11:30 onwards."),
  ok("line?", "Saturday we're open 9–3, and 9 to 11 is the usual rush, so aim for early afternoon."),
  ok("line?", "It's quieter after noon once the morning rush settles; the first two hours are the busiest."),
  ok("line?", "The peak is 10 to 12 on weekdays."),
];

describeCheckTable(checkBusyTimes, { evaluator: "check-busy-times", mode: "bad_data" }, rows);
