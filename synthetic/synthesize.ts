import { type GenerateOptions, generateScenarios, type QueryWriter, templateWriter } from "./build-scenario";
import { type RunDeps, runScenario } from "./run-scenario";
import type { TupleSample } from "./sample-tuples";
import type { DatasetLine, RunResult, Scenario } from "./schema";

/** Progress hooks: the number of scenarios once generated, then each finished run (progress bars, logs). */
export interface SynthesizeHooks {
  onStart?: (total: number) => void;
  onScenario?: (done: number, scenario: Scenario, run: RunResult) => void;
}

/** Generates scenarios and runs each through the bot, in order; returns the dataset lines (all kept) and the sample. */
export async function synthesize(
  deps: RunDeps & { writer?: QueryWriter },
  opts: GenerateOptions,
  hooks: SynthesizeHooks = {},
): Promise<{ lines: DatasetLine[]; sample: TupleSample }> {
  const { scenarios, sample } = await generateScenarios(opts, deps.writer ?? templateWriter);
  hooks.onStart?.(scenarios.length);
  const lines: DatasetLine[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    const run = await runScenario(deps, scenario);
    lines.push({ id: scenario.id, status: "kept", reason: null, scenario, run });
    hooks.onScenario?.(i + 1, scenario, run);
  }
  return { lines, sample };
}

/** How many runs ended for each stop reason. */
export function stopReasonCounts(lines: DatasetLine[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of lines) if (l.run) out[l.run.stopReason] = (out[l.run.stopReason] ?? 0) + 1;
  return out;
}
