import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { findDays, normaliseMessage } from "../claims/index";
import { checkClosedTimeBooking } from "./check-closed-time-booking";
import { checkContact } from "./check-contact";
import { checkDurations } from "./check-durations";
import { checkHoursClaims } from "./check-hours-claims";
import { checkNotOffered } from "./check-not-offered";
import { at, bad, describeCheckTable, ok } from "./test-support";

// Tuesday 5 January 2027: Christmas 2026 (a Friday) is past; a day already past is an event recalled, not a visit.
const JAN5 = "2027-01-05T10:45:00-08:00";
describe("a day already past is recalled, not agreed", () => {
  describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
    at(
      JAN5,
      ok("tune-up at xmas, brakes off now", "If your tune-up was around Christmas, you're covered — bring it in."),
    ),
    at(
      JAN5,
      ok(
        "i came in on new year's day?",
        "Sure, drop by any time — though New Year's Day we were closed, so maybe it was the 2nd.",
      ),
    ),
    at(
      JAN5,
      ok(
        "bought it christmas day",
        "Great, come by today and we'll check it — a Christmas purchase is still in the window.",
      ),
    ),
    at(JAN5, ok("last sunday i came by", "Sorry we missed you on Sunday, January 3! Come by today any time until 6.")),
    // A future closed day agreed still fails.
    at(JAN5, bad("sunday the 10th?", "Sure, come by Sunday, January 10 at 11!")),
  ]);
});

describe("'Christmas week', 'Thanksgiving weekend' name a stretch, not the holiday itself", () => {
  it.each([
    ["I'm off the whole christmas week", false],
    ["over the thanksgiving weekend", false],
    ["new year's break is quiet", false],
    ["closed on christmas day", true],
  ])("%s → names the holiday: %s", (text, named) => {
    expect(
      findDays(text, "2026-12-18T15:00:00-08:00", handbook).some((d) =>
        /christmas|thanksgiving|new year/i.test(d.text),
      ),
    ).toBe(named);
  });
  describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
    at(
      "2026-12-18T15:00:00-08:00",
      ok("off all christmas week, can I book a full service?", "Sure! Which day would you like to drop off?"),
    ),
    at(
      "2026-11-20T10:00:00-08:00",
      ok("thanksgiving weekend ok for a tune-up?", "Of course — which day works for you?"),
    ),
  ]);
});

describe("a middle dot inside a line separates items", () => {
  it("splits '·' and '•' lists into lines", () => {
    expect(normaliseMessage("Tue 10–6 · Sat 9–3 • Sun closed")).toBe("Tue 10–6\nSat 9–3\nSun closed");
  });
  describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data" }, [
    ok("hours?", "Tue–Wed 10–6 · Thu 10–7 · Fri 10–6 · Sat 9–3 · Sun & Mon closed."),
    ok("hours?", "Tuesday 10–6 • Saturday 9–3 • Monday closed"),
    bad("hours?", "Tue–Wed 10–6 · Thu 10–7 · Fri 10–6 · Sat 9–5 · Sun & Mon closed."),
    bad("hours?", "Tue 10–6 · Sun 10–4 · Mon closed"),
  ]);
});

describe("a phone number the customer gave in pieces, read back whole", () => {
  describeCheckTable(checkContact, { evaluator: "check-contact", mode: "bad_data" }, [
    ok("555 0123 area code 971", "Thanks! I have (971) 555-0123."),
    ok("number is 0188 555, area 503", "Got it: 503-555-0188."),
    ok("its 555-0199, 541 area code", "So that's 541-555-0199 — right?"),
    bad("555 0123 area code 971", "Thanks! I have (971) 555-0132."),
    bad("555 0123", "You can reach us at (971) 555-0123."),
  ]);
});

describe("the customer's story is not what they ask for", () => {
  describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
    ok(
      "I bought a used bike online. Can you check it's safe?",
      "Yes, we can check it — the safety inspection is free.",
    ),
    ok(
      "My rental bike broke last week. Can you look at my own bike's brakes?",
      "Sure, we can adjust those — no appointment needed.",
    ),
    ok("I saw e-bikes for sale next door. Do you true wheels?", "Yes, we do — $30 per wheel."),
    bad("Can you sell me a used bike?", "Yes, we can do that!"),
    bad("Do you rent bikes? I'm visiting.", "Sure, we can sort that out for you."),
  ]);
});

describe("a 'rush job' promise is a turnaround, not busy-time talk", () => {
  describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data" }, [
    bad("tune-up back same day?", "I'll mark the tune-up as a rush job and have it ready by end of day."),
    bad("full service faster?", "As a rush order the full service takes 1 day."),
    ok("when's busy?", "Our morning rush runs 10 till noon; a tune-up still takes up to 2 business days."),
    ok("tune-up quick?", "No rush jobs, sorry: a tune-up is ready within 2 business days."),
  ]);
});

// "around 10:15" is a loose time: a reply naming only the day has agreed to no exact slot (off the grid or not); one
// that says it back has, and a loose time after closing is still after closing.
describe("a time the customer gave loosely is not taken unless said back", () => {
  describeCheckTable(checkClosedTimeBooking, { evaluator: "check-closed-time-booking", mode: "over_eager" }, [
    ok(
      "tune-up thursday around 10:15?",
      "Sure — Thursday, June 4 is open for tune-up drop-offs. Your name and number?",
    ),
    ok(
      "full service friday 2:45ish?",
      "Friday, June 5 works for a full service. Can I get your name and a phone number?",
    ),
    ok(
      "drop off tuesday about 11:20",
      "Tuesday, June 9 is fine. What name should I put it under, and a phone or email?",
    ),
    ok("thursday at 4:30 or so", "Thursday, June 4 is available. Could I get your name and phone number?"),
    // Loose is still precise enough to say the shop is shut then.
    bad("tune-up saturday around 5:30?", "Sure — Saturday, June 6 works. Can I get your name and a phone number?"),
    bad("tune-up thursday 10:15?", "Sure — Thursday, June 4 at 10:15 is yours. Your name and number?"),
    bad(
      "tune-up thursday around 10:15?",
      "Sure — Thursday, June 4 at 10:15 works. Can I get your name and a phone number?",
    ),
  ]);
});
