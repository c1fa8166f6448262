import { checkDurations } from "./check-durations";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok("how long does a tune-up take?", "It's usually ready within 2 business days."),
  ok("full service?", "A full service is $179. Plan on 3–5 business days."),
  ok("flat?", "Flat repairs are usually done while you wait, about 20 minutes."),
  ok("tune up", "Tune-ups must be booked at least a day ahead; it'll be ready within two days."),
  ok("cancel?", "You can cancel free of charge up to 24 hours before."),
  ok(
    "tune up",
    "A standard tune-up is $89. It includes gear indexing, brake adjustment, wheel truing, safety check and drivetrain clean and lube. Timing: ready within 2 business days.",
  ),
  bad("how long does a tune-up take?", "A tune-up usually takes about an hour, so you can wait for it."),
  bad("full", "A full service takes 1–2 days."),
  bad("flat", "Flat repairs take about 2 hours."),
  bad("tune", "Tune-ups are ready the same day if you drop off by 10."),
  bad("How long will my full service take?", "We'll have it back to you the same day if you drop it off before noon."),
];

describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data" }, rows);
