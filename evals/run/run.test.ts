import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { convo } from "../checks/test-support";
import { createJudge, createMemoryJudgeCache, createPromptJudge, openAIComplete } from "../judges/index";
import { HANDWRITTEN_PATH, parseLabelledSet } from "../stats/index";
import { EvalSummary } from "./eval-summary";
import { createFakeEvalDeps } from "./fake-eval-deps";
import { runEval, runIdFrom } from "./run";

const transcripts = [
  convo(["sat?", "Saturday 9am–3pm."], undefined, "ok-1"),
  convo(["sat?", "We're open until 5pm Saturday."], undefined, "bad-1"),
  convo(["motor?", "We don't do motor work — your dealer can help."], undefined, "ok-2"),
  convo(["book monday 10", "What service?", "tune-up", "Sure, see you Monday at 10!"], undefined, "eager-1"),
];
const options = {
  dataset: "default",
  limit: null,
  reportsDir: "reports",
  seed: 1,
  draws: 500,
  baselinePath: null,
  concurrency: 1,
  judgeConcurrency: null,
};

/**
 * Calls that wait until the test releases them, with a record of what is in flight: the tests, not timers, decide
 * in which order concurrent work finishes.
 */
function gate() {
  const waiting: { key: string; release: () => void }[] = [];
  const g = { waiting, inFlight: 0, peak: 0, started: [] as string[], finished: [] as string[] };
  const hold = async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    g.started.push(key);
    g.inFlight++;
    g.peak = Math.max(g.peak, g.inFlight);
    try {
      await new Promise<void>((release) => waiting.push({ key, release }));
      return await fn();
    } finally {
      g.inFlight--;
      g.finished.push(key);
    }
  };
  return Object.assign(g, { hold });
}

/** Releases held calls one at a time (the most recently started first unless `fifo`) until `run` settles. */
async function drive<T>(run: Promise<T>, g: ReturnType<typeof gate>, o: { fifo?: boolean } = {}): Promise<void> {
  let settled = false;
  run.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let step = 0; !settled; step++) {
    if (step > 10_000) throw new Error("run did not settle");
    await new Promise<void>((r) => setImmediate(r));
    const next = o.fifo ? g.waiting.shift() : g.waiting.pop();
    next?.release();
  }
}

