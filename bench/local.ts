import { getLlama, LlamaCompletion, type LlamaContextSequence, LlamaLogLevel } from "node-llama-cpp";
import { messagesAsDocument } from "../chatbot/local/completion-prompts";
import { type LocalModel, loadLocalModel } from "../chatbot/local/local-model";
import { createLocalProvider } from "../chatbot/local/local-provider";
import { buildReplyMessages } from "../chatbot/providers/build-messages";
import { CONTRACT_REPLY, CONTRACT_UNDERSTAND } from "../chatbot/providers/provider-contract";
import { JUDGE_ANSWER_JSON_SCHEMA } from "../evals/judges/judge";
import { buildJudgeSystemPrompt, judgeMessages } from "../evals/judges/judge-prompt";
import { readLabelledSet } from "../evals/stats/read-labelled-set";
import { handbook } from "../knowledge-base/index";
import { runEvalCli } from "./eval-cli";
import { percentile, progress, r3 } from "./stats";

/** How much of the local-model section to run (a CPU model: every figure is a handful of calls). */
export interface LocalPlan {
  path: string;
  threads: number;
  rounds: number;
  judgeCalls: number;
  evalLimit: number;
}

const mb = () => process.memoryUsage().rss / 2 ** 20;

/**
 * The same completion timed through our LocalModel and through node-llama-cpp's LlamaCompletion directly: the reply
 * job's messages as one document (what a base model gets), the sequence cleared before each so the whole prompt counts.
 */
async function speedPair(
  model: LocalModel,
  direct: { completion: LlamaCompletion; sequence: LlamaContextSequence },
  maxTokens: number,
) {
  const prompt = messagesAsDocument(
    buildReplyMessages(CONTRACT_REPLY).map((m) => ({ role: m.role as "system" | "user", content: String(m.content) })),
    false,
  );
  const timed = async (run: (onText: () => void) => Promise<{ inputTokens: number; outputTokens: number }>) => {
    const t0 = performance.now();
    let first = 0;
    const r = await run(() => {
      if (!first) first = performance.now();
    });
    const end = performance.now();
    return { promptTps: r.inputTokens / ((first - t0) / 1000), genTps: (r.outputTokens - 1) / ((end - first) / 1000) };
  };
  const ours = await timed((onText) => model.complete({ prompt, maxTokens, reusePrefix: false, onText }));
  const { sequence } = direct;
  const inputTokens = model.countTokens(prompt);
  const raw = await timed(async (onText) => {
    await sequence.clearHistory();
    const before = sequence.tokenMeter.usedOutputTokens;
    await direct.completion.generateCompletion(prompt, { maxTokens, onTextChunk: onText });
    return { inputTokens, outputTokens: sequence.tokenMeter.usedOutputTokens - before };
  });
  return { ours, raw };
}

/** `pnpm bench --only local`: load time and RSS, tokens/s ours vs direct, first reply token, judges with/without prefix reuse, eval wall time. */
export async function benchLocal(plan: LocalPlan): Promise<Record<string, number | number[]>> {
  progress(`local: loading ${plan.path} (${plan.threads} thread(s))`);
  const rssBefore = mb();
  const model = await loadLocalModel({ path: plan.path, threads: plan.threads, sequences: 2, contextSize: 8192 });
  const rssLoaded = mb();

  progress(`local: tokens/s through our model vs node-llama-cpp directly, ${plan.rounds} round(s)`);
  const llama = await getLlama({ gpu: false, build: "never", skipDownload: true, logLevel: LlamaLogLevel.error });
  const raw = await llama.loadModel({ modelPath: plan.path });
  const ctx = await raw.createContext({ contextSize: 8192, threads: plan.threads });
  const sequence = ctx.getSequence();
  const direct = { completion: new LlamaCompletion({ contextSequence: sequence }), sequence };
  const pairs = [];
  for (let i = 0; i < plan.rounds; i++) pairs.push(await speedPair(model, direct, 64));
  await ctx.dispose();
  await raw.dispose();
  const med = (xs: number[]) => percentile(xs, 50);

  progress(`local: first reply token of a chat turn (understand + reply), ${plan.rounds} turn(s)`);
  const provider = createLocalProvider({ model: async () => model, modelName: model.name, timeoutMs: 300_000 });
  const firstTokens: number[] = [];
  for (let i = 0; i < plan.rounds; i++) {
    const t0 = performance.now();
    let first = 0;
    await provider.understand(CONTRACT_UNDERSTAND).catch(() => undefined);
    await provider
      .writeReply(CONTRACT_REPLY, () => {
        if (!first) first = performance.now();
      })
      .catch(() => undefined);
    firstTokens.push(first ? first - t0 : Number.NaN);
  }

  progress(`local: judge calls with and without prefix reuse, ${plan.judgeCalls} each`);
  const system = buildJudgeSystemPrompt(handbook, "bad_data", []).content;
  const transcripts = readLabelledSet().slice(0, plan.judgeCalls);
  const judgeRun = async (reusePrefix: boolean) => {
    await model.complete({ messages: judgeMessages(system, transcripts[0]!), maxTokens: 1, reusePrefix: false }); // warm the prefix
    const t0 = performance.now();
    for (const t of transcripts) {
      await model.complete({
        messages: judgeMessages(system, t),
        schema: JUDGE_ANSWER_JSON_SCHEMA,
        maxTokens: 60,
        reusePrefix,
      });
    }
    return transcripts.length / ((performance.now() - t0) / 1000);
  };
  const withoutReuse = await judgeRun(false);
  const withReuse = await judgeRun(true);
  const judgePromptTokens = model.countTokens(system);
  await model.close();

  let evalSeconds = Number.NaN;
  if (plan.evalLimit > 0) {
    progress(`local: pnpm eval --limit ${plan.evalLimit} --concurrency 1, bot and judges on the local model`);
    const run = await runEvalCli({
      env: { LLM_PROVIDER: "local", LOCAL_MODEL_PATH: plan.path, JUDGE_MODEL: "" },
      limit: plan.evalLimit,
      concurrency: 1,
    });
    evalSeconds = run.seconds;
  }
  return {
    localLoadMs: model.loadMs,
    localRssLoadedMiB: Math.round(rssLoaded),
    localRssModelMiB: Math.round(rssLoaded - rssBefore),
    localPromptTokensPerSec: r3(med(pairs.map((p) => p.ours.promptTps))),
    localGenTokensPerSec: r3(med(pairs.map((p) => p.ours.genTps))),
    localDirectPromptTokensPerSec: r3(med(pairs.map((p) => p.raw.promptTps))),
    localDirectGenTokensPerSec: r3(med(pairs.map((p) => p.raw.genTps))),
    localGenOverhead: r3(med(pairs.map((p) => p.raw.genTps / p.ours.genTps - 1))),
    localPromptOverhead: r3(med(pairs.map((p) => p.raw.promptTps / p.ours.promptTps - 1))),
    localFirstTokenP50Ms: Math.round(med(firstTokens)),
    localFirstTokenMs: firstTokens.map(Math.round),
    localJudgePromptTokens: judgePromptTokens,
    localJudgeCallsPerSecReuse: r3(withReuse),
    localJudgeCallsPerSecNoReuse: r3(withoutReuse),
    localJudgeReuseSpeedup: r3(withReuse / withoutReuse),
    localEvalSeconds: r3(evalSeconds),
    localEvalLimit: plan.evalLimit,
  };
}
