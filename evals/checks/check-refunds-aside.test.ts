import { checkRefunds } from "./check-refunds";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

/** The free re-adjustment's scope read over the sentence when the service sits in an aside, not in its own clause. */
const rows: Row[] = [
  bad(
    "flat fixed last week, tyre soft again",
    "Every repair we do (flat repairs too) is covered by the 30-day re-adjustment.",
  ),
  bad("truing wobbles again", "Most jobs — wheel truing among them — carry our free 30-day re-adjustment guarantee."),
  ok("tune-up last week, gears skip", "Your tune-up — done on the 2nd — comes with free re-adjustment for 30 days."),
  ok("pads done, rubbing", "Pad swaps — unlike tune-ups — aren't covered by the free re-adjustment, so it's $20."),
];

describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, rows);
