import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { assistantTurns } from "./assistant-turns";
import { policyClaims } from "./policy-claims";

/** The services the last reply puts under the free re-adjustment. */
const covered = (...texts: string[]) => {
  const t = convo(texts);
  return policyClaims(assistantTurns(t).at(-1)!, t.now, handbook)
    .claims.filter((c) => c.kind === "workmanship_scope")
    .map((c) => c.service);
};

describe("workmanshipRedo: past work promised again for free, the subject the job the customer reported", () => {
  it.each([
    [
      "the tube you guys put in last week popped again",
      "That's on us — we'll replace it again free of charge.",
      "flat_repair",
    ],
    [
      "my $20 gear adjustment from 10 days ago is slipping",
      "No worries, it's covered, so we'll redo it at no cost.",
      "adjustment",
    ],
    [
      "you replaced my brake pads on monday and they rub",
      "Every repair is guaranteed for 30 days, so no charge to sort it.",
      "brake_pads",
    ],
  ])("%s / %s", (user, reply, service) => {
    expect(covered(user, reply)).toContain(service);
  });

  it.each([
    // The job is paid again, the guarantee's own services named, the free inspection offered, or a condition.
    [
      "you fixed my flat last week and it's flat again",
      "Sorry! The free re-adjustment covers tune-ups and full services only. A new flat is $24.",
    ],
    [
      "you fixed my flat last week, flat again",
      "The safety inspection is always free, so bring it in and we'll check it again.",
    ],
    ["you fixed my flat last week, flat again", "Unfortunately it isn't covered; it's $15 labour + $9 tube."],
    [
      "gears skip, had a tune-up 2 weeks ago",
      "Your tune-up comes with a free re-adjustment within 30 days, so we'll sort it at no charge.",
    ],
    ["you trued my wheel last week", "If it was part of a tune-up, we'd redo it for free."],
  ])("%s / %s: none", (user, reply) => {
    expect(covered(user, reply).filter((s) => s !== "tune_up" && s !== "full_service")).toEqual([]);
  });
});
