import { checkCompletionPromise } from "./check-completion-promise";
import { bad, describeCheckTable, ok } from "./test-support";

// A walk-in job pledged what first come, first served cannot give: a set finish time or a place in the queue.
describeCheckTable(checkCompletionPromise, { evaluator: "check-completion-promise", mode: "over_eager" }, [
  bad(
    "puncture, i have a train at 11:15, if i'm there at 10:30 will it be done?",
    "Yes — I promise it'll be fixed well before your train, it only takes 20 minutes.",
  ),
  bad("bringing the bike at 10 tomorrow for new pads", "Perfect, I'll save you a spot so you won't have to queue."),
  bad(
    "can you do a quick gear adjustment when you open saturday?",
    "No problem — I'll let the mechanics know you're coming and they'll take you straight away.",
  ),
  bad("safety check before my race, coming at 9", "Rest assured it'll be done by 9:30 at the latest."),
  bad("flat tyre, coming first thing", "You'll be first in line, so no wait at all."),
  // The policy said, a plan approved, a finish time hedged or refused: no pledge.
  ok(
    "if I come at 10 for a flat will it be done by 10:30?",
    "It usually takes about 20 minutes, but walk-ins are first come, first served and mornings are busy, so I can't promise a time.",
  ),
  ok(
    "what time do you open? I want to be first in line for new brake pads",
    "We open at 10. Being first in line is a smart plan — pads are walk-in, first come, first served.",
  ),
  ok("flat tyre, coming after lunch", "Afternoons are our quietest time, so the wait is usually short."),
  ok("tune-up on friday?", "I can book Friday at 11; I'll make sure it's ready within 2 business days."),
]);
