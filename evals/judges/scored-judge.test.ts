import { afterEach, describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { convo } from "../checks/test-support";
import type { LabelledTranscript } from "../schema";
import type { SplitName } from "../stats/index";
import { calibrateSeedJudges } from "./calibrate-cli";
import { createMemoryJudgeCache } from "./judge-cache";
import { calibrationFor } from "./judge-calibration";
import { WORD_ANSWER_RULE } from "./judge-prompt";
import { judgeScore, TOP_LOGPROBS } from "./judge-score";
import { createScoredJudge } from "./scored-judge";
import { type SeedJudgeDeps, seedJudges } from "./seed-judges";

let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const t = convo(["sat hours?", "We're open until 5pm Saturday."]);
const logprobs = (pFail: number, pPass: number) => ({
  kind: "json" as const,
  content: pFail > pPass ? "fail" : "pass",
  topLogprobs: [
    { token: pFail > pPass ? "fail" : "pass", logprob: Math.log(Math.max(pFail, pPass)) },
    { token: pFail > pPass ? "pass" : "fail", logprob: Math.log(Math.min(pFail, pPass)) },
    { token: "The", logprob: Math.log(0.01) },
  ],
});
const config = () => ({ provider: "openai" as const, baseURL: fake?.baseURL, apiKey: "test", model: "judge-test" });
const scored = (threshold: number | null, cache = createMemoryJudgeCache()) =>
  createScoredJudge({
    mode: "bad_data",
    shots: [],
    model: "judge-test",
    score: judgeScore(config()),
    threshold,
    cache,
    now: () => "2026-06-01T00:00:00Z",
  });

describe("scored judge against the fake OpenAI-compatible server (logprobs)", () => {
  it("asks for one token with its top logprobs, scores log P(fail) − log P(pass) and applies the threshold", async () => {
    fake = await startFakeOpenAI([logprobs(0.6, 0.3)]);
    const judge = scored(1);
    const v = await judge.judge(t);
    expect(fake.requests[0]?.body).toMatchObject({
      model: "judge-test",
      temperature: 0,
      max_tokens: 1,
      logprobs: true,
      top_logprobs: TOP_LOGPROBS,
    });
    expect(fake.requests[0]?.body?.response_format).toBeUndefined();
    const system = fake.requests[0]?.body?.messages?.[0]?.content;
    expect(String(system)).toContain(WORD_ANSWER_RULE);
    // s = log 2 ≈ 0.69 is below the threshold 1: pass, although the top token is "fail".
    expect(v).toMatchObject({ verdict: "pass", cached: false, turn: null });
    expect(v.verdict !== "error" && v.critique).toMatch(/0\.693/);
    expect(judge.id).toBe("judge-bad_data-scored");
  });

  it("caches the score, not the verdict: the same trace under another threshold is re-decided without a call", async () => {
    fake = await startFakeOpenAI([logprobs(0.6, 0.3)]);
    const cache = createMemoryJudgeCache();
    expect(await scored(1, cache).judge(t)).toMatchObject({ verdict: "pass" });
    expect(await scored(0.5, cache).judge(t)).toMatchObject({ verdict: "fail", cached: true });
    expect(fake.requests).toHaveLength(1);
  });

  it("a server without logprobs is `unsupported`; an uncalibrated judge, a failed call or no verdict word is an error", async () => {
    fake = await startFakeOpenAI([
      { kind: "json", content: "pass" },
      { kind: "status", status: 400 },
      { kind: "json", content: "The", topLogprobs: [{ token: "The", logprob: -0.1 }] },
    ]);
    expect(await scored(0).score(t)).toMatchObject({ ok: false, unsupported: true });
    expect(await scored(0).judge(t)).toMatchObject({
      verdict: "error",
      error: expect.stringMatching(/judge call failed/),
    });
    expect(await scored(0).judge(t)).toMatchObject({ verdict: "error", error: expect.stringMatching(/neither/) });
    expect(await scored(null).judge(t)).toMatchObject({ verdict: "error", error: "scored judge not calibrated" });
    expect(fake.requests).toHaveLength(3);
  });
});

const item = (id: string, pass: boolean, reply: string): LabelledTranscript => ({
  ...convo(["sat hours?", reply], undefined, id),
  scenario: id,
  label: { pass, modes: pass ? [] : ["bad_data"], note: "" },
});
const train = [item("a", false, "Until 5pm."), item("b", true, "9am to 3pm."), item("c", true, "9 to 3.")];
const split = new Map<string, SplitName>([...train.map((i) => [i.id, "train"] as const), ["d", "dev"]]);
const deps = (): SeedJudgeDeps => ({
  train,
  split,
  provider: "openai",
  model: "judge-test",
  complete: async () => JSON.stringify({ critique: "generated", verdict: "pass", turn: null }),
  score: judgeScore(config()),
  cache: createMemoryJudgeCache(),
  now: () => "2026-06-01T00:00:00Z",
  h: handbook,
});

describe("calibrating the seed judges on train, then judging with the stored threshold", () => {
  it("fits a threshold per mode from train scores and the next align uses the scored judge", async () => {
    // Every answer leans to fail (a biased model); the failing item leans further: the threshold sits between.
    const byItem: Record<string, [number, number]> = { "Until 5pm.": [0.9, 0.05], "9am to 3pm.": [0.6, 0.3] };
    fake = await startFakeOpenAI({
      respond: (body) => {
        const user = String(body.messages?.at(-1)?.content);
        const [f, p] = Object.entries(byItem).find(([reply]) => user.includes(reply))?.[1] ?? [0.55, 0.35];
        return logprobs(f, p);
      },
    });
    const d = deps();
    const r = await calibrateSeedJudges(d, {
      train,
      labelled: { file: "x.jsonl", hash: "h", seed: 1 },
      limit: null,
    });
    if (!r.ok) throw new Error(r.error);
    const bad = r.calibrations.find((c) => c.mode === "bad_data");
    expect(bad).toMatchObject({ split: "train", train: { n: 3, tpr: 1, tnr: 1, youden: 1, errors: 0 } });
    expect(bad?.threshold).toBeGreaterThan(Math.log(0.6 / 0.3));
    expect(bad?.threshold).toBeLessThan(Math.log(0.9 / 0.05));
    const { judges, notes } = seedJudges(d, { calibrations: r.calibrations });
    expect(judges.map((j) => j.id)).toEqual([
      "judge-bad_data-scored",
      "judge-policy_confusion-scored",
      "judge-over_eager-scored",
    ]);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/^judge-bad_data-scored: threshold /);
    expect(calibrationFor({ calibrations: r.calibrations }, judges[0]?.version ?? "")).toBe(bad);
    expect(await judges[0]?.judge(item("d", true, "9am to 3pm."))).toMatchObject({ verdict: "pass" });
    expect(await judges[0]?.judge(item("e", false, "Until 5pm."))).toMatchObject({ verdict: "fail" });
  });

  it("keeps the generated verdict for a judge version with no calibration, and refuses dev items", async () => {
    fake = await startFakeOpenAI([]);
    const d = deps();
    const { judges, notes } = seedJudges(d, { calibrations: [] });
    expect(notes).toEqual([]);
    expect(judges.map((j) => j.id)).toEqual(["judge-bad_data", "judge-policy_confusion", "judge-over_eager"]);
    expect(await judges[0]?.judge(t)).toMatchObject({ verdict: "pass", critique: "generated" });
    const stale = {
      schema: 1 as const,
      judgeId: "judge-bad_data-scored",
      mode: "bad_data",
      judgeVersion: "an-older-prompt",
      model: "judge-test",
      promptHash: "old",
      labelled: { file: "x", hash: "h", seed: 1 },
      split: "train" as const,
      threshold: 0.5,
      train: { n: 0, tp: 0, fn: 0, tn: 0, fp: 0, tpr: null, tnr: null, youden: null, errors: 0 },
      scores: [],
      createdAt: "2026-06-01T00:00:00Z",
    };
    const again = seedJudges(d, { calibrations: [stale] });
    expect(again.judges[0]?.id).toBe("judge-bad_data");
    expect(again.notes).toEqual([
      "judge-bad_data-scored: calibration is stale (prompt or handbook changed); generated verdicts instead",
    ]);
    await expect(
      calibrateSeedJudges(d, {
        train: [item("d", true, "x")],
        labelled: { file: "x", hash: "h", seed: 1 },
        limit: null,
      }),
    ).rejects.toThrow(/dev split/);
  });

  it("stops with the endpoint's reason when it gives no logprobs (the judges keep their generated verdict)", async () => {
    fake = await startFakeOpenAI({ respond: () => ({ kind: "json", content: "pass" }) });
    const d = deps();
    const r = await calibrateSeedJudges(d, { train, labelled: { file: "x", hash: "h", seed: 1 }, limit: 2 });
    expect(r).toEqual({
      ok: false,
      error:
        "judge-bad_data-scored: the endpoint returned no log probabilities; the judges keep their generated verdict",
    });
  });
});
