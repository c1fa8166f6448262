import { handbook } from "../../knowledge-base/index";
import { openTraceStore } from "../../traces/index";
import { openAnnotationStore } from "../annotation/index";
import { judgeComplete, judgeConfig } from "../judges/judge";
import { type JudgeRegistry, openJudgeRegistry } from "../judges/judge-registry";
import type { EvalCommand } from "./cli-args";
import { readLabelled } from "./eval-deps";
import { formatHumanModes, formatModeEvaluator } from "./format-human-modes";
import { createJudgeForMode, type HumanModeSources, type HumanModesReport, measureHumanModes } from "./human-modes";

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

/** Reads the human-mode sources from a database file (annotation tables, traces, stored judges) and a labelled set. */
export function withHumanModeSources<T>(
  path: string,
  labelledPath: string,
  fn: (s: HumanModeSources, registry: JudgeRegistry) => T,
): T {
  const labels = openAnnotationStore(path);
  const traces = openTraceStore(path);
  const registry = openJudgeRegistry(path);
  const close = () => {
    labels.close();
    void traces.close();
    registry.close();
  };
  try {
    const result = fn(
      {
        labels: labels.humanLabels(),
        taxonomy: labels.taxonomy().taxonomy,
        traces,
        handwritten: readLabelled(labelledPath).items,
        judges: registry.definitions.latestPerMode(),
      },
      registry,
    );
    if (result instanceof Promise) return result.finally(close) as T;
    close();
    return result;
  } catch (error) {
    close();
    throw error;
  }
}

/** The human-modes report of a database (for `pnpm eval` and `pnpm eval modes`). */
export function humanModesOf(path: string, labelledPath: string, seed: number): HumanModesReport {
  return withHumanModeSources(path, labelledPath, (s) => measureHumanModes(s, seed));
}

/** `pnpm eval modes`: every failure mode's human rate, interval and covering evaluators. */
export function modesCommand(cmd: Extract<EvalCommand, { command: "modes" }>, path: string): number {
  const r = humanModesOf(path, cmd.labelled, cmd.seed);
  out(cmd.json ? `${JSON.stringify(r)}\n` : formatHumanModes(r));
  return 0;
}

/**
 * `pnpm eval judge create --mode M`: creates the mode's LLM judge on the configured judge model (an OpenAI-compatible
 * server or LLM_PROVIDER=local), measures it on dev, stores the definition. Exit 0 stored, 1 nothing to learn from or
 * unknown mode, 2 no judge model configured.
 */
export async function judgeCreateCommand(cmd: Extract<EvalCommand, { command: "judge-create" }>, path: string) {
  const cfg = judgeConfig(process.env);
  if (!cfg) {
    err(
      "eval judge create: no judge model: set OPENAI_BASE_URL (and OPENAI_API_KEY) for an OpenAI-compatible server, or LLM_PROVIDER=local; JUDGE_MODEL must not be off\n",
    );
    return 2;
  }
  return withHumanModeSources(path, cmd.labelled, async (s, registry) => {
    const r = await createJudgeForMode(s, {
      mode: cmd.mode,
      seed: cmd.seed,
      h: handbook,
      provider: cfg.provider,
      model: cfg.model,
      complete: judgeComplete(cfg),
      cache: registry.cache,
      now: () => new Date().toISOString(),
      createdBy: cmd.by,
    });
    if (!r.ok) {
      err(`eval judge create: ${r.error.message}\n`);
      return 1;
    }
    registry.definitions.put(r.definition);
    const report = measureHumanModes({ ...s, judges: [...s.judges, r.definition] }, cmd.seed);
    const row = report.modes.find((m) => m.id === r.definition.modeId);
    const ev = row?.evaluators.find((e) => e.id === r.definition.id);
    if (cmd.json) out(`${JSON.stringify({ judge: r.definition, mode: row })}\n`);
    else
      out(
        `created ${r.definition.id} for ${r.definition.modeId} on ${cfg.provider} ${cfg.model} (${r.definition.shotIds.length} train example(s))\n  dev: ${ev ? formatModeEvaluator(ev) : "not measured"}${r.definition.measurement.errors ? `, ${r.definition.measurement.errors} error verdict(s) excluded` : ""}\n`,
      );
    return 0;
  });
}
