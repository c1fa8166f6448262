import { describe, expect, it } from "vitest";
import { checkWalkInPolicy } from "./check-walk-in-policy";
import { bad, convo, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // Walk-ins are first come, first served, with a wait in the morning rush: no priority, no promised morning no-wait.
  bad("can I walk in saturday at 9?", "Sure! Walk-ins are given priority, so you'll be out in no time."),
  bad("walk in?", "Walk-ins go straight ahead of scheduled drop-offs."),
  bad("walk in tomorrow morning for a flat?", "Of course — come at opening and you'll be seen right away."),
  bad("can I drop in for pads?", "Yes, walk in any time — there's never a wait for brake pads."),
  ok("walk in for a flat this afternoon?", "Yes, walk in — after 2 pm there's usually no wait."),
  ok(
    "walk in tomorrow morning?",
    "Yes, but you won't be seen right away: mornings are our rush, first come, first served.",
  ),
  ok("walk in?", "If you'd rather skip the queue, come after 2 pm when it's quieter."),
  // A drop-off on the first free day is scheduled, not a walk-in.
  ok("tune-up today?", "Tune-ups are booked a day ahead — the soonest you could bring it in is Thursday."),
  // A list under a booking rule links each line; "everything else is walk-in" is about the services not listed.
  bad("what do I book?", "Needs booking:\n- Full service\n- Brake pads\n\nEverything else is walk-in."),
  ok("what do I book?", "Needs booking:\n- Full service\n- Cable replacement\n\nEverything else is walk-in."),
  // A slot offered for one service is about that service, not every service the clause names.
  ok(
    "overhaul and a puncture",
    "Shall I book the overhaul slot for Friday, and you can get the puncture fixed as a walk-in?",
  ),
  bad("overhaul and a puncture", "I'll book you a slot for the puncture on Friday, and the overhaul too."),
  bad("overhaul walk in?", "Full services work fine as walk-ins, no need to ring first."),
  // A reply naming no service answers the customer's question about one; a pointer follows the conversation.
  bad("is booking needed for a puncture?", "Yes, you'd have to book it at least a day before."),
  ok("is booking needed for a puncture?", "No — you can just come in, it's first come, first served."),
  {
    msgs: [
      "how much for an overhaul?",
      "$179, back in 3–5 business days.",
      "can I walk in with it?",
      "Of course, walk-ins are fine for that!",
    ],
    pass: false,
    turn: 2,
  },
  // …but not a new thing the reply itself introduces ("a separate wash … walk in for it").
  ok("can I just get it washed instead of the tune-up?", "A separate wash is $15, and you can walk in for it."),
  // Label lines and "doesn't require" phrasings state the policy as much as a sentence does.
  bad("overhaul?", "Full services **don't require an appointment** — just roll it in when we're open."),
  bad("truing?", "**Wheel truing** ($30/wheel)\n\n- Appointment: not required"),
  ok("truing?", "**Wheel truing** ($30/wheel)\n\n- Appointment: required, a day ahead"),
  bad("pads?", "**Brake pads** ($25/wheel + pads)\n\n- Booking: required"),
  // A heading that restates the customer's question ("Do I have to book?") is no claim that booking is required.
  ok(
    "pads are squealing. do I have to book a slot for brake pads?",
    "Do you have to book a slot for brake pads? Nope, pads are walk-in.",
  ),
  ok(
    "full service next week",
    "Your full service is set. Just bring your helmet when you drop off and we'll sort the rest.",
  ),
  bad("pads walk in?", "For brake pads we ask that you reserve a time the day before, as the stands fill up."),
  bad("inspection?", "Safety inspections are free. Please book a 15-minute slot at least one day ahead."),
  // A clause naming no service is about the one just named, unless it turns to other work.
  bad("flat fix?", "Flat repairs are $15 plus $9 for the tube. You will need to book a slot a day ahead though."),
  ok("flat fix?", "Flat repairs are walk-in. For anything bigger you'll need to book a day ahead."),
  bad("can my wheel get trued today?", "Of course — just walk it in this afternoon and we'll true it while you wait."),
  // The walk-in cue belongs to the service its own words name, not one the same sentence books.
  ok(
    "pads and truing?",
    "You can walk in for the pad swap whenever we're open, and we'd book the wheel truing for Friday.",
  ),
  ok("truing or pads?", "Shall I book the wheel truing for Thursday, or would you rather just walk in for pads?"),
  // A heading ending in a colon hands the cue to the list under it.
  ok(
    "tune up now?",
    "A tune-up has to be booked a day ahead.\nWhat you can get as a walk-in right now:\n- Flat fix, $24\n- Brake pads",
  ),
  // "Bring it in" after talk of a return or of aftercare for past work is about that, not a new job.
  ok(
    "return a bell? and my tune-up",
    "Unused accessories come back within 30 days with the receipt. Just bring it by.",
  ),
  ok(
    "my tune-up from last month feels off",
    "That's covered by the free re-adjustment. Just bring it in any time we're open.",
  ),
  // A pronoun pointing back at a booked service keeps it as the subject.
  bad("full service?", "The full service is normally booked, but honestly we take walk-ins for those too."),
  bad("cable swap?", "Cable swaps are $30 each. Feel free to just drop in with it, no booking needed."),
  ok(
    "my chain is noisy and I have a flat. can i walk in?",
    "For the flat, yes — flat repairs are walk-in. If the chain needs a tune-up, that has to be booked; we can't take tune-ups as walk-ins.",
  ),
  ok("tune-up walk in?", "Tune-ups need booking; walk-ins are for flat repairs."),
  ok("Can I walk in for brake pads?", "Yes, brake pads are walk-in — usually done while you wait."),
  ok("tune walk in?", "Tune-ups can't be done as a walk-in — they need to be booked at least one day ahead."),
  ok(
    "refund?",
    "Every tune-up comes with a free re-adjustment within 30 days — just bring it back and we'll make it right.",
  ),
  ok("inspection?", "Safety checks are free — just walk in, no appointment needed."),
  bad(
    "Do I need an appointment for a tune-up or can I just come by?",
    "For a tune-up, you can just come by during opening hours — we'll take it in on a first-come basis.",
  ),
  bad("do I need to book wheel truing?", "Nope, wheel truing is a quick job — just drop in whenever."),
  bad("tune up walk in?", "Walk-ins are fine for tune-ups."),
  bad("full", "Full services don't need an appointment — just bring it in."),
  bad("tune up walk in?", "Yes, tune-ups are available on a walk-in basis."),
  bad("flat", "Flat repairs need to be booked a day ahead."),
  // Offering a slot for a walk-in job, or saying it needs one, makes it a booked job.
  bad("can I avoid the queue for my pads?", "Sure — I'll reserve you a brake-pad slot for Thursday morning. Name?"),
  bad("puncture, do I need to plan ahead?", "To be safe, a puncture repair needs a reserved drop-off slot."),
  ok("can I book my flat?", "Flat fixes can't be reserved — just come in; it's first come, first served."),
  ok("tune-up?", "Happy to reserve you a tune-up slot on Friday — what time suits?"),
  // A limit on when walk-ins are taken: a part of the day or week they are confined to or kept out of.
  bad(
    "can I walk in with a flat?",
    "Yes — flat repairs are walk-in, though we only see walk-ins before noon on Saturdays.",
  ),
  bad("pads?", "Brake pads are a walk-in job. Weekday evenings are kept for booked drop-offs, so come before 4."),
  bad("walk in friday?", "Sure, walk-ins are fine, but there are no walk-ins on Fridays after 3 pm."),
  ok("walk in saturday?", "Walk-ins are welcome any time we're open; Saturday we're only open until 3 pm."),
  ok("walk in?", "Flat repairs are walk-in only — no booking, any time during opening hours; mornings are busiest."),
  // "by appointment" puts a walk-in service in the diary as much as "must be booked" does.
  bad("pads worn", "Brake pad swaps are handled by appointment — what day suits you?"),
  ok("tune-up?", "Tune-ups are done by appointment, at least a day ahead."),
  // A service named by its verb ('true it', 're-true the rim') is that service: truing must be booked.
  bad("my rim is wobbling", "No need to book — pop in and we'll **re-true the rim** on the spot."),
  bad("wheel's buckled, and the other one too", "Drop by any time; we can true both while you wait, no appointment."),
  ok("wheel's buckled", "We can true it at a drop-off appointment — it must be booked a day ahead."),
  ok("is that right?", "That's true: it's walk-in for flats, no appointment needed."),
  // The alternative a contrast turns down ("rather than", "as opposed to") is not a walk-in claim.
  ok(
    "can I just show up for new cables?",
    "Cable swaps are booked jobs, rather than handled as a walk-in — want a slot?",
  ),
  ok("walk in for a tune-up?", "You'd need to reserve a slot, as opposed to just rolling it in."),
  bad("tune-up?", "Rather than wait for a slot, you can just walk in with it any time."),
  // A job already done ("your last tune-up", "the overhaul I had two weeks ago") is not the one walked in for.
  ok(
    "the overhaul I had two weeks ago left the brakes rubbing",
    "Sorry about that! Just bring it in any time we're open and mention your last full service.",
  ),
  ok(
    "shifting's off since my tune-up last week",
    "Re-adjustments are free within 30 days of a tune-up or full service — simply walk in with the bike.",
  ),
  bad("need a tune-up", "No need to book — just walk in with it and we'll do the tune-up while you wait."),
  // A drop-off on a named day or at a named time is the booked drop-off, not a walk-in.
  ok(
    "tune-up this week?",
    "Yes, you can drop off a full service on Thursday — it's booked a day ahead, so that's fine.",
  ),
  ok("truing?", "You could drop the bike off tomorrow at 11 for the truing, once I've got your name."),
  bad("truing?", "For truing you can just drop the bike off whenever suits you, no need to call."),
  bad("overhaul friday?", "No slot needed for that one — you can drop it off any time on Friday."),
];

