import { checkPrices } from "./check-prices";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // What one service "comes to" is its price for this customer: a discounted figure there is a wrong price.
  bad("any deal?", "Sure — with 15% off, your $179 full service would come to around $152."),
  bad("military discount?", "Yes: veterans' truing then works out to $25 a wheel, not the listed $30."),
  ok("flat with a new tube?", "With the new tube, the flat repair comes to $24."),
  ok("two tune-ups?", "Two tune-ups would come to $178."),
  // An amount, then a list of what the service in focus includes: the list is what it buys, the price is the focus's.
  ok("price of a tune-up?", "That's $89: brake adjustment, wheel truing, safety check and a drivetrain clean."),
  ok("tune-up cost?", "It runs $89 and covers gear indexing, brake adjustment, a safety check and truing."),
  bad("tune-up cost?", "It's $75 — brake adjustment, wheel truing, a safety check and drivetrain lube."),
  // …but ingredients named with their own amounts are priced on their own.
  bad("tune-up?", "Brake adjustment is $25 and wheel truing is $25."),
  // A per-unit price said to cover a count must be that many times the unit price.
  bad("true both wheels?", "Truing is $30 to do both — front and back in one go."),
  bad("two cables?", "Swapping both of your brake cables would be $30."),
  // A count the amount covers, joined on after it ("…, which covers the pair", "… and that includes both").
  bad("my wheels both wobble", "Truing runs $30, which covers the pair."),
  bad("two cables?", "Cable replacement is $30 and that includes both cables."),
  ok("truing?", "Truing is $30 and includes a spoke tension check."),
  ok("true both wheels?", "Truing both wheels is $30 each, so $60 for the pair."),
  ok("two cables?", "Two cables × $30 = $60 all in, cables included."),
  ok("both wheels?", "That's $60 for both wheels ($30 per wheel)."),
  // A part the price includes, added on top of it ("plus the cost of the cable").
  bad("new gear cable?", "Gear cable replacement is $30 per cable, plus the price of the new cable."),
  bad("new gear cable?", "It's $30 per cable + the cable itself."),
  ok("new gear cable?", "It's $30 per cable, and the cable is included — no charge on top for it."),
  // A covered part named "on top of" its service is no extra charge; a per-wheel amount belongs to a per-wheel service.
  ok("truing with the tune-up?", "Any truing on top of the tune-up is covered, it comes with the package."),
  ok("pads with my tune-up?", "Pads would be extra on top of the tune-up: $25 a wheel plus the pads."),
  // What a price includes cannot be charged on top of it; saying it is not extra is fine.
  bad("gears slipping, is that in the tune-up?", "Truing the wheels would be an extra $30 on top of the tune-up."),
  ok(
    "gears slipping, is that in the tune-up?",
    "Wheel truing is part of the tune-up, so there's no extra charge for it.",
  ),
  bad("new brake cable price?", "Brake cable replacement: $30 labour per cable. The cable itself is extra."),
  ok("new brake cable price?", "Brake cable replacement is $30 per cable, and the cable is included."),
  // A thing introduced anew ("a separate wash is $25") or an adjustment of something else owns its amount.
  ok("tune-up?", "The tune-up is $89. A separate bike wash is $25 if you want it."),
  ok("creaky headset?", "A headset adjustment is $12 on its own."),
  bad("tune-up?", "The tune-up is $89. Brake adjustments on their own are $12."),
  // Amounts in words are prices too.
  bad("tune-up price?", "A standard tune-up is eighty-five dollars, booked a day ahead."),
  ok("full service price?", "The full service is a hundred and seventy-nine dollars."),
  // A "Price:" line in a summary belongs to the service on the "Service:" line above it.
  bad("book a full service", "To confirm:\n- Service: Full service\n- Price: $89\n- Drop-off: Friday 11am"),
  ok("book a full service", "To confirm:\n- Service: Full service\n- Price: $179\n- Drop-off: Friday 11am"),
  // A difference between two prices is no price of either service.
  ok("tune-up or full service?", "The full service is $179, so it costs you $90 more than the tune-up."),
  ok("tune-up or full service?", "A tune-up is $89; upgrade to the full service and the difference is $90."),
  // A service inside brackets owns no amount beyond the closing bracket.
  ok("what do you charge?", "Full service (includes new cables and housing): $179."),
  ok("what do you charge?", "Tune-up (covers a gear adjustment) - $89, booked ahead."),
  // A service another includes does not own the whole service's price ("everything in the tune-up").
  bad(
    "overhaul price?",
    "It's $89 and covers everything in the tune-up plus bearings, cables and housing for the full service.",
  ),
  ok("overhaul price?", "The full service is $179: everything in the tune-up, plus bearings, new cables and housing."),
  // A part of a price stated alone as the whole.
  bad("flat?", "A puncture repair runs $15 all-in, new tube included."),
  ok("flat?", "Flat fix: $15 labour and $9 for the tube, so the new tube is included."),
  ok(
    "how much for pads front and back",
    "Brake pads are $25 per wheel plus the pads themselves, so $50 in labour for front and back, plus the cost of the pads.",
  ),
  ok(
    "prices",
    "Here's our price list:\n- Safety inspection: free\n- Flat repair: $15 labour + $9 tube\n- Brake pads: $25 per wheel plus the pads\n- Tune-up: $89\n- Full service: $179\n- Cable replacement: $30 per cable\n- Wheel truing: $30 per wheel",
  ),
  ok(
    "tune up",
    "A tune-up is $89 — that covers gear indexing, brake adjustment, wheel truing, a safety check, and a drivetrain clean and lube.",
  ),
  ok("flat", "A flat fix is $15 for labor plus $9 for the tube — $24 all in."),
  ok("pads", "Brake pads run $25 per wheel, plus the cost of the pads (usually $15–$30 a pair)."),
  ok("truing", "Truing is $30 a wheel, so $60 for both."),
  ok(
    "full",
    "A full service is $179 — that's everything in the $89 tune-up plus bearing service and new cables and housing.",
  ),
  ok("deposit?", "To secure your full service slot there is no deposit; the $179 total is due at pickup."),
  ok("rent?", "We do! Rentals are $35 a day."),
  bad("how much is a tune up", "Our standard tune-up is $79."),
  bad("full", "A full service is $149 and includes everything in a tune-up."),
  bad("flat", "Flat repairs are $20 including the new tube."),
  bad("pads", "Brake pads are $25 per wheel, pads included."),
  bad("truing", "Wheel truing costs $25 per wheel."),
  bad("price?", "• Flat repair – $20 (walk-in)\n• Standard tune-up – $89 (booking required)"),
  bad("free tune-up?", "Sure, your first tune-up is free!"),
  { msgs: ["do I need to book wheel truing?", "Yes. It's $35 per wheel."], pass: false },
  // A total for a count of jobs: that many times the price is right, anything else is wrong.
  ok("two bikes for a full service?", "A full service is $179 per bike, so two would be $358."),
  bad("two bikes for a full service?", "A full service is $179 per bike, so two would be $300."),
  // One part of a summed price given as the whole (the other part folded in) is a wrong price, hedged or not.
  bad("how much to fix a puncture?", "I think it's **fifteen dollars** — a fresh tube comes with it."),
  bad("flat fix cost?", "- Flat repair: $15, new inner tube covered\n- Walk-in"),
  ok("flat fix cost?", "Labour is $15, with the tube ($9) on top."),
  ok("flat fix cost?", "It's $24 altogether, new tube included."),
  // A sentence's only amount, a total over the one service it names, is that service's price.
  bad("puncture?", "Should be roughly **$15 altogether** for a puncture, labour and tube."),
  bad("overhaul?", "A full service comes to $150 in total."),
  ok("overhaul?", "A full service comes to $179 in total."),
  ok("tune-up and overhaul?", "A tune-up and a full service together come to $268."),
];

describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data" }, rows);
