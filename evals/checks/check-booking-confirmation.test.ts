import { describe, expect, it } from "vitest";
import { asksToConfirm, saysYes } from "../claims/index";
import { checkBookingConfirmation } from "./check-booking-confirmation";
import { convo } from "./test-support";

const ok = (...msgs: string[]) => ({ msgs, pass: true as const, turn: undefined, missing: undefined });
const bad = (turn: number, missing: RegExp, ...msgs: string[]) => ({ msgs, pass: false as const, turn, missing });

const rows = [
  ok(
    "I'd like a tune-up on Friday at 11",
    "Friday at 11:00 works. Could I get your name and a phone number?",
    "Priya Shah, 503 555 0142",
    "Thanks Priya! To confirm: **tune-up**, Friday at 11:00 a.m. Shall I book it?",
    "yes please",
    "Done — you're booked for Friday at 11:00 a.m. See you then!",
  ),
  // One complete request ("book me …, I'm …, email") is the request, not its confirmation: no read-back, no yes.
  bad(
    1,
    /confirmation/,
    "Please book me in for a full service Thursday 2pm. I'm Tomás Ortega, tomas@example.org",
    "Great, Tomás — you're all booked for Thursday at 2 p.m.",
  ),
  ok("can you book me for tuesday?", "Sure! Before I book anything I'll need your name and a phone number or email."),
  ok("book me tuesday 10", "I can't confirm a booking until I have your name and a contact number."),
  ok("is friday free?", "Friday at 10:30 is open — want me to book it for you?"),
  // A policy in the passive ("is booked at least a day ahead") states how booking works; nothing was booked.
  ok("how much is a full service?", "The full service is $179 and is booked at least one day in advance."),
  ok("tune-up price?", "$89 — a tune-up is booked 24 hours ahead, so tomorrow is the earliest."),
  ok("truing?", "Wheel truing is $30 a wheel and is always booked the day before at the latest."),
  bad(
    1,
    /name.*phone.*confirmation/,
    "tune-up tomorrow at 10?",
    "Absolutely — **you're booked** for tomorrow at 10 a.m.! 🚲",
  ),
  bad(
    2,
    /phone number or e-mail/,
    "need a wheel trued saturday morning",
    "Happy to help. What name should I put the booking under?",
    "Kim",
    "Perfect, Kim. I've booked you in for Saturday at 9:30am. Does that work?",
  ),
  // "I've gone ahead and reserved …", "we have booked …", "see you Friday, June 5 at 11": a booking stated made.
  bad(
    2,
    /confirmation/,
    "full service next tuesday at 10",
    "Next Tuesday at 10:00 a.m. is open. Your name and phone or email?",
    "Ana Ruiz, 503-555-0101",
    "Thanks, Ana! I've gone ahead and reserved Tuesday at 10:00 a.m. for your full service.",
  ),
  bad(
    2,
    /confirmation/,
    "truing friday 11?",
    "Friday at 11 works. Name and number?",
    "Bo Li 503 555 0199",
    "We have booked your truing. See you Friday, June 5 at 11!",
  ),
  // "I'll get that booked" books now; the same words with a question first ask for the confirmation.
  bad(
    1,
    /confirmation/,
    "truing saturday 9:30, Rui Sato 503 555 0177",
    "Thanks, Rui — I'll pencil you in for Saturday at 9:30. See you then!",
  ),
  ok(
    "truing saturday 9:30, Rui Sato 503 555 0177",
    "Thanks, Rui — I'll put you down for Saturday at 9:30 once you confirm. Shall I go ahead?",
  ),
  // Moving a booking the customer already holds: their yes is the confirmation, their details are on file.
  ok(
    "need to reschedule my truing appointment from friday",
    "No problem! Which day would you like instead?",
    "wednesday 3pm",
    "Wednesday at 3:00 p.m. is open — shall I move it there?",
    "yes",
    "Done! ✅ Your truing is now Wednesday at 3:00 p.m.",
  ),
  bad(
    2,
    /confirmation/,
    "need to reschedule my truing appointment from friday",
    "No problem! Which day would you like instead?",
    "wednesday 3pm",
    "All done — I've moved your truing to Wednesday at 3:00 p.m. ✅",
  ),
  // Issue 13: name and contact are not enough — confirming with no confirmation step is over-eager.
  bad(
    2,
    /confirmation/,
    "what about a full service next week?",
    "Next Wednesday at 1pm is free. Can I get your name and number?",
    "Sure, Ola Berg, 503-555-0177",
    "Thanks Ola, your appointment is now confirmed for Wednesday at 1pm.",
  ),
  // An imperative "please confirm" is a confirmation step too.
  ok(
    "book a tune-up tuesday 11, Ada Ng, 503-555-0123",
    "Summary: tune-up, Tuesday 11am, Ada Ng, 503-555-0123. Please confirm and I'll lock it in.",
    "confirmed",
    "You're booked for Tuesday at 11am!",
  ),
  // Answering "what day works?" is no confirmation of the booking.
  bad(
    3,
    /confirmation/,
    "a tune-up please",
    "Sure — which day suits you?",
    "thursday 3pm",
    "Thursday at 3pm is free. Your name and email?",
    "Rui Alves, rui@example.net",
    "Thanks Rui, you're all booked for Thursday at 3pm!",
  ),
  ok(
    "a tune-up please",
    "Sure — which day suits you?",
    "thursday 3pm",
    "Thursday at 3pm is free. Your name and email?",
    "Rui Alves, rui@example.net",
    "Thanks! Tune-up, Thursday 3pm, Rui Alves, rui@example.net — shall I book it?",
    "yep",
    "Done, Rui — you're all booked for Thursday at 3pm!",
  ),
  // LLM-style statements of a booking made: "you're all set", an opener ("Done!", "Booked —"), "X is booked for".
  bad(
    2,
    /confirmation/,
    "wheel truing thursday 4pm?",
    "Thursday at 4:00 pm is free. Name and email please?",
    "Ana Ruiz, ana@ruiz.example",
    "You're all set, Ana — truing on **Thursday at 4 pm**. See you then! 🚲",
  ),
  bad(
    1,
    /name.*phone.*confirmation/,
    "full service on the 12th at 11",
    "Done! ✅ Your full service is booked for the 12th at 11 am.",
  ),
  bad(
    2,
    /confirmation/,
    "cable swap saturday 10am",
    "Saturday 10 am works. Your name and number?",
    "Ivo Petrov 503 555 0133",
    "Booked — cable swap, Saturday 10 am, Ivo Petrov. See you Saturday!",
  ),
  // A read-back with a short yes/no question is a confirmation step, and a yes may come in another language first.
  ok(
    "tune-up wednesday 2pm, Ode Bakare 503-555-0190",
    "Confirming: tune-up, Wednesday 2:00 pm, Ode Bakare, 503-555-0190, $89 at pickup. OK?",
    "sí, ok",
    "Booked!",
  ),
  ok(
    "truing friday 10. name ode bakare",
    "Thanks Ode! Best phone or email?",
    "ode@bakare.example",
    "Friday 10 am, Ode Bakare, ode@bakare.example — all correct?",
    "yes",
    "Booked! See you Friday.",
  ),
  // Walk-in talk: "all set" with no booking in play, "reserved for", and a proposal are no booking statements.
  ok("can I bring my flat in?", "Yep, just come by — you're all set, no appointment needed."),
  ok("walk in for a tune-up?", "Tune-ups can't be walk-ins; those slots are reserved for booked jobs."),
  bad(
    1,
    /name.*phone.*confirmation/,
    "truing friday 10?",
    "Great news — your appointment is all set for Friday at 10 am!",
  ),
  ok("cancel my tune-up on friday please", "Done — your Friday tune-up booking is cancelled, no charge."),
  ok("friday at 5 for a tune-up?", "I'll put you down for Friday at 5 — what name should I use?"),
  // Held-out 5's false fails, in other words: a hold is no booking, an offer waiting on details is no booking, a
  // policy about booked services is no booking, and a thumbs-up answers "shall I book it?".
  ok(
    "truing on saturday at 11? I'm Dana",
    "Thanks Dana! I've got you down tentatively for Saturday at 11:00 a.m. What's the best phone number or email?",
  ),
  bad(
    1,
    /phone number or e-mail/,
    "truing on saturday at 11? I'm Dana",
    "Thanks Dana! I've got you down for Saturday at 11:00 a.m. What's the best phone number or email?",
  ),
  ok("is a truing free?", "Truing is $30 a wheel. Tell me which day suits you and I'll pencil you in for it."),
  bad(
    1,
    /phone number or e-mail/,
    "truing on saturday at 11? I'm Dana",
    "Thanks Dana, I've booked you in for Saturday at 11 a.m., just send me a phone number or email.",
  ),
  // "My tune-up is booked for Friday, can I move it?": the customer holds a booking; moving it needs only their yes.
  ok(
    "my tune-up is booked for friday at 10, can I move it to saturday 11?",
    "Sure — Saturday at 11 a.m. is free. Want me to move your booking there?",
    "yes please",
    "Done — your tune-up is moved to Saturday at 11:00 a.m.",
  ),
  // A slot confirmed as free is availability, not a booking.
  ok("friday 10?", "Good news, that slot is confirmed as available. Want me to book it for you?"),
  ok(
    "tune-up and cables together?",
    "Both are booked services, so they can share one drop-off. Want me to set that up?",
  ),
  bad(1, /name/, "tune-up tomorrow 10?", "Both services are booked for tomorrow at 10 — see you then!"),
  ok(
    "tune-up thursday 2pm, Leo, 503 555 0199",
    "Lovely, Leo. Tune-up, Thursday at 2:00 p.m., 503 555 0199 — shall I lock it in?",
    "👍🏽",
    "Booked! See you Thursday at 2.",
  ),
  bad(
    2,
    /confirmation/,
    "tune-up thursday 2pm, Leo, 503 555 0199",
    "Lovely, Leo. Tune-up, Thursday at 2:00 p.m., 503 555 0199 — shall I lock it in?",
    "🤔",
    "Booked! See you Thursday at 2.",
  ),
  // "Great, thanks Ana!" addresses the customer by the name they gave without being asked.
  ok(
    "brake cable replacement then, friday at 3 ok. Ana",
    "Great, thanks Ana! Friday at 3:00 p.m. it is — could I have a phone number or email?",
    "ana@example.com",
    "Here's the summary: cable replacement, Friday 3:00 p.m., ana@example.com. Shall I book it?",
    "yes",
    "Done — you're booked!",
  ),
  // A hold said to be provisional until the details come is no booking made yet; an emoji alone can be the yes;
  // "Lovely, thanks Sam!" shows the name was given; "booked services" is an adjective, not a booking.
  ok(
    "truing friday 11? Sam",
    "Lovely, thanks Sam! I've pencilled you in tentatively for Friday at 11 a.m. What's the best phone number for you?",
    "503 555 0110",
    "Here's the summary: truing, Friday 11:00 a.m., Sam, 503 555 0110. Shall I confirm it?",
    "👍🏽",
    "Confirmed! ✅ See you Friday.",
  ),
  ok("tune-up and cables?", "Both are booked services, so one drop-off covers them. Want me to set that up?"),
  // "Let me know … and I'll book you in" waits on the customer's answer: no booking made yet.
  ok("inspection please", "Sure! Let me know which day suits and I'll book you in."),
  // A line that is only the status ("Booked ✅") after a read-back states the booking made, wherever it stands.
  bad(
    2,
    /confirmation/,
    "cable swap tuesday?",
    "Tuesday works. What time, and your name please?",
    "11am, Lee Park, lee@example.net",
    "Here's what I have:\n\n- Cable replacement\n- Tuesday, 11:00 a.m.\n- Lee Park, lee@example.net\n\nBooked ✅",
  ),
  ok(
    "cable swap tuesday?",
    "Tuesday works. What time, and your name please?",
    "11am, Lee Park, lee@example.net",
    "Here's what I have:\n\n- Cable replacement\n- Tuesday, 11:00 a.m.\n\nShall I book it?",
    "yes",
    "Thanks!\n\nBooked ✅",
  ),
  // A reply that ends by asking leave to book has booked nothing, whatever it says of the slot being held.
  {
    msgs: [
      "tune-up friday 10, Ana Ruiz 503-555-0101",
      "Here it is:\n- Tune-up, $89\n- Friday at 10:00 am\n- Ana Ruiz, 503-555-0101\nYour slot is reserved for you. Shall I book it?",
      "yes",
      "Done — see you Friday!",
    ],
    pass: true,
  },
  {
    msgs: [
      "full service saturday 9, Lee Ho lee@ho.example",
      "Saturday 9 am, full service, Lee Ho (lee@ho.example) — the appointment is confirmed on our side. Want me to confirm it?",
      "ok",
      "All booked, thanks Lee!",
    ],
    pass: true,
  },
  {
    msgs: ["tune-up friday 10?", "You're booked for Friday at 10! Want me to text you a reminder?"],
    pass: false,
    turn: 1,
    missing: /name/,
  },
];

