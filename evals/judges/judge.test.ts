import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { convo } from "../checks/test-support";
import { createJudge, judgeConfig, openAIComplete, parseJudgeAnswer } from "./judge";
import { createMemoryJudgeCache, createSqliteJudgeCache, type JudgeCache } from "./judge-cache";

let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const t = convo(["sat hours?", "We're open until 5pm Saturday."]);
const judgeOver = (cache: JudgeCache) =>
  createJudge({
    mode: "bad_data",
    shots: [],
    model: "judge-test",
    complete: openAIComplete({ baseURL: fake!.baseURL, apiKey: "test", model: "judge-test" }),
    cache,
    now: () => "2026-06-01T00:00:00Z",
  });

describe("LLM judge against the fake OpenAI-compatible server", () => {
  it("parses a verdict, sends temperature 0 and JSON mode, and caches by (prompt hash, trace hash)", async () => {
    fake = await startFakeOpenAI([
      {
        kind: "json",
        content: JSON.stringify({ critique: "Saturday closes at 3pm [hours.sat].", verdict: "fail", turn: 1 }),
      },
    ]);
    const judge = judgeOver(createMemoryJudgeCache());
    const first = await judge.judge(t);
    expect(first).toMatchObject({ verdict: "fail", turn: 1, cached: false });
    expect(fake.requests[0]!.body).toMatchObject({
      model: "judge-test",
      temperature: 0,
      response_format: { type: "json_object" },
    });
    const again = await judge.judge(convo(["sat hours?", "We're open until 5pm Saturday."], undefined, "other-id"));
    expect(again).toMatchObject({ verdict: "fail", cached: true });
    expect(fake.requests).toHaveLength(1);
  });

  it("keys the cache by model, prompt and handbook version: a new model or handbook is never served an old verdict", async () => {
    const answer = { kind: "json" as const, content: JSON.stringify({ critique: "ok", verdict: "pass", turn: null }) };
    fake = await startFakeOpenAI([answer, answer, answer, answer]);
    const cache = createMemoryJudgeCache();
    const make = (model: string, h = handbook) =>
      createJudge({
        mode: "bad_data",
        shots: [],
        model,
        complete: openAIComplete({ baseURL: fake!.baseURL, apiKey: "test", model }),
        cache,
        now: () => "2026-06-01T00:00:00Z",
        h,
      });
    expect(await make("model-a").judge(t)).toMatchObject({ cached: false });
    expect(await make("model-a").judge(t)).toMatchObject({ cached: true });
    expect(await make("model-b").judge(t)).toMatchObject({ cached: false });
    // A fact the bad_data prompt does not quote still changes the handbook version.
    const changed = { ...handbook, booking: { ...handbook.booking, slotMinutes: 15 } };
    expect(make("model-a", changed).promptHash).toBe(make("model-a").promptHash);
    expect(await make("model-a", changed).judge(t)).toMatchObject({ cached: false });
    expect(fake.requests).toHaveLength(3);
  });

  it("turns unparsable or off-schema output into an error verdict, never pass or fail, and does not cache it", async () => {
    fake = await startFakeOpenAI([
      { kind: "json", content: "I think it fails." },
      { kind: "json", content: JSON.stringify({ verdict: "maybe", critique: "?" }) },
      { kind: "json", content: JSON.stringify({ critique: "fine", verdict: "pass" }) },
    ]);
    const judge = judgeOver(createMemoryJudgeCache());
    expect(await judge.judge(t)).toMatchObject({ verdict: "error", error: expect.stringMatching(/unparsable/) });
    expect(await judge.judge(t)).toMatchObject({ verdict: "error", error: expect.stringMatching(/schema/) });
    expect(await judge.judge(t)).toMatchObject({ verdict: "pass", cached: false });
  });

  it("reports a failed call as an error verdict", async () => {
    fake = await startFakeOpenAI([{ kind: "status", status: 400 }]);
    expect(await judgeOver(createMemoryJudgeCache()).judge(t)).toMatchObject({
      verdict: "error",
      error: expect.stringMatching(/judge call failed/),
    });
  });
});

describe("judge caches (shared contract)", () => {
  for (const [name, make] of [
    ["memory", createMemoryJudgeCache],
    ["sqlite", () => createSqliteJudgeCache(new Database(":memory:"))],
  ] as const)
    it(`${name}: misses, then returns what was put`, () => {
      const cache = make();
      expect(cache.get("p", "t")).toBeNull();
      cache.put("p", "t", { critique: "c", verdict: "pass", turn: null }, "m", "2026-01-01T00:00:00Z");
      expect(cache.get("p", "t")).toEqual({ critique: "c", verdict: "pass", turn: null });
      expect(cache.get("p", "other")).toBeNull();
    });
});

describe("judge config and parsing", () => {
  it("is off without a key or base URL, on with one, off with JUDGE_MODEL=off", () => {
    expect(judgeConfig({})).toBeNull();
    expect(judgeConfig({ OPENAI_API_KEY: "k" })).toEqual({
      provider: "openai",
      baseURL: undefined,
      apiKey: "k",
      model: "gpt-4o-mini",
    });
    expect(judgeConfig({ OPENAI_BASE_URL: "http://localhost:1/v1/", JUDGE_MODEL: "m" })).toMatchObject({
      baseURL: "http://localhost:1/v1",
      model: "m",
    });
    expect(judgeConfig({ OPENAI_API_KEY: "k", JUDGE_MODEL: "off" })).toBeNull();
  });
  it("LLM_PROVIDER=local judges on the local GGUF (named after the file), unless JUDGE_MODEL=off", () => {
    const env = { LLM_PROVIDER: "local", LOCAL_MODEL_PATH: "/m/gemma-3-270m-q4_k_m.gguf", OPENAI_API_KEY: "k" };
    expect(judgeConfig(env)).toMatchObject({
      provider: "local",
      model: "gemma-3-270m-q4_k_m",
      local: { path: "/m/gemma-3-270m-q4_k_m.gguf" },
    });
    expect(judgeConfig({ ...env, JUDGE_MODEL: "off" })).toBeNull();
  });
  it("accepts fenced JSON", () => {
    expect(parseJudgeAnswer('```json\n{"critique":"ok","verdict":"pass"}\n```')).toMatchObject({ ok: true });
  });
});
