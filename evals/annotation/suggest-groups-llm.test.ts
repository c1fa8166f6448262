import { describe, expect, it } from "vitest";
import { groupingPrompt, type LlmSuggestDeps, suggestGroupsWithLlm, suggestModelFromEnv } from "./suggest-groups-llm";
import { SEED_TAXONOMY } from "./taxonomy";

const notes = [
  { traceId: "a", note: "wrong Saturday hours" },
  { traceId: "b", note: "offered motor diagnostics" },
];
const fake = (content: string | Error): LlmSuggestDeps & { calls: unknown[] } => {
  const calls: unknown[] = [];
  return {
    calls,
    model: "gpt-test",
    client: {
      chat: {
        completions: {
          create: async (body: unknown) => {
            calls.push(body);
            if (content instanceof Error) throw content;
            return { choices: [{ message: { content } }] };
          },
        },
      },
    } as unknown as LlmSuggestDeps["client"],
  };
};

describe("LLM suggest groups", () => {
  it("asks at temperature 0 for JSON and turns the answer into validated suggestions", async () => {
    const deps = fake(
      JSON.stringify({
        groups: [
          { existingModeId: "bad_data", traceIds: ["a", "zzz"], reason: "hours" },
          {
            existingModeId: null,
            name: "offers_unsupported_work",
            definition: "Offers work we do not do.",
            traceIds: ["b"],
            reason: "",
          },
          { existingModeId: "bad_data", traceIds: ["a"], reason: "dup" },
        ],
      }),
    );
    const r = await suggestGroupsWithLlm(deps, notes, SEED_TAXONOMY.modes);
    expect(deps.calls[0]).toMatchObject({
      model: "gpt-test",
      temperature: 0,
      response_format: { type: "json_object" },
    });
    expect(r).toEqual({
      ok: true,
      suggestions: [
        { id: "llm-0", kind: "assign", modeId: "bad_data", traceIds: ["a"], reason: "hours" },
        {
          id: "llm-1",
          kind: "new_mode",
          name: "offers_unsupported_work",
          definition: "Offers work we do not do.",
          traceIds: ["b"],
          reason: "Suggested by the model.",
        },
      ],
    });
  });

  it.each(["not json", JSON.stringify({ groups: [{ traceIds: [] }] }), JSON.stringify({ nope: 1 })])(
    "returns an error value for an unusable answer (%s)",
    async (content) => {
      expect(await suggestGroupsWithLlm(fake(content), notes, [])).toMatchObject({
        ok: false,
        error: { code: "llm_failed" },
      });
    },
  );

  it("returns an error value when the call fails", async () => {
    expect(await suggestGroupsWithLlm(fake(new Error("429")), notes, [])).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("429") },
    });
  });

  it("puts modes and notes in the prompt as data", () => {
    const [system, user] = groupingPrompt(notes, SEED_TAXONOMY.modes);
    expect(system!.content).toMatch(/JSON only/);
    expect(JSON.parse(user!.content).notes).toEqual(notes);
  });

  it.each([
    [{}, null],
    [{ OPENAI_API_KEY: "k" }, "gpt-4o-mini"],
    [{ OPENAI_API_KEY: "k", LLM_PROVIDER: "offline" }, null],
    [{ OPENAI_BASE_URL: "http://localhost:11434/v1", JUDGE_MODEL: "llama3" }, "llama3"],
    [{ OPENAI_API_KEY: "k", JUDGE_MODEL: "j", ANNOTATION_MODEL: "a" }, "a"],
  ])("model from env %j → %s", (env, model) => {
    expect(suggestModelFromEnv(env)?.model ?? null).toBe(model);
  });
});

describe("LLM suggest groups over the wire (fake OpenAI-compatible server, real SDK)", () => {
  it("sends one JSON-mode request and parses the answer; an unparsable answer is an error value", async () => {
    const { default: OpenAI } = await import("openai");
    const { startFakeOpenAI } = await import("../../tests/support/fake-openai");
    const fake = await startFakeOpenAI([
      {
        kind: "json",
        content: JSON.stringify({ groups: [{ existingModeId: "over_eager", traceIds: ["b"], reason: "offers work" }] }),
      },
      { kind: "json", content: "Sure! Here are the groups: ..." },
    ]);
    try {
      const client = new OpenAI({ baseURL: fake.baseURL, apiKey: "test", maxRetries: 0 });
      const ok = await suggestGroupsWithLlm({ client, model: "judge-test" }, notes, SEED_TAXONOMY.modes);
      expect(ok).toEqual({
        ok: true,
        suggestions: [{ id: "llm-0", kind: "assign", modeId: "over_eager", traceIds: ["b"], reason: "offers work" }],
      });
      expect(fake.requests[0]?.body).toMatchObject({
        model: "judge-test",
        temperature: 0,
        response_format: { type: "json_object" },
      });
      const bad = await suggestGroupsWithLlm({ client, model: "judge-test" }, notes, SEED_TAXONOMY.modes);
      expect(bad).toMatchObject({ ok: false, error: { code: "llm_failed" } });
    } finally {
      await fake.close();
    }
  });
});