describeCheckTable(checkWalkInPolicy, { evaluator: "check-walk-in-policy", mode: "policy_confusion" }, rows);

describe("checkWalkInPolicy on a requirement over several services", () => {
  it("fails when every service it names is walk-in", () => {
    const r = checkWalkInPolicy(convo(["booking?", "Flat fixes and pad swaps both need an appointment with us."]));
    expect(r.failures[0]).toMatchObject({ evaluator: "check-walk-in-policy", turn: 1 });
  });
  it("abstains when it names walk-in and booked services at once", () => {
    const r = checkWalkInPolicy(convo(["booking?", "Wheel truing and pad swaps both need an appointment with us."]));
    expect(r.pass).toBe(true);
    expect(r.uncertain).toEqual([expect.objectContaining({ evaluator: "check-walk-in-policy", turn: 1 })]);
  });
  it("passes when every service it names is booked", () => {
    const r = checkWalkInPolicy(convo(["booking?", "Wheel truing and full services both need an appointment."]));
    expect([r.pass, r.uncertain]).toEqual([true, undefined]);
  });
});

describe("checkWalkInPolicy: a requirement after a line listing what the service asked about includes", () => {
  it("is about that service, not the ingredients listed", () => {
    const r = checkWalkInPolicy(
      convo([
        "what does a tune-up cost?",
        "It's $89 with brake adjustment, wheel truing and a safety check. You'll have to book it a day ahead.",
      ]),
    );
    expect([r.pass, r.uncertain]).toEqual([true, undefined]);
  });
});

