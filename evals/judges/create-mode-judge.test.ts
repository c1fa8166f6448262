import { afterEach, describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { type ChatRequestBody, type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { convo } from "../checks/test-support";
import type { ModeExample } from "../stats/mode-examples";
import { splitLabelled } from "../stats/split";
import { createModeJudge, judgeDefinitionText, selectModeShots } from "./create-mode-judge";
import { openAIComplete } from "./judge";
import { createMemoryJudgeCache } from "./judge-cache";
import { isValidated } from "./judge-definition";

let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const MODE = {
  id: "ignores_frame_size",
  name: "Ignores frame size",
  definition: "Recommends a bike without asking the rider's height.",
  factIds: [],
};

/** 24 annotated traces in 24 scenarios: every third fails with the new mode ("WRONGSIZE" in the reply), some fail otherwise. */
const examples: ModeExample[] = Array.from({ length: 24 }, (_, i) => {
  const kind = i % 3 === 0 ? "mode" : i % 3 === 1 ? "pass" : "other";
  const reply = kind === "mode" ? `WRONGSIZE bike ${i} suits anyone.` : `Reply ${i}, all per the handbook.`;
  return {
    id: `tr-${i}`,
    scenario: `sc-${i}`,
    transcript: convo([`question ${i}`, reply], undefined, `tr-${i}`),
    pass: kind === "pass",
    modes: kind === "mode" ? [MODE.id] : kind === "other" ? ["bad_data"] : [],
    firstFailTurn: kind === "pass" ? null : 1,
    note: kind === "mode" ? `note ${i}: sold a frame without asking height` : "",
    source: "annotated",
  };
});
const split = splitLabelled(
  examples.map((e) => ({ id: e.id, group: e.scenario, pass: e.pass })),
  1,
);

/** A judge model that fails exactly the transcripts with the marker (in the user message, not the system prompt). */
const markerJudge = (body: ChatRequestBody) => {
  const user = JSON.stringify(body.messages?.at(-1) ?? "");
  const fail = user.includes("WRONGSIZE");
  return {
    kind: "json" as const,
    content: JSON.stringify({ critique: "checked", verdict: fail ? "fail" : "pass", turn: fail ? 1 : null }),
  };
};

const create = (baseURL: string, ex = examples) =>
  createModeJudge({
    mode: MODE,
    examples: ex,
    split,
    seed: 1,
    h: handbook,
    provider: "openai",
    model: "judge-test",
    complete: openAIComplete({ baseURL, apiKey: "test", model: "judge-test" }),
    cache: createMemoryJudgeCache(),
    now: () => "2026-06-03T10:00:00.000Z",
    createdBy: "ann@example.com",
  });

describe("createModeJudge against the fake OpenAI-compatible server", () => {
  it("learns from train only, measures on every dev item, and a judge that agrees with the humans validates", async () => {
    fake = await startFakeOpenAI({ respond: markerJudge });
    const r = await create(fake.baseURL);
    if (!r.ok) throw new Error(r.error.message);
    const d = r.definition;
    const dev = examples.filter((e) => split.get(e.id) === "dev");
    expect(fake.requests).toHaveLength(dev.length);
    expect(d.measurement).toMatchObject({ split: "dev", n: dev.length, tpr: 1, tnr: 1, errors: 0, disagreements: [] });
    expect(d.measurement.tn).toBe(dev.filter((e) => e.modes.includes(MODE.id)).length);
    expect(isValidated(d.measurement)).toBe(true);
    expect(d.id).toMatch(/^judge-ignores_frame_size-[0-9a-f]{8}$/);
    expect(d.shotIds.length).toBeGreaterThan(0);
    for (const id of d.shotIds) expect(split.get(id)).toBe("train");
    // The prompt states the mode and never shows a dev or test transcript.
    expect(d.system).toContain("Ignores frame size: Recommends a bike without asking the rider's height.");
    for (const e of examples.filter((x) => split.get(x.id) !== "train"))
      expect(d.system).not.toContain(`question ${e.id.slice(3)}\n`);
    expect(fake.requests[0]!.body).toMatchObject({ model: "judge-test", temperature: 0 });
  });

  it("a judge that passes everything catches no failure: TNR 0, not validated", async () => {
    fake = await startFakeOpenAI({
      respond: () => ({ kind: "json", content: JSON.stringify({ critique: "fine", verdict: "pass", turn: null }) }),
    });
    const r = await create(fake.baseURL);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.definition.measurement.tnr).toBe(0);
    expect(r.definition.measurement.tpr).toBe(1);
    expect(r.definition.measurement.disagreements.length).toBeGreaterThan(0);
    expect(isValidated(r.definition.measurement)).toBe(false);
  });

  it("counts failed calls apart instead of as verdicts", async () => {
    fake = await startFakeOpenAI({ respond: () => ({ kind: "status", status: 400 }) });
    const r = await create(fake.baseURL);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.definition.measurement).toMatchObject({ n: 0, tpr: null, tnr: null });
    expect(r.definition.measurement.errors).toBe(examples.filter((e) => split.get(e.id) === "dev").length);
  });

  it("refuses a mode nobody has labelled, without calling the model", async () => {
    fake = await startFakeOpenAI({ respond: markerJudge });
    const r = await create(
      fake.baseURL,
      examples.map((e) => ({ ...e, modes: e.modes.filter((m) => m !== MODE.id) })),
    );
    expect(r).toMatchObject({ ok: false, error: { code: "no_examples" } });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("shots and definition text", () => {
  const train = examples.filter((e) => split.get(e.id) === "train");
  it("picks failures of the mode first, then a borderline and a plain pass", () => {
    const shots = selectModeShots(train, MODE.id);
    expect(shots.filter((s) => s.verdict === "fail").length).toBeGreaterThan(0);
    expect(
      shots.every((s) => (s.verdict === "fail") === train.find((e) => e.id === s.id)!.modes.includes(MODE.id)),
    ).toBe(true);
  });
  it("adds the train failures' notes to an axial mode's definition; a seed mode keeps its judge definition", () => {
    expect(judgeDefinitionText(MODE, train)).toMatch(/Reviewers' notes[\s\S]*sold a frame without asking height/);
    expect(judgeDefinitionText({ ...MODE, id: "bad_data" }, train)).toMatch(
      /^bad_data: the assistant states a shop fact/,
    );
  });
});
