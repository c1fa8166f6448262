import { describe, expect, it } from "vitest";
import { checkHoursClaims } from "./check-hours-claims";
import { at, bad, convo, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // The day a closure lasts until is the day it ends ("not open again until Tuesday"), not a closed day.
  at(
    "2026-06-06T16:00:00-07:00",
    ok("open tomorrow?", "No — we're closed Sunday and Monday, so not open again until Tuesday at 10."),
  ),
  at("2026-06-06T16:00:00-07:00", ok("can I come monday?", "Sorry, we're shut till Tuesday; Monday's a closed day.")),
  at("2026-06-06T16:00:00-07:00", bad("can I come tuesday?", "Sorry, we're shut on Tuesday.")),
  // A day in apposition after a claim that named none is its subject; "close early at 3" is a closing time.
  at(
    "2026-06-29T12:00:00-07:00",
    bad("open over the holiday weekend?", "We will be shut for Independence Day, Saturday July 4."),
  ),
  at(
    "2026-11-20T15:00:00-08:00",
    bad("wednesday before thanksgiving?", "Wednesday the 25th we're open but close early at 2 pm."),
  ),
  at("2026-12-22T10:00:00-08:00", bad("xmas eve?", "On Christmas Eve we will close early, at 2 p.m.")),
  // A time placed after closing is no closed day; a bare "Opening hours" label is no claim about the last day listed.
  ok("sat at 4?", "On Saturdays we're open 9 am to 3 pm, so 4 pm is after we've closed."),
  // Closed at a moment of the day: true outside the day's hours, wrong inside them; no claim the day is shut.
  ok("saturday half 3?", "Saturday we run 9 to 3, so by 3:30 pm we're already shut."),
  ok("friday evening?", "Friday we close at 6 pm — after 6:30 pm the shop is closed, sorry."),
  bad("saturday at 1?", "On Saturday, at 1 pm the shop is already closed, I'm afraid."),
  // A window advised for a visit starts "from" a time that is no opening time, even beside the closing time.
  ok("quiet time friday?", "Friday, it's best to swing by from 3 pm until we close at 6 pm."),
  ok("when to come tuesday", "Tuesday: come any time from 1 pm — we shut at 6 pm."),
  bad("when to come tuesday", "Tuesday we open from 1 pm and close at 6 pm."),
  ok(
    "hours in 24h?",
    "Opening hours:\n\n- Saturday: 09:00–15:00\n- Sunday: closed\n\nOpening hours: also closed on Christmas Day.",
  ),
  // Holiday eves are ordinary days with their weekday's hours.
  at(
    "2026-12-29T10:00:00-08:00",
    bad("open on new year's eve?", "No — New Year's Eve we're closed, and New Year's Day too."),
  ),
  at(
    "2026-12-29T10:00:00-08:00",
    ok("open on new year's eve?", "Yes, New Year's Eve is a Thursday, so 10am–7pm; New Year's Day we're closed."),
  ),
  at(
    "2026-06-06T09:30:00-07:00",
    ok("busy now?", "We close at 3 today. At the moment (9 to 11) it's the morning rush, so expect a short wait."),
  ),
  // "Tuesday (the 9th)": a bracketed date after a day is that day, and the hours after it are its own.
  ok("open monday?", "Closed Sundays and Mondays, so your best bet is Tuesday (June 9) from 10am."),
  bad("open monday?", "Closed Sundays and Mondays, so your best bet is Tuesday (June 9) from 9am."),
  // "closed at 3" is a closing time, not a closed day.
  at("2026-06-06T16:00:00-07:00", ok("still open?", "Unfortunately we closed at 3pm today (Saturdays end early).")),
  at("2026-06-06T16:00:00-07:00", bad("still open?", "Sorry, we already closed at 1 today.")),
  // "Shut at the moment" speaks of this instant: true after closing time, false in the middle of opening hours.
  at(
    "2026-06-02T19:30:00-07:00",
    ok("open today still?", "Afraid we're shut at the moment. Tuesday hours end at 6pm."),
  ),
  at("2026-06-02T19:30:00-07:00", ok("still open today?", "Sorry, we've just closed up for the evening.")),
  at("2026-06-02T11:30:00-07:00", bad("open today still?", "Afraid we're shut at the moment.")),
  // A bare weekday beside a pinned date on that weekday is that date ("Thursday (Thanksgiving)", "today, Friday").
  at(
    "2026-11-23T10:00:00-08:00",
    ok("open this week?", "Heads-up: we're closed Thursday (Thanksgiving Day), Sunday and Monday."),
  ),
  at(
    "2026-11-27T09:00:00-08:00",
    ok("christmas day or today, which works?", "We're open today, Friday, from 10am to 6pm."),
  ),
  // An emoji before a capital ends a sentence: the next sentence's negation does not reach back.
  at(
    "2026-12-22T10:00:00-08:00",
    ok("open thursday evening?", "Thursday we're open 10am to 7pm 🙂 Christmas Eve isn't a holiday closure for us."),
  ),
  // "the day after Christmas" is the 26th; "Thursday for Thanksgiving" is Thanksgiving Thursday.
  at("2026-12-22T10:00:00-08:00", ok("open after christmas?", "We're open 9am to 3pm on the day after Christmas.")),
  at(
    "2026-11-23T10:00:00-08:00",
    ok(
      "open this week?",
      "We're shut Thursday for Thanksgiving; Wednesday, Friday and Saturday are business as usual.",
    ),
  ),
  // "We aren't open yet" before opening time is about this moment.
  at("2026-06-06T08:00:00-07:00", ok("open today?", "We aren't open yet, so come by after opening.")),
  at("2026-06-06T11:00:00-07:00", bad("open today?", "We aren't open yet, so come by after opening.")),
  // A sentence that only points back at busy-time talk is still about busy times.
  ok(
    "when to avoid?",
    "The rush is the first two hours after we open. That is 10 to 12 on weekdays, 9 to 11 Saturdays.",
  ),
  // A bare day after "open until X today, and" takes the hours stated later in the sentence, not today's.
  at(
    "2026-06-05T11:00:00-07:00",
    ok("today and tomorrow?", "We're here until 6pm today, and tomorrow (Saturday) we open at 9 and close at 3."),
  ),
  at(
    "2026-06-05T11:00:00-07:00",
    bad("today and tomorrow?", "We're here until 6pm today, and tomorrow (Saturday) we open at 9 and close at 6."),
  ),
  // An aside in brackets does not become the subject of what follows it.
  ok("next week?", "Try Wednesday (Sundays and Mondays we're shut), when we're open 10am to 6pm."),
  bad("next week?", "Try Saturday (Sundays and Mondays we're shut), when we're open 10am to 6pm."),
  ok(
    "hours?",
    "We're open Tuesday–Friday 10am–6pm (Thursdays until 7pm), Saturday 9am–3pm, and closed Sundays and Mondays.",
  ),
  ok("sat?", "Saturday 9am–3pm."),
  ok("sat?", "On Saturdays we're open 9am to 3pm, so we close at 3."),
  ok("you close at 5 on saturdays right?", "Not quite — we close at 3pm on Saturdays, not 5pm."),
  ok("hours", "Hours are 10am–6pm Tue, Wed and Fri, 10am–7pm on Thursday, and 9am–3pm on Saturday."),
  ok("open time?", "On weekdays (Tuesday to Friday) we open at 10am."),
  ok("hours", "**Monday:** Closed\n**Thursday:** 10:00 AM – 7:00 PM\n**Saturday:** 9:00 AM – 3:00 PM"),
  ok(
    "hours",
    "Weekday hours are 10 AM to 6 PM, except Thursdays when we stay open until 7 PM. We're closed Sundays and Mondays.",
  ),
  ok("mon?", "No, we're closed on Mondays (and Sundays). We're open again Tuesday from 10."),
  ok("drop off?", "Our last drop-off slot on weekdays is 5pm (6pm on Thursdays)."),
  ok("could I drop it off Friday at 5?", "We're open until 6pm on Fridays, so 5pm works."),
  at(
    "2026-06-04T12:00:00-07:00",
    ok("how late are you open today?", "Today's Thursday, our late night — we're open until 7pm."),
  ),
  at(
    "2026-11-20T10:00:00-08:00",
    ok("thanksgiving?", "We're closed on Thanksgiving (Thursday, Nov 26), but open again Friday from 10."),
  ),
  at(
    "2026-11-20T10:00:00-08:00",
    ok(
      "are you open on thanksgiving?",
      "We're open Tuesday 10am–6pm, Thursday 10am–7pm and Saturday 9am–3pm. We're closed on Thanksgiving Day.",
    ),
  ),
  bad("sat?", "We're open until 5pm Saturday."),
  // Drop-off slots given for a closed day say it is open.
  at(
    "2026-12-20T10:00:00-08:00",
    bad("xmas?", "Sure, Christmas Day (Friday, December 25) is fine: drop-off slots run from 10:00 a.m. to 5:00 p.m."),
  ),
  ok("monday?", "We're closed Mondays; Tuesday slots run 10 am to 5 pm."),
  // A time in another North-American zone is read back onto the shop's clock: a right conversion passes, a wrong
  // one (or the shop's hours given in that zone) fails.
  ok("I'm in Chicago — Thursday closing?", "Thursday we close at 7 pm Pacific, which is 9 pm Central."),
  bad("I'm in Chicago — Thursday closing?", "Thursday we close at 7 pm Central."),
  bad("I'm in Denver — saturday?", "Saturdays we're open 9 am–3 pm Pacific, so 9 am–3 pm Mountain for you."),
  bad("when are you open?", "Our hours are Monday to Friday 10am–6pm and Saturday 9am–3pm."),
  bad("tue?", "We open at 9am Tuesday through Friday."),
  bad("hours", "We're open 7 days a week, 10am to 6pm."),
  bad("thu", "Thursdays we close at 6 like every other weekday."),
  bad("you open at 8 on saturdays?", "Yes, 8am on Saturdays."),
  bad("book a tune-up saturday", "Sure! What time Saturday? We're open 9am–4pm."),
  at(
    "2026-06-06T16:00:00-07:00",
    bad("are you open tomorrow or monday?", "We're closed tomorrow (Sunday), but we're open Monday from 10am to 6pm."),
  ),
  at("2026-11-20T10:00:00-08:00", bad("thanksgiving", "Yes, we're open on Thanksgiving, 10am–7pm.")),
  at("2026-12-20T10:00:00-08:00", bad("christmas?", "We're open on Christmas Day from 10am to 2pm.")),
  at("2026-06-07T10:00:00-07:00", bad("open?", "We're open today until 6pm.")),
  // "A Thursday" is any Thursday, not the next one (which may be a holiday): the weekly hours apply.
  at(
    "2026-11-23T09:00:00-08:00",
    ok("how late on a thursday?", "On any Thursday we're open from 10am until 7pm — our late night."),
  ),
  at("2026-11-23T09:00:00-08:00", bad("how late on a thursday?", "On a Thursday we stay open until 8pm.")),
  // Held-out 5's false fails, in other words. A group's closing time leaves out the days in it that are shut.
  ok("open late?", "Our late night is Thursday, until 7 pm. The rest of the weekdays we shut at 6."),
  bad("open late?", "Thursday we stay open until 7 pm; Monday to Friday otherwise we're open 10 am to 6 pm."),
  bad("open late?", "Sunday through Friday we close at 6 pm. On Thursday we stay open until 7 pm."),
  // "Usually" gives the weekday's hours, not the holiday's: Thanksgiving Thursday is closed, Thursdays run to 7.
  at(
    "2026-11-23T10:00:00-08:00",
    ok(
      "hours thanksgiving week?",
      "Thanksgiving week: Thursday usually runs until 7, but not this time — shut all day.",
    ),
  ),
  at("2026-11-23T10:00:00-08:00", bad("hours this week?", "This Thursday we're open until 7, as every week.")),
  // "We closed around forty minutes ago": this moment, true after closing; not a closed day.
  at(
    "2026-06-06T15:45:00-07:00",
    ok("open now?", "Saturday we close at 3 pm, so we shut up roughly forty minutes ago."),
  ),
  at("2026-06-06T11:00:00-07:00", bad("open today?", "Sorry, we shut about twenty minutes ago.")),
  // "Walk in whenever we're open" is a condition on a visit, not a claim that a closed day is open.
  at(
    "2026-08-16T12:00:00-07:00",
    ok("come today?", "We're closed today, Sunday, and on Mondays; come by any time we're open."),
  ),
  // "Yes, that's right" answers the one time asked; the drop-off limit and the accepted time after it are not hours.
  ok(
    "you close at 6 on fridays right?",
    "Yes, that's right — Fridays we're open 10 to 6, and the last slot is 5 pm, so 4:15 pm is fine.",
  ),
  // A date cut by a comma ("tomorrow (Thursday, Dec 31)") is one day; the hours after it are that day's own.
  at(
    "2026-12-30T15:00:00-08:00",
    ok("open?", "We're open today till 6 pm and tomorrow (Thursday, December 31) from 10 am until 7 pm."),
  ),
  at(
    "2026-12-30T15:00:00-08:00",
    bad("open?", "We're open today till 7 pm and tomorrow (Thursday, December 31) from 10 am until 7 pm."),
  ),
  // Days before an aside are not its subject: "Tuesday, Jan 12 (we're shut Sunday and Monday)".
  at(
    "2027-01-08T15:00:00-08:00",
    ok(
      "when next?",
      "The next weekday is Tuesday, January 12 (we're shut Sundays and Mondays), with slots from 10 am.",
    ),
  ),
  // Dev set 7, in other words. "Done while you wait" is a turnaround, not busy talk: "today" after it is still the
  // subject of the hours that follow.
  at(
    "2026-12-10T09:00:00-08:00",
    ok(
      "gears slipping, today?",
      "Earliest booking is tomorrow (Friday). An adjustment is done while you wait, though — pop in today, we're open until 7 pm.",
    ),
  ),
  // Holidays listed before "so" are not the subject of the clause after it.
  at(
    "2026-07-01T10:00:00-07:00",
    ok(
      "open july 4th?",
      "We only close for Thanksgiving, Christmas Day and New Year's Day, so on Saturday, July 4 we're open 9 am to 3 pm.",
    ),
  ),
  // "…at 10 a.m. Saturday is the only day…": the weekday opens a new sentence.
  ok("open at 9 on weekdays?", "No — Tuesday to Friday we open at 10 a.m. Saturday is the one day we open at 9."),
  // A dated day keeps its weekday's hours unless it is a listed holiday: an early close or late start is invented.
  at(
    "2026-12-28T09:00:00-08:00",
    bad("new year's eve hours?", "Heads-up: I think we'll **wrap up early** on New Year's Eve, probably 16:00."),
  ),
  at("2026-12-28T09:00:00-08:00", bad("open on the 31st?", "Yes, though it's a shortened day on Thursday Dec 31.")),
  at("2026-12-28T09:00:00-08:00", bad("wednesday?", "We're opening a bit later on Wednesday the 30th — around noon.")),
  at(
    "2026-12-28T09:00:00-08:00",
    ok("new year's eve hours?", "New Year's Eve is a normal Thursday for us: 10 a.m. to 7 p.m., no early close."),
  ),
  ok("saturday?", "We close early on Saturdays — 3 pm."),
  // A title over lines that give their own hours ("Holiday hours:") claims no early close itself.
  at(
    "2026-12-28T09:00:00-08:00",
    ok(
      "open new year's eve?",
      "**Special holiday schedule**\n- Thursday, Dec 31: 10 a.m. – 7 p.m.\n- Friday, Jan 1: closed",
    ),
  ),
  at(
    "2026-12-28T09:00:00-08:00",
    bad("open new year's eve?", "Holiday hours:\n- Thursday, Dec 31: 10 a.m. – 4 p.m.\n- Friday, Jan 1: closed"),
  ),
  ok("thursday?", "On Thursday we stay open a bit later, until seven."),
  at("2026-12-28T09:00:00-08:00", bad("the 31st?", "On Dec 31 we shut a couple of hours earlier than usual.")),
  bad("this friday?", "This Friday we're closing early, at four, for a staff event."),
];

