import { checkServiceContents } from "./check-service-contents";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// Who a contents claim is about, read from the clause: a service priced on its own says what its price covers; a
// comparison's relative clause ("…that a tune-up doesn't") denies the thing to the other service; a negation in a clause
// of its own (", since …", "Since you haven't …,") denies nothing the cue says.
describeCheckTable(checkServiceContents, { evaluator: "check-service-contents", mode: "bad_data" }, [
  ok(
    "tune up + new cables?",
    "A tune-up sorts the shifting.\n\nCable replacement runs $30 per cable with the cable included.",
  ),
  ok("and cables", "Tune-up first, then: cable replacement — $30 a cable, cable and fitting included."),
  ok("which one", "The full service goes further: it includes new cables and housing, which a tune-up does not."),
  ok(
    "old bike",
    "Since it hasn't been looked at in years, the full service makes sense, as it covers the bearing service that the tune-up doesn't.",
  ),
  ok("tune up?", "A standard tune-up is $89 — it doesn't include new cables, since that's part of the full service."),
  bad("difference?", "The tune-up covers new cables and housing that a full service doesn't."),
  bad("difference?", "The full service covers wheel truing, which the tune-up won't."),
  bad("old bike", "Since you haven't had it serviced, the tune-up includes a bearing service."),
  bad("cables", "Cable replacement is $30 a cable, and the tune-up includes new housing as well."),
] satisfies Row[]);
