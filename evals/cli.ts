import { fileURLToPath } from "node:url";
import { BotConfigError } from "../chatbot/index";
import { closeOnSignals, defaultDatabasePath, loadProjectEnv } from "../traces/index";
import { labelsCli } from "./annotation/cli";
import { type EvalCommand, parseEvalArgs, USAGE } from "./run/cli-args";
import { createEvalDeps, EVAL_FILES } from "./run/eval-deps";
import type { EvalSummary } from "./run/eval-summary";
import { formatHumanModeGate, formatHumanModes } from "./run/format-human-modes";
import { humanModesOf, judgeCreateCommand, modesCommand } from "./run/human-modes-cli";
import { alignCommand, calibrateCommand, exportJudgeDataCommand } from "./run/labelled-commands";
import { runEval } from "./run/run";
import { scoreCommand } from "./run/score-command";
import { UNCERTAIN_RULE } from "./run/uncertain-outcomes";
import { understandingCli } from "./understanding/cli";

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

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
  if (cmd.command === "score") return scoreCommand(cmd);
  if (cmd.command === "align") return alignCommand(cmd);
  if (cmd.command === "calibrate-judges") return calibrateCommand(cmd);
  if (cmd.command === "export-judge-data") return exportJudgeDataCommand(cmd);
  if (cmd.command === "modes") return modesCommand(cmd, cmd.database ?? defaultDatabasePath());
  if (cmd.command === "judge-create") return judgeCreateCommand(cmd, cmd.database ?? defaultDatabasePath());
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