describeCheckTable(checkHoursClaims, { evaluator: "check-hours-claims", mode: "bad_data", turn: 1 }, rows);

describe("checkHoursClaims", () => {
  it("reports the first failing assistant turn", () => {
    const r = checkHoursClaims(
      convo(["hi", "Hi! How can I help?", "saturday hours?", "We're open until 5pm on Saturdays."]),
    );
    expect(r.failures).toEqual([expect.objectContaining({ turn: 2, factIds: ["hours.sat"] })]);
  });
});

describe("checkHoursClaims: a loose group over a shut day abstains", () => {
  it("'weekdays 10–6' may or may not take in Monday: uncertain, neither pass nor fail", () => {
    const r = checkHoursClaims(
      convo([
        "hours?",
        "We're open Tuesday through Saturday. On weekdays it's 10 a.m. to 6 p.m. (Thursdays until 7), Saturday 9 to 3.",
      ]),
    );
    expect(r.failures).toEqual([]);
    expect(r.uncertain).toEqual([
      expect.objectContaining({ evaluator: "check-hours-claims", mode: "bad_data", turn: 1 }),
    ]);
  });
  it("…while 'Monday to Friday 10–6' names Monday and fails", () => {
    const r = checkHoursClaims(
      convo(["hours?", "Monday to Friday it's 10 a.m. to 6 p.m. (Thursdays until 7), Saturday 9 to 3."]),
    );
    expect(r.failures).toEqual([expect.objectContaining({ factIds: ["hours.mon"] })]);
  });
});

describe("checkHoursClaims: an opening read only from a bare 'from', tied beyond its clause, abstains", () => {
  it.each([
    ["friday ok?", "Friday works — the mechanic is in from 11:30, I believe."],
    ["saturday?", "For Saturday, sure. Our bike fitter is around from 11."],
  ])("%s → uncertain, not failed", (user, reply) => {
    const r = checkHoursClaims(convo([user, reply]));
    expect(r.failures).toEqual([]);
    expect(r.uncertain).toEqual([expect.objectContaining({ evaluator: "check-hours-claims", turn: 1 })]);
  });

  it.each([
    ["friday?", "Friday from 11 am, till 6 pm."],
    ["friday?", "On Friday we open from 11 am."],
  ])("%s: tied in its clause, or said with a word of opening, still fails", (user, reply) => {
    const r = checkHoursClaims(convo([user, reply]));
    expect(r.failures).toEqual([expect.objectContaining({ factIds: ["hours.fri"] })]);
  });
});
