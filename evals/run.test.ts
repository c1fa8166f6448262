import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../tests/support/fake-openai";
import { createFakeEvalDeps } from "./fake-eval-deps";
import { createJudge, openAIComplete } from "./judge";
import { createMemoryJudgeCache } from "./judge-cache";
import { HANDWRITTEN_PATH, parseLabelledSet } from "./labelled-set";
import { runEval, runIdFrom } from "./run";
import { convo } from "./test-support";

const transcripts = [
  convo(["sat?", "Saturday 9am–3pm."], undefined, "ok-1"),
  convo(["sat?", "We're open until 5pm Saturday."], undefined, "bad-1"),
  convo(["motor?", "We don't do motor work — your dealer can help."], undefined, "ok-2"),
  convo(["book monday 10", "What service?", "tune-up", "Sure, see you Monday at 10!"], undefined, "eager-1"),
];
const options = { dataset: "default", limit: null, reportsDir: "reports", seed: 1, draws: 500, baselinePath: null };

let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

describe("runEval", () => {
  it("replays, scores, stores verdicts per evaluator, writes md/json/junit and gates", async () => {
    const labelled = parseLabelledSet(readFileSync(HANDWRITTEN_PATH, "utf8"));
    const deps = createFakeEvalDeps({
      transcripts,
      labelled,
      states: [["browsing"], ["browsing"], ["browsing"], ["booking.collecting", "booking.confirming"]],
    });
    const { summary } = await runEval(deps, options);
    expect(summary.runId).toBe(runIdFrom("2026-06-01T12:00:00.000Z"));
    expect(summary.modes.map((m) => [m.mode, m.failures])).toEqual([
      ["bad_data", 1],
      ["policy_confusion", 0],
      ["over_eager", 1],
      ["any", 2],
    ]);
    expect(summary.modes[0]!.corrected).toMatchObject({ ok: true });
    expect(summary.exitCode).toBe(0);
    expect(summary.matrix.counts["booking.confirming"]!.over_eager).toBe(1);
    expect([...deps.written.keys()].sort()).toEqual([
      "reports/eval-20260601T120000Z.json",
      "reports/eval-20260601T120000Z.junit.xml",
      "reports/eval-20260601T120000Z.md",
    ]);
    const verdicts = deps.store.verdictsFor("c-bad-1");
    expect(verdicts.find((v) => v.evaluator === "check-hours-claims")).toMatchObject({
      verdict: "fail",
      turn: 1,
      kind: "code",
      mode: "bad_data",
    });
    expect(verdicts.every((v) => /^[0-9a-f]{12}$/.test(v.evaluatorVersion))).toBe(true);
  });

  it("exits non-zero over a threshold or against a regressed baseline, and can write a new baseline", async () => {
    const deps = createFakeEvalDeps(
      { transcripts },
      { baseline: () => ({ dataset: "default", runId: "b", conversations: 4, rates: { bad_data: 0, any: 0.1 } }) },
    );
    const { summary } = await runEval(deps, { ...options, baselinePath: "evals/baseline.json" });
    expect(summary.exitCode).toBe(1);
    expect(summary.reasons.join(" ")).toMatch(/bad_data: failure rate rose 25.0 points/);
    expect(JSON.parse(deps.written.get("evals/baseline.json")!)).toMatchObject({
      conversations: 4,
      rates: { bad_data: 0.25, any: 0.5 },
    });
  });

  it("runs LLM judges when configured and stores their verdicts, errors apart", async () => {
    fake = await startFakeOpenAI({
      respond: (body) => ({
        kind: "json",
        content: JSON.stringify(
          body.messages?.[1]?.content?.toString().includes("5pm")
            ? { critique: "closes 3pm", verdict: "fail", turn: 1 }
            : { critique: "ok", verdict: "pass" },
        ),
      }),
    });
    const complete = openAIComplete({ baseURL: fake.baseURL, apiKey: "t", model: "m" });
    const judge = createJudge({
      mode: "bad_data",
      shots: [],
      model: "m",
      complete,
      cache: createMemoryJudgeCache(),
      now: () => "t",
    });
    const deps = createFakeEvalDeps({ transcripts: transcripts.slice(0, 2) }, { judges: () => [judge] });
    const { summary } = await runEval(deps, options);
    expect(summary.judgesModel).toBe("m");
    expect(summary.modes[0]!.judge).toEqual({ failures: 1, errors: 0, rate: 0.5 });
    expect(deps.store.verdictsFor("c-bad-1").find((v) => v.kind === "llm")).toMatchObject({
      verdict: "fail",
      evaluator: "judge-bad_data",
    });
  });
});
