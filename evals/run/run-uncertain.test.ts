import { describe, expect, it } from "vitest";
import { convo } from "../checks/test-support";
import { EvalSummary } from "./eval-summary";
import { createFakeEvalDeps } from "./fake-eval-deps";
import { runEval } from "./run";

// "See you at 6:30pm" with no day: open then on some days only, so check-closed-time-booking abstains.
const transcripts = [
  convo(["can I come by after work?", "Sure — see you at 6:30pm!"], undefined, "unsure-1"),
  convo(["sat?", "Saturday 9am–3pm."], undefined, "ok-1"),
];
const options = {
  dataset: "default",
  limit: null,
  reportsDir: "reports",
  seed: 1,
  draws: 200,
  baselinePath: null,
  concurrency: 1,
  judgeConcurrency: null,
};

describe("runEval with a check that abstains", () => {
  it("stores the abstention as an uncertain verdict (evaluator, turn, reason) and counts it apart in every report", async () => {
    const deps = createFakeEvalDeps({ transcripts });
    const { summary } = await runEval(deps, options);
    const stored = deps.store.verdictsFor("c-unsure-1").find((v) => v.evaluator === "check-closed-time-booking");
    expect(stored).toMatchObject({ verdict: "uncertain", turn: 1, mode: "over_eager", kind: "code" });
    expect(stored?.reason).toMatch(/6:30pm/);
    expect(deps.store.uncertainVerdicts().map((v) => v.conversationId)).toEqual(["c-unsure-1"]);
    expect(deps.store.verdictsFor("c-ok-1").every((v) => v.verdict === "pass")).toBe(true);

    expect(summary.modes.find((m) => m.mode === "over_eager")).toMatchObject({ n: 2, failures: 0, uncertain: 1 });
    expect(summary.uncertain).toMatchObject({ conversations: 1, maxRate: null, status: "ok" });
    expect(summary.exitCode).toBe(0); // no maxUncertainRate in these thresholds: reported, not gated
    // The stored summary (what /evals reads) keeps the counts.
    expect(EvalSummary.parse(deps.store.listRuns(1)[0]!.summary).uncertain?.conversations).toBe(1);
    const md = [...deps.written].find(([p]) => p.endsWith(".md"))![1];
    expect(md).toMatch(/## Uncertain \(needs human review\)\n\n1 of 2 conversations/);
  });

  it("fails the gate when maxUncertainRate is exceeded", async () => {
    const deps = createFakeEvalDeps(
      { transcripts },
      {
        thresholds: () => ({
          maxRate: { bad_data: 0.5, policy_confusion: 0.5, over_eager: 0.5, any: 0.5 },
          regressionTolerance: 0.1,
          maxUncertainRate: 0.25,
        }),
      },
    );
    const { summary } = await runEval(deps, options);
    expect(summary.exitCode).toBe(1);
    expect(summary.reasons).toEqual([expect.stringMatching(/^uncertain: 1 of 2 conversations \(50\.0%\)/)]);
  });
});
