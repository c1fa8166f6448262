import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { closeSharedLocalModels } from "../../chatbot/index";
import { handbook } from "../../knowledge-base/index";
import { defaultDatabasePath, OpenAIChatLine, openTraceStore } from "../../traces/index";
import { loadHumanLabels } from "../annotation/index";
import { calibrateSeedJudges, readCalibrations, writeCalibrations } from "../judges/calibrate-cli";
import { formatCalibrations } from "../judges/format-calibrations";
import { judgeComplete, judgeConfig } from "../judges/judge";
import { createSqliteJudgeCache } from "../judges/judge-cache";
import { withCalibrations } from "../judges/judge-calibration";
import { judgeTrainingLines } from "../judges/judge-data";
import { judgeScore } from "../judges/judge-score";
import { seedJudges } from "../judges/seed-judges";
import { alignSplit, formatAlignReport } from "../stats/align";
import { annotatedTranscripts } from "../stats/annotated-set";
import { splitLabelled } from "../stats/split";
import type { EvalCommand } from "./cli-args";
import { EVAL_FILES, readLabelled } from "./eval-deps";
import { openVerdictStore } from "./verdict-store";

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

/** The hand-written labelled set plus every trace labelled in the annotation screens of this database. */
function withAnnotated(set: ReturnType<typeof readLabelled>, path: string) {
  if (!existsSync(path)) return set;
  const traces = openTraceStore(path);
  try {
    const annotated = annotatedTranscripts(loadHumanLabels(path), traces);
    const known = new Set(set.items.map((i) => i.id));
    const extra = annotated.filter((i) => !known.has(i.id));
    return {
      items: [...set.items, ...extra],
      hash: extra.length
        ? createHash("sha256")
            .update(set.hash)
            .update(extra.map((i) => `${i.id}:${i.label.pass}:${i.label.modes.join(",")}`).join("\n"))
            .digest("hex")
            .slice(0, 16)
        : set.hash,
    };
  } finally {
    traces.close();
  }
}

/** What align and calibrate-judges share: the labelled items (with annotated traces), their split and the judges' deps. */
function judgeSetup(cmd: { labelled: string; seed: number }, path: string, db: Database.Database | null) {
  const labelled = withAnnotated(readLabelled(cmd.labelled), path);
  const split = splitLabelled(
    labelled.items.map((i) => ({ id: i.id, group: i.scenario, pass: i.label.pass })),
    cmd.seed,
  );
  const train = labelled.items.filter((i) => split.get(i.id) === "train");
  const cfg = judgeConfig(process.env);
  const deps =
    cfg && db
      ? {
          train,
          split,
          provider: cfg.provider,
          model: cfg.model,
          complete: judgeComplete(cfg),
          score: judgeScore(cfg),
          cache: createSqliteJudgeCache(db),
          now: () => new Date().toISOString(),
          h: handbook,
        }
      : null;
  return { labelled, train, deps };
}

/** `pnpm eval align`: code checks (and judges when configured) against the hand labels; test-split uses are recorded. */
export async function alignCommand(cmd: Extract<EvalCommand, { command: "align" }>): Promise<number> {
  const path = cmd.database ?? defaultDatabasePath();
  const store = openVerdictStore(path);
  const db = judgeConfig(process.env) ? new Database(path) : null;
  try {
    const { labelled, deps } = judgeSetup(cmd, path, db);
    const testUses =
      cmd.split === "test" ? store.recordSplitUse("test", labelled.hash, new Date().toISOString()) : null;
    // A mode's judge is scored against its train-calibrated threshold when this judge version was calibrated.
    const { judges, notes } = deps
      ? seedJudges(deps, readCalibrations(EVAL_FILES.judgeCalibrations))
      : { judges: [], notes: [] };
    for (const n of notes) err(`eval align: ${n}\n`);
    const report = await alignSplit(labelled.items, { split: cmd.split, seed: cmd.seed, judges, testUses });
    if (report.warning) err(`eval align: warning: ${report.warning}\n`);
    out(cmd.json ? `${JSON.stringify(report)}\n` : formatAlignReport(report));
    return 0;
  } finally {
    store.close();
    db?.close();
  }
}

/** `pnpm eval calibrate-judges`: thresholds for the scored seed judges from the train split, written for align. */
export async function calibrateCommand(cmd: Extract<EvalCommand, { command: "calibrate-judges" }>): Promise<number> {
  const path = cmd.database ?? defaultDatabasePath();
  const db = judgeConfig(process.env) ? new Database(path) : null;
  try {
    const { labelled, train, deps } = judgeSetup(cmd, path, db);
    if (!deps) {
      err(
        "eval calibrate-judges: no judge model configured (LLM_PROVIDER=local, or OPENAI_BASE_URL / OPENAI_API_KEY)\n",
      );
      return 2;
    }
    const r = await calibrateSeedJudges(deps, {
      train,
      labelled: { file: cmd.labelled, hash: labelled.hash, seed: cmd.seed },
      limit: cmd.limit,
    });
    if (!r.ok) {
      err(`eval calibrate-judges: ${r.error}\n`);
      return 1;
    }
    writeCalibrations(
      withCalibrations(readCalibrations(EVAL_FILES.judgeCalibrations), r.calibrations),
      EVAL_FILES.judgeCalibrations,
    );
    out(cmd.json ? `${JSON.stringify(r.calibrations)}\n` : formatCalibrations(r.calibrations));
    return 0;
  } finally {
    await closeSharedLocalModels();
    db?.close();
  }
}

/** `pnpm eval export-judge-data`: the labelled set's train (or dev) items as judge fine-tuning JSONL, same split as align. */
export function exportJudgeDataCommand(cmd: Extract<EvalCommand, { command: "export-judge-data" }>): number {
  const labelled = withAnnotated(readLabelled(cmd.labelled), cmd.database ?? defaultDatabasePath());
  const split = splitLabelled(
    labelled.items.map((i) => ({ id: i.id, group: i.scenario, pass: i.label.pass })),
    cmd.seed,
  );
  const lines = judgeTrainingLines(labelled.items, split, cmd.split, handbook).map(
    (l) => `${JSON.stringify(OpenAIChatLine.parse(l))}\n`,
  );
  if (cmd.out) writeFileSync(cmd.out, lines.join(""));
  else out(lines.join(""));
  err(
    `eval export-judge-data: ${lines.length} examples from the ${cmd.split} split (seed ${cmd.seed})${cmd.out ? ` → ${cmd.out}` : ""}\n`,
  );
  return 0;
}