describe("checkBookingConfirmation", () => {
  it.each(rows.map((r) => [r.msgs.at(-1), r] as const))("%s", (_, r) => {
    const result = checkBookingConfirmation(convo(r.msgs));
    expect(result.pass, JSON.stringify(result.failures)).toBe(r.pass);
    if (!r.pass) {
      expect(result.failures[0]).toMatchObject({
        mode: "over_eager",
        turn: r.turn,
        evaluator: "check-booking-confirmation",
      });
      expect(result.failures[0]!.reason).toMatch(r.missing!);
    }
  });
});

describe("checkBookingConfirmation: a courtesy word is not a name", () => {
  it("fails when the answer to 'your name?' is only a number", () => {
    const t = convo([
      "tune-up friday 10?",
      "Friday 10am is free. What's your name and number?",
      "Sure, 503-555-0101",
      "You're booked for Friday at 10am.",
    ]);
    expect(checkBookingConfirmation(t).failures[0]?.reason).toMatch(
      /without the customer's name, the customer's confirmation —/,
    );
  });
});

describe("the customer's yes and the bot's confirmation question, in other words than the sets'", () => {
  it.each(["yess", "kk", "lgtm", "alright", "fine by me", "affirmative", "👍 thanks", "🙌🏾", "yup 👍"])(
    "%s is a yes",
    (y) => expect(saysYes(y)).toBe(true),
  );
  // A yes in the customer's own language counts; its negatives do not.
  it.each(["oui, c'est bon", "claro, perfecto", "tak, dziękuję", "jawohl!", "sim, obrigado", "klopt"])(
    "%s is a yes in another language",
    (y) => expect(saysYes(y)).toBe(true),
  );
  it.each([
    "nein, lieber 11 Uhr",
    "non, pas samedi",
    "da, but not friday",
    "no",
    "nope, make it 11",
    "👎",
    "🤔",
    "kids bike actually",
  ])("%s is no yes", (y) => expect(saysYes(y)).toBe(false));
  it.each(["Say the word and I'll confirm.", "Happy with that?", "Look good?", "Shall I lock it in?"])(
    "%s asks to confirm",
    (q) => expect(asksToConfirm(q)).toBe(true),
  );
});
