import { checkCalendarClaims } from "./check-calendar-claims";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// Monday 16 March 2026.
const MON = "2026-03-16T11:00:00-07:00";

const rows: Row[] = [
  at(MON, bad("open tomorrow?", "Yes — tomorrow (Wednesday) we open at 10.")),
  at(MON, bad("drop off?", "The first free day is Thursday, March 20.")),
  at(MON, ok("open tomorrow?", "Yes — tomorrow (Tuesday) we open at 10.")),
  at(MON, ok("drop off?", "The first free day is Thursday, March 19.")),
  at(MON, ok("which days?", "Today, Tuesday and Wednesday all work except today — we're closed Mondays.")),
];

describeCheckTable(checkCalendarClaims, { evaluator: "check-calendar-claims", mode: "bad_data", turn: 1 }, rows);
