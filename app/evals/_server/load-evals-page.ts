import "server-only";
import { type AlignReport, alignSplit, type LabelledTranscript } from "../../../evals/index";
import { getRuntime } from "../../_server/runtime";
import { type ModeSeries, modeSeries, pickRun, type RunEntry } from "../_lib/run-history";
import type { RunParam } from "../_lib/run-param";
import { type HumanModesData, labelledUnion, loadHumanModes } from "./human-modes";
import { getVerdictStore } from "./verdict-store";

/** The split the page measures alignment on: dev (free to look at; the test split's uses are counted). */
export const ALIGNMENT_SPLIT = "dev" as const;
/** The split seed: `pnpm eval` and `pnpm eval align` default to 1, so the page sees the same split. */
export const ALIGNMENT_SEED = 1;

/** Code-check alignment on the labelled set, or why it could not be measured. */
export type AlignmentData =
  | { ok: true; report: AlignReport; disagreeing: LabelledTranscript[] }
  | { ok: false; error: string };

/** Everything `/evals` renders. */
export interface EvalsPageData {
  runs: RunEntry[];
  selected: (RunEntry & { summary: NonNullable<RunEntry["summary"]> }) | null;
  missingRun: boolean;
  series: ModeSeries[];
  alignment: AlignmentData;
  /** Every failure mode people found (seed and axial): human rate, interval, covering evaluators. */
  humanModes: HumanModesData;
  /** Ids (worst conversations, disagreeing items) that are stored traces, so they can link to `/traces/<id>`. */
  storedIds: ReadonlySet<string>;
  timeZone: string;
}

const RUNS_SHOWN = 50;

async function loadAlignment(): Promise<AlignmentData> {
  let items: LabelledTranscript[];
  try {
    items = labelledUnion();
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const report = await alignSplit(items, { split: ALIGNMENT_SPLIT, seed: ALIGNMENT_SEED, judges: [], testUses: null });
  const ids = new Set(report.rows.flatMap((r) => r.confusion.disagreements.map((d) => d.id)));
  return { ok: true, report, disagreeing: items.filter((i) => ids.has(i.id)) };
}

/** Reads the stored eval runs (the verdict store parses their summaries), the chosen run, and the alignment report. */
export async function loadEvalsPage(param: RunParam): Promise<EvalsPageData> {
  const { store, kb } = getRuntime().deps;
  const runs: RunEntry[] = getVerdictStore().listRuns(RUNS_SHOWN);
  const { run, missing } = pickRun(runs, param.kind === "run" ? param.id : null);
  const alignment = await loadAlignment();
  const candidates = [
    ...(run?.summary.worst.map((w) => w.conversationId) ?? []),
    ...(run?.summary.uncertain?.examples.map((e) => e.conversationId) ?? []),
    ...(alignment.ok ? alignment.report.rows.flatMap((r) => r.confusion.disagreements.map((d) => d.id)) : []),
  ];
  const storedIds = new Set([...new Set(candidates)].filter((id) => id.length <= 200 && store.getConversation(id)));
  return {
    runs,
    selected: run,
    missingRun: missing || param.kind === "invalid",
    series: modeSeries(runs),
    alignment,
    humanModes: loadHumanModes(ALIGNMENT_SEED),
    storedIds,
    timeZone: kb.handbook.shop.timeZone,
  };
}
