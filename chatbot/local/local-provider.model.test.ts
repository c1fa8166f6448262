import { afterAll, describe, expect, it } from "vitest";
import { createProvider } from "../providers/index";
import { parseLlmEnv } from "../providers/openai-config";
import { describeProviderContract } from "../providers/provider-contract";
import { modelUnderTest } from "./model-under-test";
import { closeSharedLocalModels, sharedLocalModel } from "./shared-local-model";

const { path, skipReason } = modelUnderTest();
const config = () => parseLlmEnv({ LLM_PROVIDER: "local", LOCAL_MODEL_PATH: path ?? "" });

afterAll(() => closeSharedLocalModels());

// A CPU model on a shared 2-core machine: generous limits, a handful of calls.
describe.skipIf(!path)(`local model ${skipReason}`, () => {
  describeProviderContract("local (real GGUF)", {
    make: () => createProvider(config()).provider,
    abortable: true,
    timeoutMs: 240_000,
  });

  it("is loaded once per process and shared", { timeout: 240_000 }, async () => {
    const c = config();
    if (c.provider !== "local") throw new Error("expected local");
    const [a, b] = await Promise.all([sharedLocalModel(c), sharedLocalModel(c)]);
    expect(a).toBe(b);
    expect(a.countTokens("Saturday: open 9am to 3pm.")).toBeGreaterThan(3);
  });

  it("reuses a shared prompt prefix instead of evaluating it again", { timeout: 240_000 }, async () => {
    const c = config();
    if (c.provider !== "local") throw new Error("expected local");
    const model = await sharedLocalModel(c);
    const system = { role: "system" as const, content: `You are a judge. ${"Facts: Saturday 9am-3pm. ".repeat(20)}` };
    const ask = (q: string, reusePrefix = true) =>
      model.complete({ messages: [system, { role: "user", content: q }], maxTokens: 4, reusePrefix });
    await ask("first question");
    const reused = await ask("second question");
    expect(reused.evaluatedTokens).toBeLessThan(reused.inputTokens / 4);
    const fresh = await ask("second question", false);
    expect(fresh.evaluatedTokens).toBeGreaterThanOrEqual(fresh.inputTokens - 2);
  });
});
