import { checkInventedServices } from "./check-invented-services";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// Offerings the handbook never lists: vouchers and gift cards, a job named by what is done ("a wheel build", "a
// tubeless setup") offered outright, and a priced job given away free on top of a booking. A refusal, an offer left
// open ("not sure we do"), or a catalogue job, is none.
describeCheckTable(checkInventedServices, { evaluator: "check-invented-services", mode: "over_eager" }, [
  bad("do you sell vouchers? birthday present", "Absolutely — we offer gift vouchers from $20, valid for a year."),
  bad("loyalty card?", "We have a punch card: every fifth tune-up is on us."),
  bad(
    "can you build me a new rear wheel?",
    "Sure, we can do a custom wheel build — about a week, priced on the parts.",
  ),
  bad(
    "anything else with the full service?",
    "With any full service booked this month, you also get a complimentary brake bleed on the house.",
  ),
  ok("gift cards?", "I'm not sure we offer gift cards — please call the shop on (503) 555-BIKE to ask."),
  ok("gift cards?", "Sorry, we don't offer gift cards."),
  ok("new cables?", "We can do a cable replacement: $30 per cable, cable included, booked a day ahead."),
  ok("is the inspection free?", "Yes — the safety inspection is free, any bike, no purchase needed."),
] satisfies Row[]);
