import { checkBusyTimes } from "./check-busy-times";
import { checkPrices } from "./check-prices";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

// An amount that adds up amounts listed before it is a total over those jobs, not one service's price.
describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data" }, [
  ok(
    "flat and pads?",
    "Flat repair: $24 all in. Brake pads: $25 per wheel plus pads, so $50 for both. That's $74 altogether, plus the pads.",
  ),
  ok("flat + pads front", "Flat: $15 + $9 tube. Front pads $25 plus the pads. Roughly $49 plus the pads, then."),
  bad("tune up?", "Tune-up is $89. Honestly the tune-up is more like $99 these days."),
] satisfies Row[]);

// Tuesday 30 November 2027, 10:05: "it's just after 10" tells the time now, not "busy from 10 on".
const TUE = "2027-11-30T10:05:00-08:00";
describeCheckTable(checkBusyTimes, { evaluator: "check-busy-times", mode: "bad_data" }, [
  at(
    TUE,
    ok(
      "come now?",
      "It's just past 10 a.m., the start of our morning rush, so expect a wait; after 2 p.m. is quieter.",
    ),
  ),
  at(TUE, ok("now?", "Right now it's a bit after 10, which is rush time — later in the afternoon is calmer.")),
  at(TUE, bad("when?", "Avoid coming after 2 p.m. — that's when it gets really busy.")),
] satisfies Row[]);
