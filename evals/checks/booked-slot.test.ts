import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { assistantTurns, bookingTurn } from "../claims/index";
import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { checkSameDayBooking } from "./check-same-day-booking";
import { checkSlotClaims } from "./check-slot-claims";
import { convo, describeCheckTable, type Row } from "./test-support";

// Thursday 19 November 2026, noon: Thanksgiving is Thursday 26 November (closed all day).
const NOV19 = "2026-11-19T12:00:00-08:00";
const row = (pass: boolean, turn: number, ...msgs: string[]): Row => ({ msgs, pass, now: NOV19, turn });

// A slot read back for the customer's yes, or stated as booked, is checked like any agreed slot: closed days and
// holidays, hours, the 30-minute drop-off grid.
describe("a read-back or a booking on a closed day, a holiday or off the grid", () => {
  describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
    row(
      false,
      1,
      "tune-up on the 26th at 11? Ana Lee 503-555-0100",
      "Here's the booking:\n- Tune-up ($89)\n- Thursday, November 26, 11:00 a.m.\n- Ana Lee, 503-555-0100\n\nShall I confirm?",
    ),
    row(
      false,
      1,
      "thanksgiving morning, 10am, bo park bo@example.org",
      "To confirm: full service on Thanksgiving (Nov 26) at 10 a.m. for Bo Park. Shall I lock it in?",
    ),
    row(
      false,
      1,
      "monday 23rd at 2pm? Cy Ng 503-555-0102",
      "Great — Monday, November 23 at 2:00 p.m., Cy Ng, 503-555-0102. Does that look right?",
    ),
    row(
      false,
      1,
      "fri 27th 10:45, Di Ho 503-555-0103",
      "Summary: tune-up, Friday November 27 at 10:45 a.m., Di Ho. OK to book?",
    ),
    row(
      false,
      1,
      "sat 28th 4pm? Ed Yu 503-555-0104",
      "So that's Saturday, Nov 28 at 4 p.m. for a tune-up. Should I book it?",
    ),
    // The "you're all set" after the read-back is about the slot read back, not the holiday in a greeting.
    row(
      true,
      2,
      "fri 27th at 11, Fay Oh 503-555-0105",
      "Here's what I have: tune-up, Friday, November 27, 11:00 a.m., Fay Oh. Shall I confirm?",
      "yes",
      "You're all set, Fay! Happy Thanksgiving!",
    ),
    row(
      true,
      1,
      "friday the 27th at 3pm? Gil Ma 503-555-0106",
      "Please check: tune-up, Friday, Nov 27, 3:00 p.m., Gil Ma, 503-555-0106. Shall I confirm?",
    ),
    row(
      true,
      1,
      "sat 28th 9:30, Hu Li 503-555-0107",
      "Got it — Saturday, November 28 at 9:30 a.m., Hu Li. Shall I book it?",
    ),
    row(
      true,
      1,
      "tue 24th at noon, Ike Po 503-555-0108",
      "Tuesday, November 24, 12:00 p.m. for a full service, Ike Po. Want me to book it?",
    ),
    // A refused slot read out with the alternatives is no read-back.
    row(
      true,
      1,
      "thursday the 26th at 10?",
      "Thursday, Nov 26 is Thanksgiving — we're closed. Friday, Nov 27 at 10:00 a.m. is free. Shall I book that?",
    ),
  ]);
});

describe("a same-day slot read back for the customer's yes", () => {
  describeCheckTable(checkSameDayBooking, { evaluator: "check-same-day-booking", mode: "policy_confusion" }, [
    row(
      false,
      1,
      "tune-up today 3pm, Jo Wu 503-555-0109",
      "Here's the booking: tune-up, today (Thursday, November 19) at 3:00 p.m., Jo Wu. Shall I confirm?",
    ),
    row(
      false,
      1,
      "this afternoon at 4? Kai 503-555-0110",
      "To confirm: full service today, Nov 19, at 4 p.m. OK to book?",
    ),
    row(
      false,
      1,
      "can i come at 5 today? Lu Xi 503-555-0111",
      "Great: Thursday, November 19 at 5:00 p.m. drop-off for a tune-up, Lu Xi. Does that work?",
    ),
    row(false, 1, "now-ish, 2pm. Mo 503-555-0112", "Got it — today at 2:00 p.m. for truing. Shall I lock it in?"),
    row(
      true,
      1,
      "tomorrow 3pm, Ny 503-555-0113",
      "Here's the booking: tune-up, Friday, November 20 at 3:00 p.m. Shall I confirm?",
    ),
    row(
      true,
      1,
      "sat 21st 10am, Ola 503-555-0114",
      "To confirm: Saturday, Nov 21 at 10 a.m., full service. OK to book?",
    ),
    row(true, 1, "flat today?", "Flat repairs are walk-in: come by any time today before 6 p.m., no booking needed."),
    row(true, 1, "tue 24th 11am", "Tuesday, November 24 at 11:00 a.m. works. What name should I put it under?"),
  ]);
});

