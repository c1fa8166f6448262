import { describe, expect, it } from "vitest";
import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { at, bad, convo, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // "I can arrange / set up a drop-off …" agrees to the slot it names, even after saying the shop is shut then.
  at(
    "2026-06-09T12:00:00-07:00",
    bad(
      "only free monday, can I bring my bike for a tune-up?",
      "Mondays we're shut, but we can set up a drop-off for you at 11 on Monday, June 15 — the mechanic is in anyway.",
    ),
  ),
  at(
    "2026-06-09T12:00:00-07:00",
    ok("can I drop off sunday?", "We're closed Sundays, so I'd arrange a drop-off on Tuesday at 10 instead."),
  ),
  // A reply that takes the day but then puts its own times in place of the asked one takes the day only.
  at(
    "2026-06-09T12:00:00-07:00",
    ok(
      "can I drop the bike off wednesday 8am for a tune-up?",
      "Wednesday's fine for a tune-up. Our doors open at 10 that day, so the first slot would be 10:00. Shall I put you down for 10:00, or is 11:30 better?",
    ),
  ),
  at(
    "2026-06-09T12:00:00-07:00",
    ok("full service thursday at 7:30 pm please", "Thursday is good! We close at 7 though — does 5:30 or 6:00 suit?"),
  ),
  at(
    "2026-06-09T12:00:00-07:00",
    bad("full service thursday at 7:30 pm please", "Thursday at 7:30 pm works — shall I book it?"),
  ),
  // The present moment ("as it's Sunday night") is no day proposed; lines under a proposing heading are proposals;
  // "I've moved it to …" agrees to the new day.
  at(
    "2026-06-07T19:00:00-07:00",
    ok("tune-up asap?", "Tune-ups need a day's notice, and as it's Sunday night the earliest is Tuesday at 10 am."),
  ),
  at(
    "2026-06-07T19:00:00-07:00",
    bad(
      "tune-up asap, Mo Diaz mo@diaz.example",
      "Thanks Mo! Here's the soonest I can offer:\n\n- **Tune-up**, $89\n- **Monday, June 8 at 10:00 a.m.**\n\nShall I book it?",
    ),
  ),
  ok(
    "tune-up?",
    "Soonest options:\n\n- Monday, June 8 — we're closed on Mondays.\n- Tuesday, June 9 at 10 a.m. is the first slot.\n\nWant it?",
  ),
  bad("can we move my tune-up to monday instead?", "Done — I've moved it to Monday at 10 am."),
  // A reply opening with the customer's requested time, refusing nothing, takes that time.
  bad("tune-up next wednesday, 11:20?", "11:20 next Wednesday, lovely, noted down for you."),
  ok("tune-up next wednesday, 11:30?", "11:30 next Wednesday, lovely, noted down for you."),
  // An arrival relative to now ("in 20 minutes") at 17:50 on a Wednesday lands after the 6pm close.
  at(
    "2026-06-03T17:50:00-07:00",
    bad("flat tyre, can I come by in 20 minutes?", "Sure thing — see you in 20 minutes, just come to the counter."),
  ),
  at(
    "2026-06-03T16:00:00-07:00",
    ok("flat tyre, can I come by in 20 minutes?", "Sure thing — see you in 20 minutes, just come to the counter."),
  ),
  // The service stays the tune-up after a list of what it includes ("… wheel truing, a safety check"), so an
  // off-grid Saturday drop-off is caught.
  {
    msgs: [
      "tune-up price?",
      "A tune-up is $89: brake adjustment, wheel truing and a safety check. It must be booked a day ahead.",
      "book me saturday",
      "Saturday is open 9 to 3. What time?",
      "2:45",
      "2:45 pm on Saturday works! Your name and phone?",
    ],
    pass: false,
    turn: 3,
  },
  // "a Thursday" is no date; the named date in the same sentence is the one offered.
  at(
    "2026-11-20T11:00:00-08:00",
    ok(
      "truing next thursday at 6?",
      "Next Thursday is Thanksgiving, so we're closed. If you want a Thursday evening, December 3 works — the last slot is 6pm.",
    ),
  ),
  // The ends of an hours or slot range are a window, not the appointment.
  ok(
    "full service saturday?",
    "Saturday is open 9 a.m. – 3 p.m., with drop-off slots from 9:00 to 2:00. Which slot would you like?",
  ),
  // A time the reply itself rules out is not agreed, even when repeated in an aside.
  ok(
    "drop off thursday at 11:45?",
    "There's no 11:45 slot, but Thursday I could do 11:30 or 12:00 (11:45 falls between the two).",
  ),
  ok(
    "could I drop it off Friday at 5?",
    "We're open until 6pm on Fridays, so 5pm works. I'll put you down for 5pm Friday.",
  ),
  ok(
    "can I drop off a tune-up monday?",
    "We're closed Mondays, so Monday won't work. Tuesday from 10am onwards is the next option.",
  ),
  {
    msgs: [
      "can I bring it sunday for a tune-up",
      "We're closed on Sundays. Would Saturday work?",
      "saturday at 10 then",
      "Great, Saturday at 10am it is.",
    ],
    pass: true,
  },
  {
    msgs: [
      "can I come after work on Friday, like 6:30?",
      "We close at 6pm on Fridays, so 6:30 won't work. Thursday we're open until 7pm — you could come at 6:30 then.",
    ],
    pass: true,
  },
  at(
    "2026-11-23T11:00:00-08:00",
    ok(
      "can i bring my bike in thursday for a tune up",
      "Thursday the 26th is Thanksgiving, so we're closed that day. The earliest I could do is Friday, November 27 — would that work?",
    ),
  ),
  bad("can I drop off my bike for a tune up friday at 6:30pm", "Friday at 6:30pm — perfect, you're booked in!"),
  bad(
    "Can I book a full service for next Monday at 11?",
    "Great — I've put you down for a full service drop-off next Monday at 11am.",
  ),
  bad("Can I bring it Sunday?", "Sure, Sunday works!"),
  bad("you close at 5 on saturdays right? can i come at 4:30 for a brake adjustment", "Yep, 4:30 on Saturday is fine."),
  at(
    "2026-11-23T11:00:00-08:00",
    bad(
      "Can I drop off my bike for a tune-up this Thursday at 10?",
      "Absolutely — I've booked your drop-off for Thursday at 10am.",
    ),
  ),
  at("2026-12-20T10:00:00-08:00", {
    msgs: [
      "I'd like to book a tune-up",
      "Sure! When would you like to come in?",
      "Christmas Day at 10?",
      "Perfect, you're booked for Christmas Day at 10am.",
    ],
    pass: false,
    turn: 2,
  }),
  // A hedged agreement ("should be fine") agrees all the same.
  at(
    "2026-11-20T14:00:00-08:00",
    bad("truing next thursday, 10ish?", "Next Thursday at 10 a.m. should be no problem — your name and number?"),
  ),
  // A latest arrival ("before 3", "no later than 5") is a window's end: fine up to closing, no slot of its own.
  ok("open late saturday?", "Saturdays we shut at 3 pm, so this Saturday just swing in before 3 and you're fine."),
  ok("flat fix friday?", "Sure — walk in any time Friday, no later than 6 p.m."),
  bad("brake pads saturday after lunch?", "Sure, drop in Saturday afternoon, no later than 4:30 p.m."),
  // "… is a valid / open slot" proposes the time as much as "is available" does.
  bad("truing on sunday at 11?", "Good news: Sunday at 11:00 a.m. is an open slot for truing!"),
  ok("truing on tuesday at 11?", "Good news: Tuesday at 11:00 a.m. is an open slot for truing!"),
  // A refusal ("wouldn't work") rules the asked time out, and "would an earlier time suit?" asks for another.
  ok(
    "truing saturday at 5?",
    "Saturday slots run 9 a.m. to 2 p.m., so 5 p.m. wouldn't work. Would an earlier time on Saturday, June 6 suit you?",
  ),
  ok("truing saturday at 5?", "Saturday slots run 9 to 2. Would a different time on Saturday, June 6 work for you?"),
  // "2:15 isn't a valid slot" rules the asked time out; the times offered after it are the proposal.
  ok(
    "truing saturday at 2:15?",
    "Slots are on the hour and half-hour, so 2:15 isn't a valid slot — 1:30 or 2 pm would work on Saturday.",
  ),
  // Moving on to the booking's details takes the slot asked for: a closed day, or a time off the drop-off grid.
  bad(
    "cable swap on monday morning, 10ish?",
    "Monday 10 a.m. — lovely, I'll note it. May I take your name and a mobile number?",
  ),
  bad("truing on friday at 10:15?", "Friday at 10:15 — great. Could I grab your name and e-mail for the drop-off?"),
  ok("truing on friday at 10:30?", "Friday at 10:30 — great. Could I grab your name and e-mail for the drop-off?"),
  // A clause listing the shop's closures states the calendar: its holidays are no day agreed, nor the focus of a
  // "shall I book it?" after it. Agreeing to a holiday itself still fails.
  ...[
    "Yep! Our holiday closures: Thanksgiving, Christmas Day, New Year's Day — nothing else. Want me to book it?",
    "We're open. Closure days this year are just New Year's Day, Thanksgiving and Christmas. Would you like me to reserve a slot?",
    "Yes — the shop's closing dates are Thanksgiving, Christmas Day and New Year's Day only, so Saturday is normal hours. Shall I book you in?",
  ].map((reply) =>
    at("2026-07-03T14:00:00-07:00", ok("truing on saturday? is the shop open on the 4th of july?", reply)),
  ),
  at(
    "2026-07-03T14:00:00-07:00",
    bad("truing on thanksgiving?", "Thanksgiving works for a truing drop-off — want me to book it?"),
  ),
];

describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, rows);

describe("checkClosedTimeBooking abstains", () => {
  it("is uncertain (not failing, not silently passing) on a time open on some days only with no day to tie it to", () => {
    const r = checkClosedTimeBooking(convo(["can I come by after work?", "Sure — see you at 6:30pm!"]));
    expect(r.pass).toBe(true);
    expect(r.uncertain).toEqual([
      expect.objectContaining({
        mode: "over_eager",
        turn: 1,
        evaluator: "check-closed-time-booking",
        reason: expect.stringMatching(/6:30pm.*tue, wed, fri, sat/),
      }),
    ]);
    expect(
      checkClosedTimeBooking(convo(["thursday after work?", "Sure — see you Thursday at 6:30pm!"])).uncertain,
    ).toBeUndefined();
  });

  it("takes a latest arrival at a closing time ('before 3') as kept on the day closing then, with no day named", () => {
    for (const [ask, reply] of [
      [
        "flat tyre, can I pop over at the weekend?",
        "Sure — on Saturdays we close at 3pm, so come in before 3 and we'll fix it while you wait.",
      ],
      [
        "what's the cutoff for brake pads on a saturday?",
        "No booking needed: swing by before 3, since Saturday closing is 3pm.",
      ],
      ["need pads done, when can I come?", "Walk in any time; on a Saturday just drop in before 3, when we close."],
    ]) {
      const r = checkClosedTimeBooking(convo([ask!, reply!]));
      expect(r, reply).toMatchObject({ pass: true });
      expect(r.uncertain, reply).toBeUndefined();
    }
    // A latest arrival after a closing time on some days stays uncertain without a day.
    const late = checkClosedTimeBooking(convo(["brake pads?", "Sure, just come in before 6 and we'll do them."]));
    expect(late.uncertain).toEqual([expect.objectContaining({ reason: expect.stringMatching(/sat/) })]);
  });

  it("does not read the customer's working hours or a bullet opening with 'Done at …' as a time agreed", () => {
    const r = checkClosedTimeBooking(
      convo([
        "latest drop-off on a thursday for truing? I'm at work till 5:45",
        "Thursdays we're open 10 a.m. to 7 p.m.; the last slot is 6:00 p.m.\n\n- $30 per wheel\n- Done at the drop-off appointment\n\nShall I check 6:00 for you?",
      ]),
    );
    expect(r).toMatchObject({ pass: true });
    expect(r.uncertain).toBeUndefined();
  });
});
