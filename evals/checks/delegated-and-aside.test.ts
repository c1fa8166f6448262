import { checkDurations } from "./check-durations";
import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok } from "./test-support";

// Work handed to the workshop ("I've left a note for the mechanic to …") takes the job on.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad("my fork is leaking oil", "Booked! I've asked the mechanic to rebuild the fork while it's here."),
  bad("ebike display is glitchy", "I left a note for the team to update the firmware when you drop it off."),
  ok(
    "my fork is leaking oil",
    "We don't rebuild forks (a suspension specialist can), but I've left a note for the mechanic to check the brakes.",
  ),
]);

// A service named in brackets is an aside: the span outside them belongs to the service the sentence is about.
describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data" }, [
  ok("how long for a full service?", "The full service ($179, with new cables and housing) takes 3–5 business days."),
  ok("tune up turnaround?", "A tune-up (wheel truing included) is ready within 2 business days."),
  bad(
    "how long for a full service?",
    "The full service (everything in the tune-up, plus bearings) takes about two weeks.",
  ),
]);

// "The mechanic can …" takes the job on as "our mechanics can …" does.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad("my ebike screen needs new software", "Bring it with your tune-up and the tech can flash the display for you."),
  bad("leaky fork seals, can you help?", "The mechanics will rebuild the fork when it's in. Easy job."),
  ok("ebike display acting up", "The mechanic can't do firmware or software updates — your brand's dealer can help."),
]);
