import { describe, expect, it } from "vitest";
import { checkBusyTimes } from "../checks/check-busy-times";
import { bad, convo, describeCheckTable, ok, type Row } from "../checks/test-support";
import { busyStances } from "./busy-stance";
import { normaliseMessage } from "./normalise";

const stances = (reply: string, user = "when is it least busy?") =>
  busyStances(normaliseMessage(reply), user).map((s) => [s.opening ? "opening" : s.from, s.stance]);

describe("busyStances: (period × stance), the stance from the nearest cue of the period's clause", () => {
  it.each([
    [
      "Mornings are packed, afternoons are calm.",
      [
        [0, "busy"],
        [840, "quiet"],
      ],
    ],
    ["**Tip:** right at opening is your best bet, before it gets busy.", [["opening", "quiet"]]],
    [
      "I'd probably aim for around 11, once the opening rush has died down.",
      [
        ["opening", "busy"],
        [660, "quiet"],
      ],
    ],
    [
      "To dodge the queue, skip 10–noon and come after 2.",
      [
        [600, "busy"],
        [840, "quiet"],
      ],
    ],
    ["The line tends to build up in the afternoon.", [[840, "busy"]]],
  ])("%s", (reply, expected) => {
    expect(stances(reply)).toEqual(expected);
  });

  it("a recommendation is a quiet stance only when waiting is the topic", () => {
    expect(stances("Your best bet is Tuesday at 10.", "can I book a tune-up?")).toEqual([]);
    expect(stances("Your best bet is Tuesday at 10.", "when is the queue shortest?")).toEqual([[600, "quiet"]]);
  });

  it("days named earlier in the reply stay the subject", () => {
    const [s] = busyStances("Saturday we're open 9 to 3. It's quiet later in the morning.", "busy?");
    expect(s?.days).toEqual(["sat"]);
  });
});

const rows: Row[] = [
  // Inverted advice, in several frames: recommendation, subordinate clause, bullet under a heading, terse.
  bad("how do I avoid waiting around?", "Your best bet is **right at opening (10 a.m.)**, before things get busy."),
  bad("least busy?", "Weekday afternoons are generally our busiest stretch."),
  bad("when to come?", "I'd aim for late morning, around 11 a.m., once the opening rush has died down."),
  bad("quiet times?", "**When to come**\n- Afternoons: the queue tends to build up\n- Mornings: usually calm"),
  bad("least busy?", "Quietest: first thing."),
  bad("line on saturday?", "Saturday mornings are normally dead quiet."),
  // True advice in the same frames must pass.
  ok("how do I avoid waiting around?", "Your best bet is **after 2 p.m.**, once the morning rush has died down."),
  ok("least busy?", "Weekday afternoons are generally our quietest stretch."),
  ok("when to come?", "I'd skip 10 to noon (the morning rush) and aim for mid-afternoon."),
  ok("quiet times?", "**When to come**\n- Afternoons: usually calm\n- Mornings: the queue tends to build up"),
  ok("least busy?", "Busiest: first thing."),
  ok("line on saturday?", "Saturdays it's busiest 9 to 11, so later in the morning is quicker."),
  ok("walk in?", "Sure, flat repairs are done while you wait. Your best bet is any time we're open."),
  // A stance inside brackets is an aside about what the brackets name, not about a time outside them.
  ok("open sunday?", "No, we're back Tuesday at 10 a.m. (mid-week afternoons are calmest, by the way)."),
  ok("when can I drop it?", "Friday at 10:30 works for drop-off (the least busy stretch is after 2 pm)."),
  bad("least busy?", "Come by around 10 a.m. (that's our quietest hour)."),
];

describeCheckTable(checkBusyTimes, { evaluator: "check-busy-times", mode: "bad_data" }, rows);

it("a quiet stance names the busy fact; a busy stance names the quiet fact", () => {
  const quiet = checkBusyTimes(convo(["least busy?", "Come first thing, it's quietest then."]));
  const busy = checkBusyTimes(convo(["least busy?", "Afternoons are our rush."]));
  expect(quiet.failures[0]?.factIds).toEqual(["busy.morning"]);
  expect(busy.failures[0]?.factIds).toEqual(["busy.quiet"]);
});
