import { describe, expect, it } from "vitest";
import type { FailureMode, Uncertainty } from "../schema";
import { codeVerdict } from "./code-verdict";
import { renderJunit } from "./report-junit";
import { renderMarkdown } from "./report-markdown";
import { type ConversationResult, summarize } from "./summary";
import { aResult, aSummary } from "./summary-fixture";
import { outcome, UNCERTAIN_RULE } from "./uncertain-outcomes";

const abstain = (mode: FailureMode, evaluator = "check-closed-time-booking", turn = 1): Uncertainty => ({
  mode,
  turn,
  evaluator,
  reason: `${evaluator} cannot tie 6:30pm to a day`,
});

/** A conversation the checks abstained on (and, when `fail` is given, also failed in those modes). */
const undecided = (id: string, modes: FailureMode[], fail: FailureMode[] = []): ConversationResult => {
  const r = aResult(id, fail);
  return { ...r, score: { ...r.score, uncertain: modes.map((m) => abstain(m)) } };
};

describe("outcome", () => {
  it.each<[string, ConversationResult, FailureMode | "any", string]>([
    ["no failure, no abstention", aResult("a"), "any", "pass"],
    ["an abstention and no failure", undecided("b", ["over_eager"]), "over_eager", "uncertain"],
    ["an abstention and no failure, as 'any'", undecided("b", ["over_eager"]), "any", "uncertain"],
    ["an abstention in another mode", undecided("c", ["over_eager"]), "bad_data", "pass"],
    ["a failure outranks an abstention", undecided("d", ["over_eager"], ["over_eager"]), "over_eager", "fail"],
    ["a failure elsewhere decides 'any'", undecided("e", ["over_eager"], ["bad_data"]), "any", "fail"],
  ])("%s", (_, r, mode, want) => expect(outcome(r.score, mode)).toBe(want));
});

describe("codeVerdict: what a check's row in eval_verdicts says", () => {
  it("stores an abstention as uncertain with its turn and reason (never as pass), a failure as fail", () => {
    const score = {
      failures: [{ mode: "bad_data" as const, turn: 2, evaluator: "check-prices", reason: "$5", factIds: ["p"] }],
      uncertain: [
        abstain("over_eager", "check-x", 1),
        abstain("over_eager", "check-x", 3),
        abstain("bad_data", "check-prices"),
      ],
    };
    expect(codeVerdict(score, "check-x")).toEqual({
      verdict: "uncertain",
      turn: 1,
      reason: "check-x cannot tie 6:30pm to a day (and 1 more undecided claim)",
      factIds: [],
    });
    expect(codeVerdict(score, "check-prices")).toEqual({ verdict: "fail", turn: 2, reason: "$5", factIds: ["p"] });
    expect(codeVerdict(score, "check-other")).toEqual({ verdict: "pass", turn: null, reason: null, factIds: [] });
  });
});

describe("summarize with uncertain conversations", () => {
  const results = [
    aResult("a", ["over_eager"]),
    aResult("b"),
    aResult("c"),
    undecided("u1", ["over_eager"]),
    undecided("u2", ["over_eager"]),
  ];
  const thresholds = (maxUncertainRate?: number) => ({
    maxRate: { over_eager: 0.5, any: 0.5 },
    regressionTolerance: 0.2,
    ...(maxUncertainRate === undefined ? {} : { maxUncertainRate }),
  });

  it("counts them apart and leaves them out of the rate: failures over decided conversations, never a pass", () => {
    const s = aSummary("r", { results, thresholds: thresholds() });
    const eager = s.modes.find((m) => m.mode === "over_eager")!;
    // 1 failure of 3 decided (not 1 of 5, which would count the two uncertain ones as passes).
    expect(eager).toMatchObject({ n: 5, failures: 1, uncertain: 2, rate: 1 / 3 });
    expect(s.modes.find((m) => m.mode === "bad_data")).toMatchObject({ uncertain: 0, rate: 0 });
    expect(s.modes.find((m) => m.mode === "any")).toMatchObject({ failures: 1, uncertain: 2, rate: 1 / 3 });
    expect(s.uncertain).toMatchObject({ conversations: 2, abstentions: 2, rate: 0.4, maxRate: null, status: "ok" });
    expect(s.uncertain?.examples.map((e) => [e.conversationId, e.uncertain[0]?.evaluator])).toEqual([
      ["u1", "check-closed-time-booking"],
      ["u2", "check-closed-time-booking"],
    ]);
  });

  it("gate: without maxUncertainRate uncertain is reported only; over it the run fails with the reason", () => {
    expect(aSummary("r", { results, thresholds: thresholds() }).exitCode).toBe(0);
    expect(aSummary("r", { results, thresholds: thresholds(0.4) }).exitCode).toBe(0); // at the limit is within it
    const over = aSummary("r", { results, thresholds: thresholds(0.2) });
    expect(over.exitCode).toBe(1);
    expect(over.uncertain?.status).toBe("over_threshold");
    expect(over.reasons).toEqual([expect.stringMatching(/^uncertain: 2 of 5 conversations \(40\.0%\).*limit 20\.0%/)]);
  });

  it("an abstention next to a failure does not hide the failure (still a failure, still counted)", () => {
    const s = aSummary("r", { results: [undecided("x", ["over_eager"], ["over_eager"])], thresholds: thresholds(0) });
    expect(s.modes.find((m) => m.mode === "over_eager")).toMatchObject({ failures: 1, uncertain: 0, rate: 1 });
    expect(s.uncertain).toMatchObject({ conversations: 0, abstentions: 1, status: "ok" });
  });

  it("reports: markdown says how rates treat them and lists them; JUnit marks them skipped, not passed", () => {
    const s = summarize({ ...baseInput(), results, thresholds: thresholds(0.2) });
    const md = renderMarkdown(s);
    expect(md).toContain("| over_eager | 33.3% (1/3 decided) | 2 |");
    expect(md).toContain(UNCERTAIN_RULE);
    expect(md).toMatch(/## Uncertain \(needs human review\)[\s\S]*`u1`[\s\S]*check-closed-time-booking/);
    const junit = renderJunit(s, results);
    expect(junit.match(/<skipped message="uncertain: check-closed-time-booking/g)).toHaveLength(2);
    expect(junit).toContain('<testsuite name="over_eager" tests="5" failures="1" skipped="2"');
  });
});

const baseInput = () => {
  const s = aSummary("r");
  return {
    runId: s.runId,
    dataset: s.dataset,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    alignment: {},
    baseline: null,
    evaluators: [],
    bot: s.bot,
    judgesModel: null,
    seed: 1,
    draws: 100,
  };
};