describe("bookingTurn: one reading of a conversation's booking acts", () => {
  it("reads a read-back, then carries its slot to the booking stated after it", () => {
    const t = convo(
      [
        "full service friday the 27th at 2pm, Pat Rue 503-555-0115",
        "Here's what I have: full service, Friday, November 27, 2:00 p.m., Pat Rue. Shall I confirm?",
        "yes",
        "Booked! See you then — happy Thanksgiving.",
      ],
      NOV19,
    );
    const [first, second] = assistantTurns(t).map((turn) => bookingTurn(turn, NOV19, handbook));
    expect(first).toMatchObject({ act: "read_back", slot: { date: "2026-11-27", time: 840, kind: "booking" } });
    expect(second).toMatchObject({ act: "booked", slot: { date: "2026-11-27", time: 840 } });
    expect(second?.progress()).toMatchObject({ name: true, contact: true, confirmed: true });
  });
  it("a question about which time, or hours, is no booking act", () => {
    const t = convo(["tune-up friday?", "Friday, November 27 we're open 10 to 6. Which time would you like?"], NOV19);
    expect(bookingTurn(assistantTurns(t)[0]!, NOV19, handbook)).toMatchObject({ act: null, slot: null });
  });
});

describe("an off-grid slot read back is the slot policy misapplied too", () => {
  describeCheckTable(checkSlotClaims, { evaluator: "check-slot-claims", mode: "policy_confusion" }, [
    row(
      false,
      1,
      "fri 27th 10:45, Di Ho 503-555-0103",
      "Summary: tune-up, Friday November 27 at 10:45 a.m., Di Ho. OK to book?",
    ),
    row(
      false,
      1,
      "tue 24th 2:15pm, Vi Wu 503-555-0130",
      "Here's the booking: full service, Tuesday, Nov 24, 2:15 p.m., Vi Wu. Shall I confirm?",
    ),
    row(
      true,
      1,
      "tue 24th 2:30pm, Vi Wu 503-555-0130",
      "Here's the booking: full service, Tuesday, Nov 24, 2:30 p.m., Vi Wu. Shall I confirm?",
    ),
    row(
      true,
      1,
      "fri 27th 5pm, Xu Yi 503-555-0131",
      "To confirm: tune-up, Friday, November 27, 5:00 p.m. (our last slot), Xu Yi. Shall I book it?",
    ),
  ]);
});

// A greeting names no day ("Merry Christmas — see you on the 24th"), and the piece of a sentence after ", so" is a
// statement of its own ("Christmas Day we're closed, so I've moved you to Saturday the 26th").
describe("greetings and a refusal before ', so' do not date the booking", () => {
  const DEC18 = "2026-12-18T10:00:00-08:00";
  const at18 = (pass: boolean, turn: number, ...msgs: string[]): Row => ({ msgs, pass, now: DEC18, turn });
  describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
    at18(
      true,
      2,
      "tune-up 24th 5pm, Kai 503-555-0101",
      "Thursday, Dec 24 at 5:00 p.m., tune-up for Kai — shall I confirm?",
      "yes",
      "Booked! Merry Christmas — see you on the 24th at 5.",
    ),
    at18(
      true,
      2,
      "tune-up 23rd 11am, Bo 503-555-0102",
      "Wednesday, December 23, 11 a.m., tune-up, Bo. Confirm?",
      "yes",
      "Done. Happy New Year's Eve in advance — see you on the 23rd at 11!",
    ),
    at18(
      true,
      1,
      "my booking dec 25 10am, move it please. Lee 503-555-0100",
      "Christmas Day we're closed, so I've moved your tune-up to Saturday, December 26 at 10:00 a.m.",
    ),
    at18(
      true,
      1,
      "move my dec 25 drop-off, Jo 503-555-0103",
      "We're shut on the 25th; I've moved you to Thursday, December 24 at 2 p.m. instead.",
    ),
    at18(
      false,
      1,
      "move my tune-up to christmas day 10am, Lee 503-555-0100",
      "Done — I've moved your tune-up to Christmas Day, December 25 at 10:00 a.m.",
    ),
  ]);
});
