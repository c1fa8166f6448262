import { describe, expect, it } from "vitest";
import { synthLlmConfig } from "./synth-env";

describe("synthLlmConfig", () => {
  it.each<[Record<string, string>, ReturnType<typeof synthLlmConfig>]>([
    [{}, null],
    [{ OPENAI_API_KEY: "sk-test", LLM_PROVIDER: "offline" }, null],
    [{ OPENAI_API_KEY: "sk-test" }, { baseURL: undefined, apiKey: "sk-test", model: "gpt-4o-mini" }],
    [
      { OPENAI_BASE_URL: "http://localhost:11434/v1/", SYNTH_MODEL: "llama3" },
      { baseURL: "http://localhost:11434/v1", apiKey: "not-needed", model: "llama3" },
    ],
    [{ OPENAI_API_KEY: " ", OPENAI_BASE_URL: "" }, null],
  ])("%j", (env, want) => {
    expect(synthLlmConfig(env)).toEqual(want);
  });

  it("names the bad variable without echoing its value", () => {
    expect(() => synthLlmConfig({ OPENAI_BASE_URL: "ftp://secret-host" })).toThrow(/^OPENAI_BASE_URL: /);
    expect(() => synthLlmConfig({ OPENAI_BASE_URL: "ftp://secret-host" })).not.toThrow(/secret-host/);
  });
});
