import { checkHoursClaims } from "./check-hours-claims";
import { checkSlotClaims } from "./check-slot-claims";
import { bad, describeCheckTable, ok } from "./test-support";

// A day's hours given as label lines under a heading ("- Closes: 7 pm"): each line states the time it labels.
describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data" }, [
  bad("friday hours?", "Friday, June 5:\n- Opens: 10 am\n- Closes: 7 pm"),
  bad("what about wednesday", "Wednesday at a glance\n* Opening time: 9 am\n* Closing time: 6 pm"),
  bad("tues?", "Tuesday looks like this:\n\nOpen: 10:00\nClose: 17:00"),
  ok("thursday?", "Thursday is our late one:\n- Open: 10 am\n- Close: 7 pm"),
  ok("saturday?", "Saturday:\n- Opens: 9 am\n- Closes: 3 pm\n- Closed: Sunday and Monday"),
]);

// In slot talk, the last slot named by a pronoun ("the final one is 5:30") is the end of the slot window.
describeCheckTable(checkSlotClaims, { evaluator: "check-slot-claims", mode: "policy_confusion" }, [
  bad("latest tuesday drop off?", "Tuesday drop-off slots are every 30 minutes, and the final one is 5:30 pm."),
  bad("saturday slots?", "Saturday slots start at 9 am; the latest one is 2:30 pm."),
  ok("latest tuesday drop off?", "Tuesday drop-off slots are every 30 minutes, and the final one is 5 pm."),
  ok("saturday slots?", "Saturday slots start at 9 am; the last one is 2 pm, an hour before we close."),
]);
