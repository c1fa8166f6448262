import { describe, expect, it } from "vitest";
import { checkDurations } from "./check-durations";
import { bad, convo, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // "I can guarantee it'll be ready …" promises a turnaround; only the noun ("a 30-day guarantee") is workmanship talk.
  bad(
    "tune-up thursday, can I get it back that night?",
    "For a tune-up we guarantee you'll have it back the same evening.",
  ),
  bad(
    "full service friday?",
    "Bring it in Friday at 10 and I can guarantee the full service will be done the same day.",
  ),
  ok("tune-up warranty?", "A tune-up comes with a 30-day guarantee on the adjustments."),
  // A span set aside ("rather than an hour", "instead of a week") is not stated.
  ok("1 hour tune-up?", "A tune-up is ready within 2 business days rather than in an hour."),
  bad("1 hour tune-up?", "A tune-up takes about an hour rather than a whole day."),
  // Negation reaches the span, not a later "no booking needed" in the same clause; elapsed time is no turnaround.
  bad("inspection?", "Free safety inspection — takes around 45 minutes, no booking needed."),
  ok("inspection?", "Free safety inspection — takes around 15 minutes, no booking needed."),
  ok("re-adjust after my overhaul?", "It's been 12 days since the full service, so you're inside the 30-day window."),
  ok("tune-up?", "It's ready after 2 business days at most."),
  // A flat is "about 20 minutes": three quarters of an hour is a wrong figure even when it is still "while you wait".
  bad("puncture cost?", "Labour $15 plus a $9 tube.\n- Wait time: roughly 45 minutes while you wait"),
  ok("puncture cost?", "It's $24 with the tube, and takes 15 to 20 minutes while you wait."),
  // A cancellation deadline ("up to 24 hours before") after a booking is no turnaround of the service booked.
  ok(
    "full service please, yes book it",
    "Booked: full service, Tuesday 10:30.\nChange of plans? Cancelling is free until 24 hours before; within 24 hours, just phone the shop.",
  ),
  // "adds … new cables" lists what the full service includes: the cable job is not the subject of its turnaround.
  ok("tune-up vs full?", "The full service ($179) adds new cables and bearing work, and takes 3 to 5 business days."),
  // "About 15 minutes" is not "around 30 minutes": twice the handbook's figure is a wrong figure, hedged or not.
  bad("how long is the safety check?", "The safety check should run around 30 minutes, give or take."),
  ok("how long is the safety check?", "The safety check is roughly 15-20 minutes."),
  // A list of what a service includes, after its name and a colon or dash, does not own the service's turnaround.
  ok(
    "what's in a full service?",
    "Full service: bearings, new cables, a safety check, and housing — back in 3-5 business days.",
  ),
  bad(
    "what's in a tune-up?",
    "The tune-up — gear indexing, a safety check, and a lube — takes about 3-5 business days.",
  ),
  // A service across a comparison ("compared with", "vs", "than") is the other side, not this duration's subject.
  ok("how long for a full service?", "Plan on 3 to 5 business days, compared with 2 business days for a tune-up."),
  ok(
    "full service turnaround?",
    "Full service: 3-5 business days, longer than a tune-up, which is back within 2 business days.",
  ),
  ok("overhaul was a month back, bearings loose", "Free re-adjustment applies. 25 days is still within that window."),
  ok("how long does a tune-up take?", "It's usually ready within 2 business days."),
  ok("full service?", "A full service is $179. Plan on 3–5 business days."),
  ok("flat?", "Flat repairs are usually done while you wait, about 20 minutes."),
  ok("tune up", "Tune-ups must be booked at least a day ahead; it'll be ready within two days."),
  ok("cancel?", "You can cancel free of charge up to 24 hours before."),
  ok(
    "tune up",
    "A standard tune-up is $89. It includes gear indexing, brake adjustment, wheel truing, safety check and drivetrain clean and lube. Timing: ready within 2 business days.",
  ),
  // A list of what a service includes keeps that service as the subject of the turnaround under it.
  ok(
    "overhaul?",
    "Overhaul ($179)\n* Hub and headset bearings\n* Fresh cables and housing\n* Allow 3 to 5 business days",
  ),
  ok(
    "and a tune?",
    "Tune-up, $89: wheel truing, a safety check and brake adjustment. Back to you within 2 business days.",
  ),
  // A past span ("ago") is no turnaround.
  ok("my tune up", "Your tune-up was only 10 days ago, so the free re-adjustment still applies."),
  ok("compare", "|  | Tune-up | Full service |\n|---|---|---|\n| Time needed | 2 business days | 3-5 business days |"),
  bad("compare", "|  | Tune-up | Full service |\n|---|---|---|\n| Time needed | 3-5 business days | 2 business days |"),
  bad("overhaul?", "Full service ($179)\n* New cables and housing\n* Done in about 2 hours"),
  // An elapsed time ("at 12 days", "it's been 3 days") is no turnaround, even when the free re-adjustment is "at no charge".
  ok(
    "tune-up 12 days ago, chain skipping",
    "At 12 days you're inside the 30 days, so bring it by and we'll re-index it at no charge.",
  ),
  bad("tune-up again?", "Bring it back and we'll redo the tune-up at no charge; it takes about 5 days."),
  // A span ending in "before" / "ahead" / "notice" is a lead time, and so is the same span said again beside it.
  ok(
    "full service booked, can I cancel?",
    "Sure, that's free as long as it's 48 hours ahead; within 48 hours just ring us.",
  ),
  ok("tune-up cancel?", "No charge if you tell us 24 hours beforehand. Within 24 hours, phone the shop."),
  bad("full service cancel?", "Cancel free up to 24 hours before; the full service itself is back within 2 days."),
  // What a service adds is an ingredient: the verb after it ("and takes …") belongs to the service.
  ok(
    "which one?",
    "Worth knowing: the overhaul, at $179, adds hub bearings plus new cables and housing, and takes 3-5 business days.",
  ),
  bad("which one?", "The full service adds fresh cables and housing and takes about 2 days."),
  bad("how long does a tune-up take?", "A tune-up usually takes about an hour, so you can wait for it."),
  bad("full", "A full service takes 1–2 days."),
  bad("flat", "Flat repairs take about 2 hours."),
  bad("tune", "Tune-ups are ready the same day if you drop off by 10."),
  bad("How long will my full service take?", "We'll have it back to you the same day if you drop it off before noon."),
  // A total over several bikes is no single job's turnaround; a lead time said once is that span elsewhere too;
  // an elapsed time with a hedge ("it's been about 3 days") is no turnaround.
  ok("3 bikes for inspection?", "An inspection is about 15 minutes a bike, so for three bikes allow 45 minutes or so."),
  bad("3 bikes for inspection?", "An inspection takes about 45 minutes, so allow that for each bike."),
  ok(
    "can I reschedule my full service?",
    "- Moving it more than 48 hours before drop-off is no problem.\n- For changes within 48 hours, please ring us.",
  ),
  ok("my full service?", "It's been about 3 days, and a full service takes 3–5 business days, so it's nearly done."),
  ok("two flats?", "Each flat takes about 20 minutes, so both wheels come to roughly 40 minutes total."),
  bad("two flats?", "A flat repair takes about 40 minutes."),
  bad("full service?", "A full service takes about 2 days in total."),
  // A bare span answering "how long" is a turnaround (no verb needed); a hedge ("normally", "generally") cues one too.
  bad("How long would you need the overhaul for?", "**Normally two to three working days.** Depends on parts."),
  bad("when will my tune-up be done?", "Generally 3-4 business days, give or take."),
  ok("How long would you need the overhaul for?", "**Normally three to five working days.** Depends on parts."),
  bad("quick question about the tune up", "Tune-ups normally run 4 to 6 hours on the stand."),
  // A coordinated clause after ", and" has its own predicate: the rush remark does not hide the figure before it.
  bad("safety check length?", "Budget roughly 25–40 minutes for the safety check, and more in the morning rush."),
  ok("safety check length?", "Budget about 15 minutes for the safety check, and more in the morning rush."),
  ok("flat?", "Expect a wait of 40 minutes in the morning rush."),
  // A distance in time or a span measured against a limit is no turnaround.
  ok("overhaul 3 weeks back, brakes rubbing", "Re-adjustment is free for 30 days, and 3 weeks is still within that."),
  ok("tune-up booked for saturday, cancel?", "Sure, Saturday is still four days away, so it's free to cancel."),
  ok("tune-up 2 weeks back?", "Re-adjustments are free within 30 days of a tune-up, so 2 weeks in, you're covered."),
  // Counts in words ("twenty-five"), hyphenated spans ("a 3-hour job") and "the same afternoon" are spans too.
  bad("how long is the safety check?", "Roughly thirty-five minutes for the safety check."),
  ok("how long is the safety check?", "Roughly fifteen minutes for the safety check."),
  bad("full service?", "The full service is a 6-hour job on the stand."),
  bad("when would I get the tune-up back?", "Usually **the same afternoon**."),
  bad("how long does a pad swap take?", "Normally an overnight job."),
  bad("how quick is a puncture fix?", "Fifty minutes, give or take."),
];

describeCheckTable(checkDurations, { evaluator: "check-durations", mode: "bad_data" }, rows);

describe("checkDurations abstains", () => {
  it("returns uncertain, not a pass or a fail, for a turnaround tied to no service", () => {
    const r = checkDurations(convo(["how long?", "It's usually ready in 3 days."]));
    expect(r.pass).toBe(true);
    expect(r.uncertain).toEqual([expect.objectContaining({ evaluator: "check-durations", mode: "bad_data", turn: 1 })]);
  });
});
