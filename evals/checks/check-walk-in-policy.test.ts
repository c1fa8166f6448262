import { checkWalkInPolicy } from "./check-walk-in-policy";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok(
    "my chain is noisy and I have a flat. can i walk in?",
    "For the flat, yes — flat repairs are walk-in. If the chain needs a tune-up, that has to be booked; we can't take tune-ups as walk-ins.",
  ),
  ok("tune-up walk in?", "Tune-ups need booking; walk-ins are for flat repairs."),
  ok("Can I walk in for brake pads?", "Yes, brake pads are walk-in — usually done while you wait."),
  ok("tune walk in?", "Tune-ups can't be done as a walk-in — they need to be booked at least one day ahead."),
  ok(
    "refund?",
    "Every tune-up comes with a free re-adjustment within 30 days — just bring it back and we'll make it right.",
  ),
  ok("inspection?", "Safety checks are free — just walk in, no appointment needed."),
  bad(
    "Do I need an appointment for a tune-up or can I just come by?",
    "For a tune-up, you can just come by during opening hours — we'll take it in on a first-come basis.",
  ),
  bad("do I need to book wheel truing?", "Nope, wheel truing is a quick job — just drop in whenever."),
  bad("tune up walk in?", "Walk-ins are fine for tune-ups."),
  bad("full", "Full services don't need an appointment — just bring it in."),
  bad("tune up walk in?", "Yes, tune-ups are available on a walk-in basis."),
  bad("flat", "Flat repairs need to be booked a day ahead."),
];

describeCheckTable(checkWalkInPolicy, { evaluator: "check-walk-in-policy", mode: "policy_confusion" }, rows);
