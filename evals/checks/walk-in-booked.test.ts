import { checkWalkInPolicy } from "./check-walk-in-policy";
import { bad, describeCheckTable, ok } from "./test-support";

// A walk-in job (flat, adjustment, pads, inspection) taken into the diary in the reply's own words: a slot offered
// with a day or time, details asked for the booking, or the job called a booked one — whatever the verb.
describeCheckTable(checkWalkInPolicy, { evaluator: "check-walk-in-policy", mode: "policy_confusion" }, [
  bad(
    "rear wheel punctured, could you do it friday?",
    "Happy to! I'll put you down for Friday at 11:30 for the puncture repair. Can I have your name and a number?",
  ),
  bad(
    "pads are down to the metal",
    "New pads are $25 a wheel plus the pads. Let's get you on the calendar — Thursday 2 pm is free. Your name and phone?",
  ),
  bad(
    "how much for a quick gear tweak?",
    "A minor gear adjustment is $20.",
    "ok when can i bring it",
    "Adjustments are an appointment job, so choose a day and I'll hold one for you.",
  ),
  bad("safety check this saturday?", "Sure — I can set you up with an inspection appointment Saturday at 9:30 am."),
  // The customer's walk-in job stays the subject when the reply names none.
  bad(
    "flat tyre, can i come tomorrow morning?",
    "Of course, I'll pencil you in for 10:30 tomorrow. What name should I use?",
  ),
  // Said to be walk-in, or the diary is for a job that must be booked: no claim.
  ok("flat tyre, can you do it tomorrow?", "Flats are walk-in, no booking needed — come by any time 10–6 tomorrow."),
  ok(
    "flat tyre and I'd like a tune-up too",
    "The flat you can just bring in. For the tune-up I can book you Thursday at 11 — what's your name and phone?",
  ),
  ok(
    "can I get a tune-up? also my brakes rub",
    "I can book the tune-up Saturday at 10 — brake adjustment is part of it. Could I get your name and phone?",
  ),
  ok(
    "tune-up please",
    "Saturday has slots 9–2.",
    "sat 10",
    "Saturday at 10 it is — could I grab your name and number?",
  ),
  ok(
    "flat tyre",
    "A flat repair is $24 and takes about 20 minutes; mornings are our busiest time, so afternoons are quieter.",
  ),
]);
