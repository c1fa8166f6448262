import { checkSlotClaims } from "./check-slot-claims";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // A time the reply rules out ("10:45 isn't one") is not the slot it reads back; saying it back as agreed still fails.
  ok(
    "truing friday at 10:45?",
    "We book on the hour and half hour, so 10:45 isn't one of them — would 10:30 or 11:00 on Friday suit? Truing is $30 a wheel.",
  ),
  ok(
    "tune-up thursday 3:10",
    "Our slots go every half hour, so 3:10 isn't one. Would 3:00 on Thursday work for the tune-up?",
  ),
  bad("tune-up thursday 3:10?", "Thursday at 3:10 works — shall I book it?"),
  // A drop-off agreed inside opening hours but off the grid misapplies the slot rule (WED = 3 June 2026).
  bad("tune-up friday at 5:30pm?", "Friday at 5:30 pm is fine — see you then! Name and number?"),
  bad("drop off friday 11:15?", "Sure, Friday 11:15 works for the tune-up drop-off."),
  ok("tune-up friday at 5pm?", "Friday at 5 pm is fine — that's our last slot. Name and number?"),
  ok("tune-up friday at 5:30pm?", "Sorry, 5:30 pm is past our last Friday slot; the latest I can offer is 5 pm."),
  // A time the reply rules out ("… is past our last slot") is not the one it proposes.
  ok("tune-up friday 1:15?", "1:15 falls between slots — I could do 1:00 or 1:30 on Friday. Which suits?"),
  ok("times?", "Slots are on the hour and half hour, from opening until an hour before close."),
  ok("tune-up thursday 6:30?", "6:30 pm would be after the last Thursday slot (6:00) — would 6:00 work instead?"),
  bad("slots?", "**Slot length:** 1 hour, from opening"),
  ok("slots?", "**Slot interval:** 30 minutes, from opening"),
  // The spacing of slots is a claim too.
  bad("times?", "We take drop-offs every hour, starting when we open."),
  bad("11:30?", "Our slots are only on the hour, so 11:30 isn't possible."),
  ok("times?", "Drop-off slots are every 30 minutes from opening until an hour before close."),
  ok("times?", "Slots run every half hour, so 11:30 is fine."),
  ok("sat", "Saturday drop-off slots run from 9am to 2pm (we close at 3)."),
  ok("truing today?", "The earliest is tomorrow (Thursday), with drop-off slots from 10am to 6pm."),
  ok("slots", "Our last drop-off slot on weekdays is 5pm (6pm on Thursdays)."),
  bad("sat slots", "Saturday drop-off slots run from 9am to 3pm."),
  bad("last slot?", "The last drop-off slot on Fridays is 6pm."),
  // "Drop it off whenever between X and Y" offers every time up to Y: Y is then the last slot, not the closing time.
  bad("friday drop off?", "Fridays you can drop off whenever you like between 10am and 6pm."),
  ok("friday hours?", "Fridays we're open between 10am and 6pm, with drop-off slots until 5pm."),
  // The end of a slot window ('slots … until X', 'X is the latest') must be an hour before closing, 24-h times too.
  bad("latest drop off thursday?", "On Thursdays the booking slots go till **18:30**."),
  bad("saturday?", "For Saturday, 13:30 would be the final slot."),
  ok("latest drop off thursday?", "On Thursdays the booking slots go till **18:00**."),
  ok("saturday?", "Saturday slots run every half hour until 2 p.m., so 2 is the latest."),
  bad("saturday?", "Saturday slots run every half hour until three, so three is the latest."),
  bad("drop off tuesday after work?", "You could bring it in as late as 5:30 p.m. for a drop-off on Tuesday."),
  ok("drop off tuesday after work?", "For a drop-off on Tuesday, no later than 5 p.m."),
];

describeCheckTable(checkSlotClaims, { evaluator: "check-slot-claims", mode: "policy_confusion" }, rows);
