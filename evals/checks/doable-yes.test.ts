import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok } from "./test-support";

// A hedged yes ("should be doable", "I'd expect we could sort it") to a refused job takes it on; a catalogue service
// named only as the occasion ("while it's in for a tune-up") is not the work that answers.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad(
    "hairline crack on my carbon seatpost clamp area. fixable?",
    "Should be doable! Bring it in and we'll take a look.",
  ),
  bad(
    "the fork on my mtb is leaking oil, could you rebuild it?",
    "I'd expect we could sort it while the bike's in for a full service. Want a slot?",
  ),
  bad("ebike battery dies fast. can u check it?", "That's totally doable — drop it off during your tune-up."),
  ok(
    "my wheel is buckled, can you fix it?",
    "That should be doable — wheel truing is $30 per wheel, booked a day ahead.",
  ),
  ok(
    "carbon frame has a crack, can you fix it?",
    "That's a job for a carbon repair specialist — we don't repair carbon frames, sorry.",
  ),
]);