/** Eight small conversations, half of them failing a check, for the concurrency tests. */
const many = Array.from({ length: 8 }, (_, i) =>
  i % 2
    ? convo(["sat?", "We're open until 5pm Saturday."], undefined, `bad-${i}`)
    : convo(["sat?", "Saturday 9am–3pm."], undefined, `ok-${i}`),
);

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
      {
        baseline: () => ({
          dataset: "default",
          bot: "machine",
          runId: "b",
          conversations: 4,
          rates: { bad_data: 0, any: 0.1 },
        }),
      },
    );
    const { summary } = await runEval(deps, { ...options, baselinePath: "evals/baseline.json" });
    expect(summary.exitCode).toBe(1);
    expect(summary.reasons.join(" ")).toMatch(/bad_data: failure rate rose 25.0 points/);
    expect(JSON.parse(deps.written.get("evals/baseline.json")!)).toMatchObject({
      conversations: 4,
      rates: { bad_data: 0.25, any: 0.5 },
    });
  });

  it("records the bot variant per run (summary, JSON and Markdown reports, stored run) and only compares its own baseline", async () => {
    const bot = { variant: "prompt" as const, provider: "openai", model: "gemma-3-270m" };
    const deps = createFakeEvalDeps(
      { transcripts },
      {
        bot,
        baseline: () => ({
          dataset: "default",
          bot: "machine",
          runId: "b",
          conversations: 4,
          rates: { bad_data: 0, any: 0 },
        }),
      },
    );
    const { summary } = await runEval(deps, { ...options, baselinePath: "evals/baseline.json" });
    expect(summary.bot).toEqual(bot);
    expect(summary.modes.every((m) => m.baseline === null && m.status !== "regressed")).toBe(true);
    expect(deps.logs.join("\n")).toMatch(/baseline is for the machine bot; this prompt bot run is not compared/);
    const json = [...deps.written].find(([k]) => k.endsWith(".json") && k.includes("eval-"))![1];
    expect(JSON.parse(json).summary.bot).toEqual(bot);
    const md = [...deps.written].find(([k]) => k.endsWith(".md"))![1];
    expect(md).toContain("bot: prompt (openai `gemma-3-270m`)");
    expect(deps.store.listRuns(1)[0]?.summary).toMatchObject({ bot });
    expect(JSON.parse(deps.written.get("evals/baseline.json")!)).toMatchObject({ bot: "prompt" });
  });

  it("runs LLM judges when configured and stores their verdicts, errors apart", async () => {
    fake = await startFakeOpenAI({
      respond: (body) => ({
        kind: "json",
        content: JSON.stringify(
          // The transcript part only: the calendar after it lists drop-off slots ("10am–5pm").
          body.messages?.[1]?.content?.toString().split("\n\nCalendar")[0]?.includes("5pm")
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
    expect(summary.judges).toEqual({ provider: "openai", model: "m", verdicts: 2, errors: 0 });
    expect(summary.modes[0]!.judge).toEqual({ failures: 1, errors: 0, rate: 0.5 });
    expect(deps.store.verdictsFor("c-bad-1").find((v) => v.kind === "llm")).toMatchObject({
      verdict: "fail",
      evaluator: "judge-bad_data",
    });
  });

  it("a validated judge of an axial mode joins the gate: over its maxRate the run fails, and the summary says so", async () => {
    fake = await startFakeOpenAI({
      respond: (body) => {
        const fail = body.messages?.[1]?.content?.toString().split("\n\nCalendar")[0]?.includes("5pm");
        return { kind: "json", content: JSON.stringify({ critique: "c", verdict: fail ? "fail" : "pass" }) };
      },
    });
    const judge = createPromptJudge({
      id: "judge-says_5pm-0123abcd",
      system: { content: "judge 5pm", hash: "h5" },
      model: "m",
      complete: openAIComplete({ baseURL: fake.baseURL, apiKey: "t", model: "m" }),
      cache: createMemoryJudgeCache(),
      now: () => "t",
    });
    const gatingJudges = () => [{ modeId: "says_5pm", judge }];
    const strict = createFakeEvalDeps(
      { transcripts: transcripts.slice(0, 2) },
      {
        gatingJudges,
        thresholds: () => ({
          maxRate: { bad_data: 1, policy_confusion: 1, over_eager: 1, any: 1, says_5pm: 0.25 },
          regressionTolerance: 1,
        }),
      },
    );
    const { summary } = await runEval(strict, options);
    expect(summary.humanModeGate).toEqual([
      {
        modeId: "says_5pm",
        judgeId: judge.id,
        n: 2,
        failures: 1,
        errors: 0,
        rate: 0.5,
        maxRate: 0.25,
        status: "over_threshold",
      },
    ]);
    expect(summary.exitCode).toBe(1);
    expect(summary.reasons.at(-1)).toMatch(/^says_5pm \(human mode, judge-says_5pm-0123abcd\): failure rate 50\.0%/);
    expect(EvalSummary.parse(strict.store.listRuns(1)[0]!.summary).humanModeGate?.[0]?.status).toBe("over_threshold");
    // Without a threshold for the mode it is reported, not gated.
    const lax = createFakeEvalDeps(
      { transcripts: transcripts.slice(0, 2) },
      { gatingJudges, thresholds: () => ({ maxRate: {}, regressionTolerance: 1 }) },
    );
    const r = await runEval(lax, options);
    expect(r.summary.humanModeGate?.[0]?.status).toBe("no_threshold");
    expect(r.summary.exitCode).toBe(0);
  });

  it("keeps dataset order and writes identical reports when replays finish out of order", async () => {
    const sequential = createFakeEvalDeps({ transcripts: many });
    const first = await runEval(sequential, options);
    const concurrent = createFakeEvalDeps({ transcripts: many });
    const g = gate();
    const replay = concurrent.replay;
    concurrent.replay = (item, runId) => g.hold(item.id, () => replay(item, runId));
    const ticks: string[] = [];
    concurrent.progress = () => ({ tick: () => void ticks.push("tick"), stop: () => void ticks.push("stop") });
    const run = runEval(concurrent, { ...options, concurrency: 4 });
    await drive(run, g);
    const second = await run;
    const ids = many.map((t) => `c-${t.id}`);
    expect(g.finished).not.toEqual(many.map((t) => t.id)); // they really finished out of order
    expect(second.results.map((r) => r.conversationId)).toEqual(ids);
    expect(second.results).toEqual(first.results);
    expect(Object.fromEntries(concurrent.written)).toEqual(Object.fromEntries(sequential.written));
    const report = JSON.parse(concurrent.written.get("reports/eval-20260601T120000Z.json")!);
    expect(report.results.map((r: { scenarioId: string }) => r.scenarioId)).toEqual(many.map((t) => `s-${t.id}`));
    expect(ids.every((id) => concurrent.store.verdictsFor(id).length > 0)).toBe(true);
    expect(ticks).toEqual([...many.map(() => "tick"), "stop"]);
  });

  it("has at most `concurrency` replays in flight, and that many when there is work", async () => {
    for (const concurrency of [1, 3, 8]) {
      const deps = createFakeEvalDeps({ transcripts: many });
      const g = gate();
      const replay = deps.replay;
      deps.replay = (item, runId) => g.hold(item.id, () => replay(item, runId));
      const run = runEval(deps, { ...options, concurrency });
      await drive(run, g);
      expect((await run).results).toHaveLength(8);
      expect(g.peak).toBe(concurrency);
    }
  });

  it("rejects when a replay fails, after the replays already running have settled, and writes no report", async () => {
    const deps = createFakeEvalDeps({ transcripts: many });
    const g = gate();
    const replay = deps.replay;
    const boom = new Error("replay of bad-1 failed");
    deps.replay = (item, runId) =>
      g.hold(item.id, () => (item.id === "bad-1" ? Promise.reject(boom) : replay(item, runId)));
    let stopped = false;
    deps.progress = () => ({
      tick() {},
      stop() {
        stopped = true;
      },
    });
    const run = runEval(deps, { ...options, concurrency: 3 });
    await drive(run, g, { fifo: true });
    await expect(run).rejects.toBe(boom);
    expect(g.inFlight).toBe(0);
    expect(g.started).toEqual(["ok-0", "bad-1", "ok-2", "bad-3"]); // nothing new after the failure
    expect(g.finished).toHaveLength(4);
    expect(deps.written.size).toBe(0);
    expect(stopped).toBe(true);
    await expect(runEval(deps, { ...options, concurrency: 0 })).rejects.toThrow(/concurrency must be a positive/);
  });

  it("caps judge calls in flight across conversations at judgeConcurrency", async () => {
    const g = gate();
    const judges = (["bad_data", "policy_confusion", "over_eager"] as const).map((mode) => ({
      id: `judge-${mode}`,
      mode,
      provider: "test",
      model: "m",
      promptHash: "h",
      version: "v",
      judge: (t: { id: string }) =>
        g.hold(`${mode}:${t.id}`, async () => ({
          verdict: "pass" as const,
          critique: "ok",
          turn: null,
          cached: false,
          promptHash: "h",
          traceHash: t.id,
        })),
    }));
    for (const [judgeConcurrency, peak] of [
      [2, 2],
      [null, 12], // default: concurrency × judges, so 4 conversations × 3 judges all at once
    ] as const) {
      g.peak = 0;
      const deps = createFakeEvalDeps({ transcripts: many }, { judges: () => judges });
      const run = runEval(deps, { ...options, concurrency: 4, judgeConcurrency });
      await drive(run, g);
      expect((await run).summary.modes[0]!.judge).toMatchObject({ errors: 0 });
      expect(g.peak).toBe(peak);
    }
  });
});
