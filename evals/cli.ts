import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { BotConfigError, closeSharedLocalModels } from "../chatbot/index";
import { defaultDatabasePath, openTraceStore } from "../traces/index";
import { handbook } from "../knowledge-base/index";
import { annotatedTranscripts } from "./stats/annotated-set";
import { judgeTrainingLines } from "./judges/judge-data";
import { loadHumanLabels } from "./annotation/index";
import { alignSplit, formatAlignReport } from "./stats/align";
import { type EvalCommand, parseEvalArgs, USAGE } from "./run/cli-args";
import { createEvalDeps, EVAL_FILES, readLabelled } from "./run/eval-deps";
import { judgeConfig, judgeComplete } from "./judges/judge";
import { createSqliteJudgeCache } from "./judges/judge-cache";
import { calibrateSeedJudges, readCalibrations, writeCalibrations } from "./judges/calibrate-cli";
import { formatCalibrations } from "./judges/format-calibrations";
import { withCalibrations } from "./judges/judge-calibration";
import { judgeScore } from "./judges/judge-score";
import { seedJudges } from "./judges/seed-judges";
import { runEval } from "./run/run";
import { understandingCli } from "./understanding/cli";
import { labelsCli } from "./annotation/cli";
import { formatHumanModeGate, formatHumanModes } from "./run/format-human-modes";
import { humanModesOf, judgeCreateCommand, modesCommand } from "./run/human-modes-cli";
import { formatScore, scoreJsonlStream } from "./run/score-file";
import { splitLabelled } from "./stats/split";
import type { EvalSummary } from "./run/eval-summary";
import { UNCERTAIN_RULE } from "./run/uncertain-outcomes";
import { openVerdictStore } from "./run/verdict-store";
import { closeOnSignals, loadProjectEnv, OpenAIChatLine } from "../traces/index";

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

/**
 * `pnpm eval score`: streams the input line by line and prints each result as it is scored; exit 0 when every line
 * parsed, 1 when any line was malformed (the others are still scored), 2 when the file cannot be read.
 */
