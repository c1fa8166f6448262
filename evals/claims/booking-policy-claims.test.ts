import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { assistantTurns } from "./assistant-turns";
import { policyClaims } from "./policy-claims";

const booking = (user: string, reply: string) => {
  const t = convo([user, reply], "2026-06-03T10:00:00-07:00");
  return policyClaims(assistantTurns(t)[0]!, t.now, handbook)
    .claims.filter((c) => c.kind === "booking")
    .map((c) => [c.service, c.value]);
};

describe("bookingPolicyClaims: a requirement put on the customer ('we need you to book')", () => {
  it.each([
    ["flat?", "For a **puncture** we'll need you to book an appointment first.", [["flat_repair", "required"]]],
    ["pads?", "- Brake pads: we ask customers to reserve a slot", [["brake_pads", "required"]]],
    ["truing", "Truing? You must book it — a day ahead.", [["truing", "required"]]],
    ["tune-up?", "I think a tune-up booking is mandatory.", [["tune_up", "required"]]],
    ["cable?", "Cables: we'd want you to schedule it.", [["cable", "required"]]],
  ])("%s / %s", (user, reply, expected) => {
    expect(booking(user, reply)).toEqual(expected);
  });

  it.each([
    ["flat?", "No need for you to book a flat — just come in."],
    ["pads?", "We don't need you to book brake pads."],
    ["flat?", "You don't have to reserve anything for a flat."],
    ["adjustment?", "Nobody must book an adjustment; it's first come, first served."],
  ])("a negated requirement is no requirement: %s / %s", (user, reply) => {
    expect(booking(user, reply).filter(([, v]) => v === "required")).toEqual([]);
  });
});

describe("bookingPolicyClaims: walk-in as a predicate with modifiers ('are quick walk-in jobs')", () => {
  it.each([
    ["cable?", "Cable swaps are quick walk-in jobs.", [["cable", "walk_in"]]],
    ["truing?", "**Wheel truing** is a simple walk-in repair.", [["truing", "walk_in"]]],
    ["tune?", "- Tune-up: usually a walk-in job", [["tune_up", "walk_in"]]],
    ["pads?", "Pads? They're also walk-in.", [["brake_pads", "walk_in"]]],
  ])("%s / %s", (user, reply, expected) => {
    expect(booking(user, reply)).toEqual(expected);
  });

  it.each([
    ["tune?", "A tune-up isn't a walk-in job — it has to be booked.", [["tune_up", "required"]]],
    ["cable?", "Cable replacement is not a quick walk-in fix; book it a day ahead.", [["cable", "required"]]],
  ])("a negated walk-in predicate is no walk-in claim: %s", (user, reply, expected) => {
    expect(booking(user, reply)).toEqual(expected);
  });
});

describe("bookingPolicyClaims: an invitation to turn up, and 'by appointment' after any copula", () => {
  it.each([
    ["truing?", "Wheel truing: drop it in whenever, no appointment.", [["truing", "walk_in"]]],
    ["tune-up?", "For a tune-up you can just **turn up**.", [["tune_up", "walk_in"]]],
    ["flat?", "Flats are by appointment.", [["flat_repair", "required"]]],
    ["pads?", "- Brake pads: strictly by booking", [["brake_pads", "required"]]],
  ])("%s / %s", (user, reply, expected) => {
    expect(booking(user, reply)).toEqual(expected);
  });

  it.each([
    ["lookup", "I checked, but there's no booking under that name."],
    ["tune-up?", "Tune-ups are by appointment only — no walk-ins."],
    ["flat?", "Flat repair is walk-in, no appointment."],
  ])("true or unrelated statements give no wrong stance: %s", (user, reply) => {
    const wrong = booking(user, reply).filter(
      ([service, value]) =>
        (value === "walk_in") !== ["flat_repair", "adjustment", "brake_pads", "inspection"].includes(service as string),
    );
    expect(wrong).toEqual([]);
  });
});

describe("bookingPolicyClaims: negation scoped to the requirement, not the whole clause", () => {
  it.each([
    [
      "come now?",
      "Brake pads need to be booked a day ahead, so I can't fit you in today.",
      [["brake_pads", "required"]],
    ],
    ["flat?", "**Flat repair** must be booked — sorry, no walk-ins today.", [["flat_repair", "required"]]],
    [
      "adjustment?",
      "I believe an adjustment has to be booked, unfortunately not same day.",
      [["adjustment", "required"]],
    ],
    ["- pads", "- Pads: needs booking, can't do today", [["brake_pads", "required"]]],
  ])("%s / %s", (user, reply, expected) => {
    expect(booking(user, reply)).toEqual(expected);
  });

  it.each([
    ["pads?", "Pads don't need to be booked; it won't take long."],
    ["flat?", "There's no need to book a flat, and we can't promise no wait."],
  ])("a requirement negated where it stands: %s", (user, reply) => {
    expect(booking(user, reply).filter(([, v]) => v === "required")).toEqual([]);
  });
});

describe("bookingPolicyClaims: an invitation over a list of slots is a booking, not a walk-in", () => {
  it.each([
    [
      "tune-up this week?",
      "This week you can drop off:\n- **Wednesday** — slots 10am to 5pm\n- **Saturday** — slots 9am to 2pm",
    ],
    ["cable?", "You could bring it in on:\n- Tuesday, first free slot 10:30\n- Friday, earliest 11:00"],
  ])("%s", (user, reply) => {
    expect(booking(user, reply).filter(([, v]) => v === "walk_in")).toEqual([]);
  });

  it("the same invitation over no slots stays a walk-in cue", () => {
    expect(booking("tune-up?", "For a tune-up you can just drop it in whenever.")).toEqual([["tune_up", "walk_in"]]);
  });
});

describe("bookingPolicyClaims: an imperative to book ('please book ahead')", () => {
  it.each([
    ["adjustment?", "For an adjustment, please book ahead.", [["adjustment", "required"]]],
    ["pads?", "**Brake pads** — kindly make an appointment first.", [["brake_pads", "required"]]],
    ["tune-up?", "Please book a tune-up at least a day ahead.", [["tune_up", "required"]]],
  ])("%s / %s", (user, reply, expected) => {
    expect(booking(user, reply)).toEqual(expected);
  });

  it("an imperative to book something else leaves the walk-in service alone", () => {
    expect(booking("flat?", "Flats are walk-in; please book only for bigger jobs.")).toEqual([
      ["flat_repair", "walk_in"],
    ]);
  });
});
