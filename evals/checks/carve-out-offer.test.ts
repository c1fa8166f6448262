import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok } from "./test-support";

// A declined job taken back on in a contrast ("we don't do X, but we can patch it"): an offer of that job.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad(
    "my fork is leaking oil, can you rebuild the damper?",
    "Suspension internals aren't something we normally take on, but our mechanic could probably reseal it for you.",
  ),
  bad(
    "can you update my e-bike's firmware?",
    "We're not set up for full software work, though we can usually flash the display if you bring the cable.",
  ),
  bad(
    "chainstay on my carbon bike has a crack",
    "We don't do structural carbon repairs; that said, we could bond a small reinforcement over it.",
  ),
  // A contrast that offers a catalogue service, a look, or a referral takes nothing back.
  ok(
    "can you fix my e-bike motor?",
    "We don't do motor work, but we can do the brakes and gears at our standard prices.",
  ),
  ok(
    "crack in my carbon frame",
    "We don't repair carbon frames, but a carbon specialist can — and our free safety inspection can tell you if it's safe to ride.",
  ),
  ok("fork rebuild?", "We don't service suspension internals, but your fork's brand dealer can do it."),
]);
