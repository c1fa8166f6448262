import { afterAll, describe, expect, it } from "vitest";
import { closeSharedLocalModels, parseLlmEnv } from "../../chatbot/index";
import { modelUnderTest } from "../../chatbot/local/model-under-test";
import { handbook } from "../../knowledge-base/index";
import { EVAL_FILES, readLabelled } from "../run/eval-deps";
import { splitLabelled } from "../stats/split";
import { judgeConfig } from "./judge";
import { createMemoryJudgeCache } from "./judge-cache";
import { calibrateJudge } from "./judge-calibration";
import { selectFewShots } from "./judge-prompt";
import { judgeScore } from "./judge-score";
import { createScoredJudge } from "./scored-judge";

const { path, skipReason } = modelUnderTest();
afterAll(() => closeSharedLocalModels());

// The scored judge on the real GGUF: a few train items calibrate it, a few dev items are judged. Quality is not
// asserted (a 270M base model; docs/local-model.md has the measured figures), the path is: every call scores.
describe.skipIf(!path)(`scored local judge on the real model ${skipReason}`, () => {
  it("scores train items, fits a threshold and judges dev items with it", { timeout: 300_000 }, async () => {
    const env = { LLM_PROVIDER: "local", LOCAL_MODEL_PATH: path ?? "" };
    const cfg = judgeConfig(env);
    if (cfg?.provider !== "local" || parseLlmEnv(env).provider !== "local") throw new Error("expected local");
    const { items } = readLabelled(EVAL_FILES.labelled);
    const split = splitLabelled(
      items.map((i) => ({ id: i.id, group: i.scenario, pass: i.label.pass })),
      1,
    );
    const train = items.filter((i) => split.get(i.id) === "train");
    const make = (threshold: number | null) =>
      createScoredJudge({
        mode: "bad_data",
        shots: selectFewShots(train, "bad_data", split).slice(0, 2),
        provider: "local",
        model: cfg.model,
        score: judgeScore(cfg),
        threshold,
        cache: createMemoryJudgeCache(),
        now: () => "2026-12-03T00:00:00Z",
        h: handbook,
      });
    const some = [
      ...train.filter((i) => i.label.modes.includes("bad_data")).slice(0, 1),
      ...train.filter((i) => i.label.pass).slice(0, 2),
    ];
    const r = await calibrateJudge(make(null), some, {
      labelled: { file: EVAL_FILES.labelled, hash: "model-test", seed: 1 },
      now: () => "2026-12-03T00:00:00Z",
    });
    if (!r.ok) throw new Error(r.error);
    expect(r.calibration.train).toMatchObject({ n: 3, errors: 0 });
    for (const s of r.calibration.scores) expect(Number.isFinite(s.score)).toBe(true);
    const calibrated = make(r.calibration.threshold);
    const dev = items.filter((i) => split.get(i.id) === "dev").slice(0, 2);
    for (const i of dev) expect((await calibrated.judge(i)).verdict).toMatch(/^(pass|fail)$/);
  });
});
