import type { BotVariant } from "../../chatbot/index";
import { datasetDir, datasetPath, readDataset } from "../../synthetic/index";
import { scoreTranscript } from "../checks/score-transcript";
import { type BotOutput, createBotProvider } from "./bot-provider";

/** One promptfoo test case per kept dataset scenario: its recorded user turns, replayed at its reference time. */
export function datasetTests(dataset = "default", limit?: number) {
  const lines = readDataset(datasetPath(datasetDir(), dataset)).filter((l) => l.status === "kept");
  return lines.slice(0, limit ?? lines.length).map((l) => {
    const turns = (l.run?.transcript ?? []).map((t) => t.user);
    return {
      description: `${l.id} (${l.scenario.trap ?? l.scenario.tuple.intent})`,
      vars: {
        message: turns[0] ?? l.scenario.query,
        turns: JSON.stringify(turns.length ? turns : [l.scenario.query]),
        now: l.scenario.now,
      },
      metadata: { scenarioId: l.id, factIds: l.scenario.factIds },
    };
  });
}

/**
 * Our code evaluators as one promptfoo assertion: pass when no failure mode fires on the conversation. promptfoo has no
 * "neither": a conversation a check abstained on passes with score 0.5 and an "uncertain" reason naming the checks, so
 * it is never a silent pass. The transcript comes from the bot provider's response metadata (else the output itself,
 * a transcript as JSON or object).
 */
export function handbookAssertion(output: string | object, context?: { metadata?: Record<string, unknown> }) {
  const fromMetadata = context?.metadata?.transcript as BotOutput | undefined;
  const bot = fromMetadata ?? (typeof output === "string" ? JSON.parse(output) : output);
  const result = scoreTranscript({ id: "promptfoo", now: bot.now, messages: bot.messages });
  const unsure = result.pass ? (result.uncertain ?? []) : [];
  return {
    pass: result.pass,
    score: result.pass ? (unsure.length ? 0.5 : 1) : 0,
    reason: !result.pass
      ? result.failures.map((f) => `${f.mode} @turn ${f.turn}: ${f.reason}`).join("; ")
      : unsure.length
        ? `uncertain (needs human review): ${unsure.map((u) => `${u.evaluator} @turn ${u.turn}: ${u.reason}`).join("; ")}`
        : "handbook-true",
  };
}

/**
 * The test suite promptfoo evaluates: our bot as a custom provider (one per variant in `bots`, default `BOT` then
 * machine; or the given `providers`), our evaluators as the assertion.
 */
export function buildPromptfooSuite(
  opts: {
    dataset?: string;
    limit?: number;
    bots?: BotVariant[];
    providers?: ReturnType<typeof createBotProvider>[];
  } = {},
) {
  return {
    description: "JO's Bike Shop bot on the default synthetic dataset, checked against the handbook",
    prompts: ["{{message}}"],
    providers: opts.providers ?? (opts.bots ?? [undefined]).map((bot) => createBotProvider({ bot })),
    tests: datasetTests(opts.dataset, opts.limit),
    defaultTest: { assert: [{ type: "javascript" as const, value: handbookAssertion }] },
  };
}
