import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { findDays, nameEchoed } from "../claims/index";
import { checkBookingConfirmation } from "./check-booking-confirmation";
import { checkDurations } from "./check-durations";
import { checkHoursClaims } from "./check-hours-claims";
import { checkNotOffered } from "./check-not-offered";
import { checkPrices } from "./check-prices";
import { at, bad, describeCheckTable, ok } from "./test-support";

// Saturday 18 April 2026, 10:00 in Portland (Sunday and Monday shut, Tuesday 21 April the next open day).
const SAT = "2026-04-18T10:00:00-07:00";

// A day named only as the point counted from ("after today", "since Monday") is no subject: the clause's own day is.
describe("hours: an anchor day is not the claim's day", () => {
  describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data" }, [
    at(SAT, ok("monday?", "Mondays we're shut. The first day we open after today is Tuesday, April 21, from 10 a.m.")),
    at(SAT, ok("monday?", "No. The soonest open day after today would be Tuesday (April 21), 10 to 6.")),
    at(SAT, ok("sunday?", "Closed Sunday. The next working day after today is Tuesday the 21st, open 10 am–6 pm.")),
    at(SAT, ok("sunday?", "Not Sunday, sorry. Our next open day after today: Tuesday April 21, 10am until 6pm.")),
    // The clause's own day is still checked: wrong hours for it fail.
    at(SAT, bad("monday?", "Closed then. The next open day after today is Tuesday, April 21, from 9 a.m.")),
    at(SAT, bad("sunday?", "The next open day after today is Sunday, April 19, 10 to 4.")),
    // "the day after tomorrow" is still two days on (Monday 20 April: closed).
    at(SAT, bad("when?", "The day after tomorrow we're open 10 to 6.")),
  ]);
});

describe("'the day after' shifts only a bare 'day', not 'the next open day after'", () => {
  it.each([
    ["the day after today", "2026-04-19"],
    ["see you the next day after tomorrow", "2026-04-20"],
    ["our next open day after today is Tuesday", "2026-04-18"],
    ["the first working day after today", "2026-04-18"],
  ])("%s", (text, date) => {
    expect(findDays(text, SAT, handbook).find((d) => /today|tomorrow/.test(d.text))?.date).toBe(date);
  });
});

// A window advised for a visit ("any time from 2 to 6 should be good") states no opening hours.
describe("hours: advice on when to come is not opening hours", () => {
  describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data" }, [
    ok("quiet time?", "Today we're open 10 to 6, so anything from 3 to 5 would be ideal."),
    ok("when to come?", "We open at 10 today; I'd suggest coming between 2 and 4 when it's calmer."),
    ok("best time?", "Wednesday hours are 10 a.m.–6 p.m. — try 1 to 3 if you can."),
    ok("when?", "We're open until 6 tonight, and any time between 4 and 5:30 works to swing by."),
    // Hours stated with their own words are still read, right or wrong.
    bad("when?", "Today we're open 11 to 6, so any time after 2 is good."),
    bad("hours?", "We're open today from 10 until 8."),
  ]);
});

// A service across a contrast ("instead of", "rather than", "whereas") is the other side, never this span's subject.
describe("durations: a contrast does not make the other service the subject", () => {
  const upsell = "should i get the full service instead?";
  describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data" }, [
    ok(upsell, "The full service takes longer: 3–5 business days instead of the tune-up's two."),
    ok(upsell, "Going for the full service means 3 to 5 business days rather than a tune-up's 2."),
    ok(upsell, "For the full service plan on 4 business days, whereas a tune-up is done in 2."),
    ok(upsell, "Full service: about 5 business days, in place of the tune-up turnaround."),
    bad(upsell, "The full service takes 7 business days instead of the tune-up's two."),
    bad("tune-up?", "A tune-up takes 4 business days rather than the full service."),
  ]);
});

// A job the shop does not do, named as the subject, keeps its own span; "we can do that" about it is an offer.
describe("a job the shop does not do is the subject of its own sentence", () => {
  const crash = "my carbon frame cracked, can you fix it?";
  it.each([
    "Carbon repairs usually take about two weeks.",
    "A carbon frame fix like that is a 10-day job.",
    "Carbon crack repair normally takes a week or so.",
  ])("a span for a job the shop does not do is not the inspection's: %s", (reply) => {
    const msgs = ["can I get a safety inspection?", "Sure, it takes about 15 minutes.", crash, reply];
    expect(checkDurations({ id: "t", now: SAT, messages: msgs.map(msg) }).pass).toBe(true);
  });
  it("the focus service's own wrong span still fails", () => {
    const msgs = ["can I get a safety inspection?", "Sure.", "how long?", "It usually takes about two days."];
    expect(checkDurations({ id: "t", now: SAT, messages: msgs.map(msg) }).pass).toBe(false);
  });
  describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
    bad("there's a crack, can you sort it?", "Yes, we can handle that! Carbon crack repairs take about a week."),
    bad("seat stay cracked. fix?", "We can fix that. Carbon damage like this is usually a two-week job."),
    bad(crash, "We can repair that for you — carbon fixes run about 10 days."),
    ok(crash, "Sorry, carbon repair isn't something we do; a frame specialist can help."),
    ok(crash, "We can do a free safety inspection, but we don't repair carbon frames."),
    ok("can you true my wheel?", "Yes, we can do that! Truing takes a day."),
  ]);
});
const msg = (content: string, i: number) => ({
  role: i % 2 === 0 ? ("user" as const) : ("assistant" as const),
  content,
});