async function score(cmd: Extract<EvalCommand, { command: "score" }>): Promise<number> {
  let file: FileHandle;
  try {
    file = await open(cmd.input, "r");
  } catch (error) {
    err(`eval score: cannot read ${cmd.input}: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    let first = true;
    if (cmd.json) out('{"results":[');
    const counts = await scoreJsonlStream(file.readLines({ encoding: "utf8" }), {
      result: (r) => {
        out(cmd.json ? `${first ? "" : ","}${JSON.stringify(r)}` : formatScore(r));
        first = false;
      },
      error: (e) => err(`eval score: ${cmd.input} line ${e.line}: ${e.error}\n`),
    });
    if (cmd.json) out("]}\n");
    else
      out(
        `${counts.scored} scored, ${counts.failed} failed, ${counts.uncertain} uncertain${counts.malformed ? `, ${counts.malformed} malformed line(s) skipped` : ""}\n`,
      );
    return counts.malformed ? 1 : 0;
  } finally {
    await file.close();
  }
}

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
async function align(cmd: Extract<EvalCommand, { command: "align" }>): Promise<number> {
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
async function calibrate(cmd: Extract<EvalCommand, { command: "calibrate-judges" }>): Promise<number> {
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

function brief(s: EvalSummary, reports: string): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = s.modes.map((m) => {
    const c = m.corrected?.ok
      ? ` corrected ${pct(m.corrected.rate)} [${pct(m.corrected.lo)}, ${pct(m.corrected.hi)}]`
      : "";
    const d = m.delta === null ? "" : ` Δ ${m.delta >= 0 ? "+" : ""}${(m.delta * 100).toFixed(1)} pts`;
    const u = m.uncertain ? `, ${m.uncertain} uncertain` : "";
    return `  ${m.mode.padEnd(17)} ${(m.n > m.uncertain ? pct(m.rate) : "—").padStart(6)} (${m.failures}/${m.n - m.uncertain} decided${u})${c}${d}  ${m.status}`;
  });
  const u = s.uncertain;
  if (u)
    lines.push(
      `  uncertain: ${u.conversations}/${s.conversations} conversations (${pct(u.rate)}), ${u.maxRate === null ? "not gated" : `limit ${pct(u.maxRate)}`} — ${UNCERTAIN_RULE}`,
    );
  return `eval run ${s.runId}: ${s.conversations} conversations, bot ${s.bot.variant} (${s.bot.provider} ${s.bot.model}), judges ${s.judges ? `${s.judges.provider} ${s.judges.model} (${s.judges.verdicts} verdicts, ${s.judges.errors} errors)` : "off"}${s.turnErrors.withError ? `, ⚠ ${s.turnErrors.withError}/${s.turnErrors.turns} turns with errors (fallback replies)` : ""}\n${lines.join("\n")}\n${s.reasons.map((r) => `  ✗ ${r}\n`).join("")}gate: ${s.exitCode ? "FAIL" : "PASS"} — report ${reports}/eval-${s.runId}.md\n`;
}

/** `pnpm eval`: replay the dataset, evaluate, report; exit 1 when a mode is over threshold or regressed. */
async function run(cmd: Extract<EvalCommand, { command: "run" }>): Promise<number> {
  let deps: ReturnType<typeof createEvalDeps>;
  try {
    deps = createEvalDeps({ databasePath: cmd.database, bot: cmd.bot });
  } catch (error) {
    if (!(error instanceof BotConfigError)) throw error;
    err(`eval: ${error.message}\n`);
    return 2;
  }
  // Ctrl-C / kill -TERM mid-run: drain the turn writer, flush the spans and close the stores (once), then exit.
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= Promise.resolve(deps.close()));
  closeOnSignals(close);
  try {
    const { summary } = await runEval(deps, {
      dataset: cmd.dataset,
      limit: cmd.limit,
      reportsDir: cmd.reportsDir,
      seed: cmd.seed,
      draws: cmd.draws,
      baselinePath: cmd.updateBaseline ? EVAL_FILES.baseline : null,
      concurrency: cmd.concurrency,
      judgeConcurrency: cmd.judgeConcurrency,
    });
    // The modes people found, beside the evaluators' rates: human-labelled rate, interval and covering evaluators.
    const humanModes = humanModesOf(cmd.database ?? defaultDatabasePath(), EVAL_FILES.labelled, cmd.seed);
    out(
      cmd.json
        ? `${JSON.stringify({ ...summary, humanModes })}\n`
        : `${brief(summary, cmd.reportsDir)}${formatHumanModeGate(summary.humanModeGate)}${formatHumanModes(humanModes)}`,
    );
    return summary.exitCode;
  } finally {
    await close();
  }
}

/** `pnpm eval export-judge-data`: the labelled set's train (or dev) items as judge fine-tuning JSONL, same split as align. */
function exportJudgeData(cmd: Extract<EvalCommand, { command: "export-judge-data" }>): number {
  const labelled = withAnnotated(readLabelled(cmd.labelled), defaultDatabasePath());
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

async function main(): Promise<number> {
  if (process.argv[2] === "understanding") return understandingCli(process.argv.slice(3));
  if (process.argv[2] === "labels") {
    loadProjectEnv();
    return labelsCli(process.argv.slice(3));
  }
  loadProjectEnv(); // .env / .env.local, as `pnpm dev` sees them
  let cmd: EvalCommand;
  try {
    if (process.argv.includes("--help") || process.argv.includes("-h")) {
      out(`${USAGE}\n`);
      return 0;
    }
    cmd = parseEvalArgs(process.argv.slice(2));
  } catch (error) {
    err(`eval: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (cmd.command === "score") return score(cmd);
  if (cmd.command === "align") return align(cmd);
  if (cmd.command === "calibrate-judges") return calibrate(cmd);
  if (cmd.command === "export-judge-data") return exportJudgeData(cmd);
  if (cmd.command === "modes") return modesCommand(cmd, defaultDatabasePath());
  if (cmd.command === "judge-create") return judgeCreateCommand(cmd, defaultDatabasePath());
  return run(cmd);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      err(`eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(3);
    },
  );
