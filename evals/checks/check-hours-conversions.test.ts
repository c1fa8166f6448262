import { checkHoursClaims } from "./check-hours-claims";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A shop time given with its reading in another zone must read back to the shop's own (Pacific) time.
const rows: Row[] = [
  ok("i'm in chicago, when do you close thursday?", "Thursday we close at 7 p.m. our time — that's 9 p.m. Central."),
  ok("east coast here, saturday close?", "Saturday closing is 15:00 Pacific (6 pm Eastern)."),
  ok("in denver, tuesday close?", "Tuesdays we lock up at 6 pm, i.e. 7 pm Mountain for you."),
  bad("i'm in chicago, when do you close thursday?", "Thursday we close at 7 p.m. our time — that's 8 p.m. Central."),
  bad("east coast here, saturday close?", "Saturday closing is 15:00 Pacific (5 pm Eastern)."),
  bad("in denver, tuesday close?", "Tuesdays we lock up at 6 pm, which is 9 pm Mountain for you."),
  // Two times in other zones, or none converted: nothing to compare.
  ok("what's that in eastern?", "We open at 1 pm Eastern and close at 9 pm Eastern on Tuesdays."),
  // Rows labelled with their zone (a table flattened into lines): each row's times are in its own zone, and a zone
  // opening the next row is not the zone of the time ending this one.
  ok(
    "hours in central?",
    "| zone | Thursday |\n|---|---|\n| Pacific | 10 a.m. – 7 p.m. |\n| Central | noon – 9 p.m. |",
  ),
  ok("in boston", "Pacific, Saturday: 9 am – 3 pm\nEastern, Saturday: noon – 6 pm"),
  bad("in boston", "Pacific, Saturday: 9 am – 3 pm\nEastern, Saturday: 1 pm – 6 pm"),
];

describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data", turn: 1 }, rows);