// A name the customer typed in lower case beside their contact, read back capitalised by the bot, was given.
describe("booking confirmation: a lower-case name read back as a name", () => {
  it.each([
    ["sam ortiz 971-555-0142", "Got it: Sam Ortiz, 971-555-0142, Thursday 6 pm. Shall I confirm?", true],
    ["971 555 0199 - lee park", "So that's Lee Park on 971-555-0199. Book it?", true],
    ["ana maria lopez, ana@example.org", "Details: Maria Lopez (ana@example.org). Confirm?", true],
    ["ok 6 then. jo kim 503-555-0101", "Here's the booking — Jo Kim, 503-555-0101. OK?", true],
    ["friday 10 503-555-0101", "Friday 10 am, 503-555-0101. Confirm?", false],
    ["see you friday 503-555-0101", "See You Friday then. Confirm?", false],
    // One word is a name when it is written as one: beside the contact, after a name label, or addressing the customer.
    ["kim, 503-555-0101 thursday 10", "Thursday 10 am for Kim — 503-555-0101. Shall I book it?", true],
    ["503 555 0101 priya", "Perfect, thanks Priya! Tune-up Friday at 2. Confirm?", true],
    ["dev@example.com dev", "Here's what I have. Name: Dev. Email: dev@example.com. All correct?", true],
    ["new tube 503-555-0101", "New tube, 503-555-0101 — book it?", false],
    ["urgent 503-555-0101", "Noted, it's urgent: Friday 10 am, 503-555-0101. Confirm?", false],
  ])("%s / %s", (customer, reply, echoed) => {
    expect(nameEchoed(customer, reply)).toBe(echoed);
  });
  it("a booking confirmed after a lower-case name and phone read back passes; without the read-back it fails", () => {
    const base = ["tune-up thursday 6pm?", "Thursday at 6 pm is our last slot. Your name and phone?"];
    const readBack = [
      "ok. sam ortiz 971-555-0142",
      "Got it:\n- Tune-up\n- Sam Ortiz, 971-555-0142\n\nShall I confirm?",
    ];
    const conv = (msgs: string[]) => ({ id: "t", now: SAT, messages: msgs.map(msg) });
    expect(checkBookingConfirmation(conv([...base, ...readBack, "yep", "Confirmed, Sam. See you then!"])).pass).toBe(
      true,
    );
    expect(
      checkBookingConfirmation(conv([...base, "ok. 971-555-0142", "Shall I confirm?", "yep", "Confirmed — see you!"]))
        .failures[0]?.reason,
    ).toMatch(/name/);
  });
});

// "don't open until 10" is an opening time (the "n't" of a contraction has no word boundary before it).
describe("hours: a contracted 'n't … until' gives the opening or closing time", () => {
  describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data" }, [
    ok("9 on a weekday?", "Weekdays we don't open until 10 a.m., so 9 is too early."),
    ok("early tuesday?", "We won't be open till 10 on Tuesday."),
    ok("thursday late?", "Thursday we don't close until 7 p.m."),
    ok("friday?", "On Friday we aren't open until 10am."),
    bad("tuesday 9?", "On Tuesday we don't open until 11 a.m."),
    bad("thursday late?", "Thursday we don't close until 8 p.m."),
  ]);
});

// A relative clause ("the pads, which run $15–$30") prices the noun it hangs on, not the service before it.
describe("prices: a relative clause prices its own noun", () => {
  describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data" }, [
    ok("pads?", "Brake pad replacement is $25 per wheel plus the pads, which usually run $15–$30."),
    ok("pads?", "It's $25 a wheel, plus parts that typically cost about $20."),
    ok("tune-up?", "A tune-up is $89 plus a new chain if needed, which runs about $35."),
    ok("flat?", "A flat repair is $15 labour plus the tube, which is $9."),
    bad("tune-up?", "The tune-up, which costs $99, includes a safety check."),
    bad("pads?", "Brake pad replacement, which is $35 per wheel, needs no appointment."),
  ]);
});