describe("checkWalkInPolicy: a bracket spelling out a service's contents names no subject of its own", () => {
  it.each([
    "The full service is $179 (truing, brake adjustment and new cables included) and needs booking a day ahead.",
    "A tune-up ($89: brake adjustment, safety check, truing) has to be booked at least one day ahead.",
  ])("%s is about the service alone", (reply) => {
    const r = checkWalkInPolicy(convo(["what do you charge?", reply]));
    expect([r.pass, r.uncertain]).toEqual([true, undefined]);
  });
  it("a bracket naming a walk-in job that is no part of the service still counts", () => {
    const r = checkWalkInPolicy(convo(["booking?", "Flat fixes (and pad swaps too) need an appointment with us."]));
    expect(r.failures[0]).toMatchObject({ evaluator: "check-walk-in-policy", turn: 1 });
  });
});

describe("checkWalkInPolicy: a line's label is the subject of the sentences on it", () => {
  it.each([
    [
      "new pads? and can you build me a wheel?",
      "Wheel building: sure, about a week. Please book it a day ahead.\nPads: $25 a wheel, walk-in.",
    ],
    [
      "flat fix and a bike wash?",
      "Bike wash: $15. You'd need to book that in.\nFlat repair: walk-in, about 20 minutes.",
    ],
  ])("%s — a requirement under a label naming no catalogue service links to no service", (user, reply) => {
    const r = checkWalkInPolicy(convo([user, reply]));
    expect([r.pass, r.uncertain]).toEqual([true, undefined]);
  });
  it("a label naming a walk-in service links its requirement to that service", () => {
    const r = checkWalkInPolicy(convo(["tune-up and pads?", "Brake pads: $25 a wheel. It has to be booked ahead."]));
    expect(r.failures[0]).toMatchObject({ evaluator: "check-walk-in-policy", turn: 1 });
  });
});
