import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { defaultDatabasePath, openTraceStore } from "../traces/index";
import { annotatedTranscripts } from "./annotated-set";
import { loadHumanLabels } from "./annotation/index";
import { alignSplit, formatAlignReport } from "./align";
import { type EvalCommand, parseEvalArgs, USAGE } from "./cli-args";
import { createEvalDeps, EVAL_FILES, readLabelled } from "./eval-deps";
import { createJudge, judgeConfig, openAIComplete } from "./judge";
import { understandingCli } from "./understanding/cli";
import { createSqliteJudgeCache } from "./judge-cache";
import { selectFewShots } from "./judge-prompt";
import { runEval } from "./run";
import { FAILURE_MODES } from "./schema";
import { formatScores, scoreJsonl } from "./score-file";
import { splitLabelled } from "./split";
import type { EvalSummary } from "./summary";
import { openVerdictStore } from "./verdict-store";

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

/** `pnpm eval score`: exit 0 when every line parsed, 1 when any line was malformed (the others are still scored). */
function score(cmd: Extract<EvalCommand, { command: "score" }>): number {
  let text: string;
  try {
    text = readFileSync(cmd.input, "utf8");
  } catch (error) {
    err(`eval score: cannot read ${cmd.input}: ${(error as Error).message}\n`);
    return 2;
  }
  const r = scoreJsonl(text);
  for (const e of r.errors) err(`eval score: ${cmd.input} line ${e.line}: ${e.error}\n`);
  out(cmd.json ? `${JSON.stringify({ results: r.results })}\n` : formatScores(r));
  return r.errors.length ? 1 : 0;
}

/** The hand-written labelled set plus every trace labelled in the annotation screens of this database. */
function withAnnotated(set: ReturnType<typeof readLabelled>, path: string) {
  if (!existsSync(path)) return set;
  const traces = openTraceStore(path);
  try {
    const annotated = annotatedTranscripts(loadHumanLabels(path), traces);
    const known = new Set(set.items.map((i) => i.id));
    const extra = annotated.filter((i) => !known.has(i.id));
    return { items: [...set.items, ...extra], hash: extra.length ? createHash("sha256").update(set.hash).update(extra.map((i) => `${i.id}:${i.label.pass}:${i.label.modes.join(",")}`).join("\n")).digest("hex").slice(0, 16) : set.hash };
  } finally {
    traces.close();
  }
}

/** `pnpm eval align`: code checks (and judges when configured) against the hand labels; test-split uses are recorded. */
async function align(cmd: Extract<EvalCommand, { command: "align" }>): Promise<number> {
  const path = defaultDatabasePath();
  const labelled = withAnnotated(readLabelled(cmd.labelled), path);
  const store = openVerdictStore(path);
  const cfg = judgeConfig(process.env);
  const db = cfg ? new Database(path) : null;
  try {
    const testUses =
      cmd.split === "test" ? store.recordSplitUse("test", labelled.hash, new Date().toISOString()) : null;
    const split = splitLabelled(
      labelled.items.map((i) => ({ id: i.id, group: i.scenario, pass: i.label.pass })),
      cmd.seed,
    );
    const train = labelled.items.filter((i) => split.get(i.id) === "train");
    const judges =
      cfg && db
        ? FAILURE_MODES.map((mode) =>
            createJudge({
              mode,
              shots: selectFewShots(train, mode, split),
              model: cfg.model,
              complete: openAIComplete(cfg),
              cache: createSqliteJudgeCache(db),
              now: () => new Date().toISOString(),
            }),
          )
        : [];
    const report = await alignSplit(labelled.items, { split: cmd.split, seed: cmd.seed, judges, testUses });
    if (report.warning) err(`eval align: warning: ${report.warning}\n`);
    out(cmd.json ? `${JSON.stringify(report)}\n` : formatAlignReport(report));
    return 0;
  } finally {
    store.close();
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
    return `  ${m.mode.padEnd(17)} ${pct(m.rate).padStart(6)} (${m.failures}/${m.n})${c}${d}  ${m.status}`;
  });
  return `eval run ${s.runId}: ${s.conversations} conversations, judges ${s.judgesModel ?? "off"}\n${lines.join("\n")}\n${s.reasons.map((r) => `  ✗ ${r}\n`).join("")}gate: ${s.exitCode ? "FAIL" : "PASS"} — report ${reports}/eval-${s.runId}.md\n`;
}

/** `pnpm eval`: replay the dataset, evaluate, report; exit 1 when a mode is over threshold or regressed. */
async function run(cmd: Extract<EvalCommand, { command: "run" }>): Promise<number> {
  const deps = createEvalDeps({ databasePath: cmd.database });
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
    out(cmd.json ? `${JSON.stringify(summary)}\n` : brief(summary, cmd.reportsDir));
    return summary.exitCode;
  } finally {
    await deps.close();
  }
}

async function main(): Promise<number> {
  if (process.argv[2] === "understanding") return understandingCli(process.argv.slice(3));
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
