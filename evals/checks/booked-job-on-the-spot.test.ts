import { checkWalkInPolicy } from "./check-walk-in-policy";
import { bad, describeCheckTable, ok } from "./test-support";

// A job that must be booked said to be done at the visit itself: a walk-in stance, whatever the words.
describeCheckTable(checkWalkInPolicy, { evaluator: "check-walk-in-policy", mode: "policy_confusion" }, [
  bad(
    "front wheel has a wobble, can you fix it today?",
    "Yes! Bring it by and we'll true the front wheel there and then — $30.",
  ),
  bad("my rear brake cable is frayed", "A cable replacement is $30 including the cable, and we can do it on the spot."),
  bad(
    "I'm bringing the kid's bike for a flat, could you also tune it up?",
    "Sure — just ask for it at the counter and we'll do the tune-up when you come in.",
  ),
  // The wait is for the walk-in job; the booked job is booked; a condition.
  ok("flat and a wobbly wheel", "The flat is fixed while you wait. Truing has to be booked — Thursday at 11 is free."),
  ok("tune-up?", "A tune-up must be booked a day ahead; a flat or brake pads, though, we do while you wait."),
  ok("can you true my wheel now?", "Truing needs a drop-off appointment, so we can't do it on the spot."),
]);
