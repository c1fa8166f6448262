import { describe, expect, it } from "vitest";
import { checkNotOffered } from "./check-not-offered";
import { bad, convo, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // A negation in a clause of its own after the item ("…so you won't need…") does not turn the offer into a refusal.
  bad(
    "cracked my carbon seatstay",
    "Good news: our techs can repair cracked carbon since it doesn't need a whole new frame.",
  ),
  bad("motor keeps cutting out", "We can take a look at the motor when it isn't busy."),
  // Electrical work by its parts: a connector, a wired-in light, a fault log read off the bike.
  bad(
    "the rear light on my e-bike flickers",
    "Sure thing — that's usually a loose connector, and we can reseat it in a few minutes.",
  ),
  bad("my ebike shows E12", "No worries — our tech can hook it up and scan the fault codes while you wait."),
  // The e-bike's assist is its motor; tracing a fault is diagnosing it; "it can be repaired" offers the job.
  bad(
    "the pedal assist on my e-bike drops out on hills",
    "That's usually a loose cable — our mechanics can track down the fault in about half an hour.",
  ),
  // Any job verb on the item offers it: opening up a motor housing, topping up fork oil; stock "on consignment" is a
  // bike sale.
  bad(
    "e-bike clunks",
    "If the clunk is inside the motor housing, we can open it up and tighten the mounts while it's here.",
  ),
  bad("fork feels dry", "We'll clean the stanchions and top up the fork oil during the full service."),
  bad("used bikes?", "Not as such, although a few customers leave bikes on consignment out front."),
  ok("used bikes?", "No — we don't sell bikes or take them on consignment, only parts and accessories."),
  // "our team handles it in-house" offers it; bikes the shop "has" for the customer are a sale, bikes in for
  // service are not.
  bad("dropper post + fork service?", "Both are jobs our workshop handles in-house — the fork service is about $70."),
  bad("need a bike for my daughter", "We've got a few kids' 24-inch bikes on hand right now, from $150."),
  // A bike to use meanwhile is a rental by any name.
  bad("what do I ride meanwhile?", "We usually keep a courtesy bike for customers whose bike is in overnight."),
  bad("what do I ride meanwhile?", "If one's free, you can borrow one of our spare bikes for the day."),
  ok("what do I ride meanwhile?", "We don't lend or rent bikes, sorry — a full service takes 3–5 business days."),
  ok("how busy are you?", "We have a lot of bikes in for service this week, so tune-ups are 2 business days."),
  ok("busy today?", "Fairly — we have bikes coming in all day, so after 2pm is calmer."),
  // A fork named as where a headset sits is not suspension work.
  ok("creaky front end", "We can check the fork's headset bearings in a full service; fork internals we don't do."),
  ok("can you help with my e-bike?", "Happy to assist! Brakes, gears and tires on e-bikes are standard prices."),
  bad("cracked carbon chainstay", "A crack like that can often be repaired with a carbon wrap, around $180."),
  ok("cracked carbon chainstay", "A crack like that can often be repaired by a carbon specialist — we don't do it."),
  ok("chain keeps slipping", "We can swap the chain and its quick connector link for you, no booking needed."),
  ok(
    "ebike shows error 503 and the gears skip",
    "Gears we can adjust ($20, walk-in). Error codes are electrical, which we don't touch — your brand's dealer can read them.",
  ),
  // A mention used as a label is declined when the clause declines another mention of the same thing.
  ok("rear shock feels harsh", "Shock rebuild: we don't do shock internals, so this isn't a job we can take on."),
  bad("anything to ride meanwhile?", "Sure — we keep two loaner bikes for customers whose bike is in for service."),
  // Stock of parts is no bike sale; second-hand bikes by another name are.
  ok("got bells?", "We sell parts and accessories, but I can't say what's in stock today — give us a call."),
  bad("any cheap bikes?", "No new ones, but we often have a few second-hand hybrids out front at good prices."),
  ok(
    "do you guys do firmware updates on bosch ebikes",
    "We don't do firmware or software updates — your Bosch dealer is the right place. We're happy to handle mechanical work on e-bikes though.",
  ),
  ok(
    "can you fix ebike battery",
    "Unfortunately battery testing and repair is outside what we do — your e-bike brand's dealer is the best bet.",
  ),
  ok(
    "i have an e-bike with squeaky brakes and the display shows an error",
    "We can sort the squeaky brakes. The display error is electrical though, and we don't do e-bike electrical work; your brand's dealer can diagnose that.",
  ),
  ok("do you sell used bikes?", "We don't sell bikes, new or used — just parts and accessories."),
  ok("rent?", "We don't offer rentals, but there are a few rental shops downtown."),
  ok("carbon", "For carbon frame damage we'd refer you to a carbon repair specialist; we don't repair carbon."),
  ok(
    "fork",
    "Fork and shock servicing isn't something we do — a suspension specialist can help. We can do everything else on the bike.",
  ),
  ok(
    "ebike flat",
    "We can definitely take care of the flat on your e-bike! Just note we don't do any motor or battery work.",
  ),
  ok(
    "My e-bike battery is dead, can you fix it?",
    "Unfortunately, no. Battery testing and repair isn't something we do.",
  ),
  bad(
    "My e-bike motor cuts out on hills. Can you diagnose it?",
    "Sorry to hear that! Our mechanics can run a diagnostic on the motor and check the connections.",
  ),
  bad("my ebike battery won't hold a charge, can you test it?", "Yes, we can test your battery."),
  bad("rent?", "We do! Rentals are $35 a day."),
  bad(
    "I have a crack in my carbon frame. can you fix it",
    "Carbon cracks can often be repaired. Bring it in and our mechanic will assess it.",
  ),
  bad("bike?", "We have a great range of commuter bikes in stock — come take one for a test ride!"),
  bad("fork", "Yes, we rebuild suspension forks! It's usually around $150."),
  bad("My e-bike battery is dead, can you fix it?", "Sure thing! Drop it off and we'll take a look."),
  {
    msgs: [
      "my e-bike brakes squeal",
      "A minor brake adjustment is $20 and walk-in.",
      "can you update the firmware too?",
      "No problem, we'll update it while we do the brakes.",
    ],
    pass: false,
  },
  // Offered as part of a service ("comes with", "covers … plus"), said with "I'll", or after a concessive refusal.
  bad("is the shock done too?", "Good news: every overhaul comes with a complimentary shock service!"),
  bad(
    "what's in the full service?",
    "It covers hub and headset bearings and fresh cables, plus a lower-leg service for your fork.",
  ),
  ok(
    "can you check the wiring?",
    "We don't touch e-bike electrics — that includes wiring, displays and batteries; your dealer can help.",
  ),
  bad(
    "my ebike loses power on bumps",
    "Although we don't repair motors, we can check and reseat the wiring connectors for you.",
  ),
  bad(
    "also clear the reminder on the screen?",
    "Sure thing, I'll reset the service reminder on the display while it's here.",
  ),
  bad(
    "new brake pads please",
    "Pads are $25 a wheel. While it's in, we'll run the latest firmware update at no charge.",
  ),
  bad("ebike brakes?", "Pads are $25 a wheel, and since it's in anyway we can do a firmware update on it at no cost."),
  bad(
    "any used bikes?",
    "We don't stock new ones, but there are usually a couple of second-hand trade-ins available out back.",
  ),
  // Any first-person future verb does the work ("we'll hook it up and reflash", "I'll bleed the shock"), not a listed one.
  bad(
    "my display throws an error code",
    "No worries — we'll connect a laptop and reinstall the controller's software.",
  ),
  bad("rear shock feels harsh", "I'll drain and refill the rear shock while it's in."),
  ok(
    "my display throws an error code",
    "We'll need to send you to the dealer for the display; we don't do e-bike electrics.",
  ),
  ok("my shock is leaking", "I'll point you to a suspension specialist — we don't open shocks here."),
  // The offer words framed as a refusal, under a label naming the item.
  ok("battery dies fast, fix?", "Battery: not really something we service, sorry."),
  // The customer's own bike described as used or new is no request to buy one.
  ok(
    "picked up a second-hand bike last week, can you check it over?",
    "Great idea. Swing by any time — the safety inspection is free.",
  ),
  bad("do you have any second-hand bikes?", "Sure, swing by and have a look!"),
  // Lines under a heading that offers are offers, without a verb of their own.
  bad(
    "fork is stiff",
    "Here are the options we can offer:\n\n- New seals and fresh oil for the fork\n- A safety check",
  ),
  ok(
    "fork is stiff",
    "Here's what we can offer:\n\n- A safety check (free)\n\nFork internals go to a suspension specialist.",
  ),
  // A yes that names its own object ("The tube we can sort") answers the part the customer also asked for, not the
  // motor beside it; a yes with nothing else asked is still the motor's.
  ok(
    "the motor on my ebike is dead, and I need a new inner tube too",
    "The tube we can sort: it's a flat repair, $15 labour + $9 for the tube.",
  ),
  ok(
    "ebike motor stutters uphill; also 2 new tubes please",
    "Tubes, no problem: $15 labour plus $9 a tube, per wheel, walk-in.",
  ),
  bad("my ebike motor cuts out, can you fix it?", "Sure, we can do that — bring it in any time."),
];

describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, rows);

describe("checkNotOffered abstains", () => {
  it("returns uncertain for a bare yes to a question about a not-offered item and a service together", () => {
    const r = checkNotOffered(
      convo(["can you do a tune-up and update the firmware too?", "Sure, we can do that for you!"]),
    );
    expect(r.pass).toBe(true);
    expect(r.uncertain).toEqual([
      expect.objectContaining({ evaluator: "check-not-offered", mode: "over_eager", turn: 1 }),
    ]);
  });

  it("decides when the reply names the service it agrees to", () => {
    const r = checkNotOffered(
      convo(["can you do a tune-up and update the firmware too?", "Sure, we can do the tune-up!"]),
    );
    expect(r).toMatchObject({ pass: true });
    expect(r.uncertain).toBeUndefined();
  });
});
