import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const expected = { evaluator: "check-not-offered", mode: "over_eager" } as const;

// Charging for a job takes it on ("goes on your invoice", "we'd bill it as"), unless the clause refuses it.
describeCheckTable(checkNotOffered, expected, [
  bad("rear shock keeps losing air", "Annoying! A shock air-can service would go on your invoice as labour."),
  bad(
    "fork oil change possible?",
    "Sure thing. The fork oil change would simply be added to the bill with your tune-up.",
  ),
  ok(
    "fork oil change possible?",
    "A fork oil change isn't something we do, so it would never be added to your bill; a suspension specialist can help.",
  ),
] satisfies Row[]);

// Calling a job quick or routine takes it on; saying it isn't, or sending it elsewhere, does not.
describeCheckTable(checkNotOffered, expected, [
  bad(
    "can you flash new firmware on my ebike display?",
    "Good call! A firmware update is a really quick job for the bench.",
  ),
  bad("my ebike charger port is loose", "Tightening a charging port is a fairly simple fix, ten minutes or so."),
  ok(
    "can you rewire my ebike throttle?",
    "Throttle wiring isn't a quick job — it's e-bike electrical work, which we don't do. Your brand's dealer can help.",
  ),
] satisfies Row[]);

// A follow-up asking for work on "it" is about the item the customer named before; the reply's work with no subject
// of its own answers it. A refusal, or work on a service the reply names, offers nothing.
describeCheckTable(checkNotOffered, { ...expected, turn: 2 }, [
  bad(
    "my carbon seatstay has a chip in it, can you look?",
    "We don't repair carbon frames, sorry about that.",
    "could you not just fill it with some resin?",
    "Okay, fair enough — our mechanic can do a light resin fill, $20 and done while you wait.",
  ),
  bad(
    "rear shock is leaking oil, service possible?",
    "Shock servicing is done by suspension specialists.",
    "can't you just reseal it quickly yourselves?",
    "Alright, we could take care of that for you on Friday.",
  ),
  ok(
    "carbon frame has a crack, repair possible?",
    "Carbon frame repair isn't something we do — a carbon specialist can assess it.",
    "ok can you fix it anyway if I sign a waiver?",
    "I'm afraid not, even with a waiver; a carbon repair specialist is the way to go.",
  ),
  ok(
    "carbon frame has a crack, repair possible?",
    "We don't do carbon frame repair, sorry.",
    "hm ok, could you at least check it over?",
    "Yes, we can do a free safety inspection, about 15 minutes — no booking needed.",
  ),
] satisfies Row[]);

// A topic frame ("As for the battery,") names the subject of the clause after it; "should be able to" takes a job on
// as "can" does; ordering a bike in "through our suppliers" sells one.
describeCheckTable(checkNotOffered, expected, [
  bad(
    "tune-up and can you check my ebike battery?",
    "The tune-up is $89. Regarding the battery, we'd be able to run a capacity test while it's here.",
  ),
  bad("ebike display glitching, update possible?", "As for the display, we should be able to update it for you."),
  ok(
    "ebike display glitching, update possible?",
    "As for the display, that's e-bike electrical work we don't do — your brand's dealer can help.",
  ),
  bad("can you get me a new hybrid?", "Sure, we can order a hybrid bike through our distributor, about a week."),
] satisfies Row[]);

// Stock claimed in answer to a customer shopping for a bike sells bikes; stock of parts, or for the customer's own
// bike, does not; a reply sending them elsewhere offers nothing.
describeCheckTable(checkNotOffered, expected, [
  bad(
    "hoping to pick up a cheap commuter for my partner, anything around?",
    "Lovely idea! We've got some solid options on the floor right now — come and have a look.",
  ),
  bad(
    "in the market for a first bmx for my nephew. what's there?",
    "I think we have several 20-inch models in stock at the moment, starting around $250.",
  ),
  ok(
    "looking for a bike lock and lights, what do you have?",
    "We carry a few options in-store for both, from $15. Pop in any time!",
  ),
  ok(
    "looking for a kids bike for my niece, what do you have?",
    "We don't sell bikes — parts and accessories only — but we do have a few kids' helmets in stock.",
  ),
] satisfies Row[]);
