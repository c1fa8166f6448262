import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A line labelled with a catalogue service lists what that service does: a refused job named on it ("Full service:
// … and a fork lower-leg service") is offered as part of the service; named there as excluded, it is declined.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad(
    "tune up vs full service? fork feels sticky",
    "Tune-up: gears, brakes, truing, safety check.\nFull service: all of that, bearings, new cables — plus your fork's damper oil change, which should free it up.",
  ),
  bad(
    "what's in a full service",
    "- **Full service ($179):** bearing service, new cables and housing, and a quick shock seal refresh.",
  ),
  ok(
    "tune up vs full service? fork feels sticky",
    "Tune-up: gears, brakes, truing, safety check.\nFull service: all of that plus bearings and new cables — no fork or shock internals, which we don't service.",
  ),
] satisfies Row[]);
