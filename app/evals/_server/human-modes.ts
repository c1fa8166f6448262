import "server-only";
import {
  annotatedTranscripts,
  type HumanModeSources,
  type HumanModesReport,
  type JudgeRegistry,
  judgeConfig,
  type LabelledTranscript,
  measureHumanModes,
  openJudgeRegistry,
  readLabelledSet,
} from "../../../evals/index";
import { getRuntime, getStore } from "../../_server/runtime";
import { getAnnotationDeps } from "../../annotate/_server/annotation-deps";

// On globalThis like the chat runtime: one judge-registry connection per process, whatever Next re-evaluates.
const KEY = Symbol.for("jos-bike-shop.app.judges");
type Holder = { [KEY]?: JudgeRegistry };

/** The process-wide judge registry (stored judge definitions and their verdict cache) on the trace store's file. */
export function getJudgeRegistry(): JudgeRegistry {
  const holder = globalThis as Holder;
  holder[KEY] ??= openJudgeRegistry(getStore().path);
  return holder[KEY];
}

/** What the human-mode figures are computed from, read now: labels, taxonomy, traces, hand-written set, judges. */
export function humanModeSources(): HumanModeSources {
  const { labels } = getAnnotationDeps();
  return {
    labels: labels.humanLabels(),
    taxonomy: labels.taxonomy().taxonomy,
    traces: getRuntime().deps.store,
    handwritten: readLabelledSet(),
    judges: getJudgeRegistry().definitions.latestPerMode(),
  };
}

/** The labelled set the page measures evaluators on: the hand-written set plus the traces labelled in the app. */
export function labelledUnion(): LabelledTranscript[] {
  const handwritten = readLabelledSet();
  const known = new Set(handwritten.map((i) => i.id));
  const annotated = annotatedTranscripts(getAnnotationDeps().labels.humanLabels(), getRuntime().deps.store);
  return [...handwritten, ...annotated.filter((i) => !known.has(i.id))];
}

/** The human failure modes for `/evals`, or why they could not be read (the page still renders the rest). */
export type HumanModesData =
  | { ok: true; report: HumanModesReport; judgeModel: string | null }
  | { ok: false; error: string };

/** Measures the human modes on the given split seed; `judgeModel` is where "Create judge" would run (null: none). */
export function loadHumanModes(seed: number): HumanModesData {
  try {
    const cfg = judgeConfig(process.env);
    return {
      ok: true,
      report: measureHumanModes(humanModeSources(), seed),
      judgeModel: cfg ? `${cfg.provider} ${cfg.model}` : null,
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
