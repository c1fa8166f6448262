import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { checkDurations } from "./check-durations";
import { checkServiceContents } from "./check-service-contents";
import { at, bad, describeCheckTable, ok, type Row } from "./test-support";

const TUE = "2026-06-02T11:00:00-07:00";

// Opening hours given across a spaced dash beside a proposed day are a window, not a slot read back for a yes.
describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
  at(
    TUE,
    ok(
      "full service drop off wed?",
      "For a full service drop-off, how about **Friday, June 5** — we're open our usual 10 a.m. – 6 p.m.? Would that work?",
    ),
  ),
  at(
    TUE,
    ok(
      "tune-up this week?",
      "Tune-up options:\n- Thursday, June 4 — our late night, open 10 am – 7 pm\n- Saturday, June 6 — open 9 am – 3 pm\nDoes either suit you?",
    ),
  ),
  at(TUE, bad("tune up friday 6pm", "Friday, June 5 at 6 pm — shall I confirm that for your tune-up?")),
] satisfies Row[]);

// A period of free re-work or cover ("come with free re-work within 30 days") is no turnaround.
describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data" }, [
  ok(
    "flat again after a week, covered?",
    "Our tune-ups come with free re-adjustment within 30 days; a flat repair is $15 + $9.",
  ),
  ok("tune-up warranty?", "Tune-ups are covered for 30 days of free tweaks after the job."),
  bad("flat fix time?", "A flat repair usually takes about 3 days."),
] satisfies Row[]);

// "We cover … :" over a list is the shop's range of work, not a service's contents.
describeCheckTable(checkServiceContents, { evaluator: "check-service-contents", mode: "bad_data" }, [
  ok(
    "what can you do on my e-bike",
    "We cover the usual mechanical jobs on e-bikes:\n- Brakes and gears\n- Flat tyres (flat repairs)\n- Wheels (truing)",
  ),
  bad("what's in a flat repair", "A flat repair covers:\n- the new tube\n- wheel truing"),
] satisfies Row[]);
