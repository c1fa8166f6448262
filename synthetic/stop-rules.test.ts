import { describe, expect, it } from "vitest";
import type { DecisionPart } from "../chatbot/index";
import type { Goal } from "./schema";
import { goalReached, isAnswered, type SimTurn, stopAfterTurn } from "./stop-rules";

const turn = (kinds: string[], o: Partial<SimTurn> = {}): SimTurn => ({
  purpose: "question",
  user: "u",
  reply: `r-${kinds.join(",")}`,
  stateBefore: "idle",
  state: "browsing",
  expecting: null,
  parts: kinds.map((kind) => ({ kind }) as DecisionPart),
  bookingIds: [],
  ...o,
});

describe("isAnswered", () => {
  it.each<[string[], "answer" | "decline", boolean]>([
    [["answer"], "answer", true],
    [["not_offered"], "answer", true],
    [["dont_know"], "answer", false],
    [["dont_know"], "decline", true],
    [["refuse_injection"], "decline", true],
    [["ask_identity"], "answer", false],
  ])("%j expecting %s → %s", (kinds, expect_, want) => {
    expect(isAnswered(turn(kinds).parts, expect_)).toBe(want);
  });
});

describe("goalReached", () => {
  const answer: Goal = { kind: "answer", expect: "answer" };
  it.each<[string, Goal, number, SimTurn[], boolean]>([
    ["book: booking stored", { kind: "book" }, 0, [turn(["ask"]), turn(["booked"], { bookingIds: ["BK-1"] })], true],
    ["book: only confirming", { kind: "book" }, 0, [turn(["confirm"])], false],
    ["manage: cancelled", { kind: "manage" }, 0, [turn(["ask_identity"]), turn(["booking_cancelled"])], true],
    ["progress: bot asked a booking field", { kind: "progress" }, 0, [turn(["ask"])], true],
    ["progress: bot did not know", { kind: "progress" }, 0, [turn(["dont_know"])], false],
    ["answer: both questions answered", answer, 2, [turn(["answer"]), turn(["answer"])], true],
    ["answer: second not yet", answer, 2, [turn(["answer"]), turn(["dont_know"])], false],
    ["answer: push turns do not count", answer, 2, [turn(["answer"]), turn(["answer"], { purpose: "push" })], false],
  ])("%s", (_name, goal, n, turns, want) => {
    expect(goalReached(goal, n, turns)).toBe(want);
  });
});

describe("stopAfterTurn", () => {
  const goal: Goal = { kind: "book" };
  it.each<[string, SimTurn[], number, string | null]>([
    ["goal first, even at the cap", [turn(["booked"], { bookingIds: ["BK-1"] })], 1, "goal_reached"],
    ["turn cap", [turn(["ask"], { reply: "a" }), turn(["ask"], { reply: "b" })], 2, "turn_cap"],
    [
      "loop guard: same reply twice in a row",
      [turn(["ask"], { reply: "same" }), turn(["ask"], { reply: "same " })],
      5,
      "loop_guard",
    ],
    ["keep going", [turn(["ask"], { reply: "a" }), turn(["ask"], { reply: "b" })], 5, null],
  ])("%s", (_name, turns, maxTurns, want) => {
    expect(stopAfterTurn({ goal, questionCount: 0, turns, maxTurns })).toBe(want);
  });
});
