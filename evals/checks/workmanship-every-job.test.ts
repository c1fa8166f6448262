import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "Every job we do comes with the free re-adjustment" promises it for the job the conversation is about; the
// handbook gives it to tune-ups and full services only.
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad(
    "had a flat fixed last week and it's soft again, free redo?",
    "Sorry about that! Every repair we do is covered by a free re-adjustment for 30 days, so bring it back.",
  ),
  bad(
    "you fitted new brake pads 10 days ago and they squeal. is a re-adjust free?",
    "Yes — all our work includes a free re-adjustment within 30 days. Walk in any time.",
  ),
  // The promise in one clause, "every job" in another of the same sentence; a condition ("if it isn't right") is no denial.
  bad(
    "brake cable replacement friday at 11 please",
    "Done, Friday at 11! If the brakes don't feel right later, come back within 30 days for a free re-adjustment, which applies to every job we do.",
  ),
  ok(
    "full service friday at 11 please",
    "Done, Friday at 11! If the gears don't feel right later, come back within 30 days for a free re-adjustment — that applies to every full service we do.",
  ),
  ok(
    "my tune-up was 2 weeks ago and the gears skip again, free?",
    "Yes! All our tune-up work includes a free re-adjustment within 30 days — just walk in.",
  ),
] satisfies Row[]);
