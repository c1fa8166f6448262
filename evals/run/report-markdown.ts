import type { EvalSummary, ModeSummary } from "./eval-summary";
import { UNCERTAIN_RULE } from "./uncertain-outcomes";

const pct = (x: number | null | undefined) => (x === null || x === undefined ? "—" : `${(x * 100).toFixed(1)}%`);
const signed = (x: number | null) => (x === null ? "—" : `${x > 0 ? "+" : ""}${(x * 100).toFixed(1)} pts`);
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function corrected(m: ModeSummary): string {
  if (!m.corrected) return "—";
  if (!m.corrected.ok) return `refused: ${m.corrected.reason}`;
  return `${pct(m.corrected.rate)} [${pct(m.corrected.lo)}, ${pct(m.corrected.hi)}]`;
}

/** The run report as Markdown: per-mode rates with corrected rates and CIs, baseline deltas, gate, worst traces, matrix. */
export function renderMarkdown(s: EvalSummary): string {
  const out: string[] = [
    `# Eval run ${s.runId}`,
    "",
    `Dataset \`${s.dataset}\` · ${s.conversations} conversations · ${s.startedAt} → ${s.finishedAt} · bot: ${s.bot.variant} (${s.bot.provider} \`${s.bot.model}\`) · judges: ${s.judgesModel ?? "off (no model configured)"}`,
    ...(s.turnErrors.withError
      ? [
          "",
          `⚠ ${s.turnErrors.withError} of ${s.turnErrors.turns} turns recorded an error and were answered by a fallback reply; fallbacks rarely fail a check, so the rates below understate the bot's.`,
        ]
      : []),
    "",
    `**Gate: ${s.exitCode === 0 ? "PASS" : "FAIL"}**${s.reasons.length ? `\n\n${s.reasons.map((r) => `- ${r}`).join("\n")}` : ""}`,
    "",
    "## Failure rate per mode",
    "",
    "| mode | code checks | uncertain | corrected (95% CI) | TPR / TNR (test split) | LLM judge | baseline | Δ | max | status |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const m of s.modes) {
    const align = m.alignment
      ? `${m.alignment.tpr.toFixed(2)} / ${m.alignment.tnr.toFixed(2)} (n=${m.alignment.n})`
      : "—";
    const judge = m.judge ? `${pct(m.judge.rate)}${m.judge.errors ? ` (${m.judge.errors} errors)` : ""}` : "—";
    out.push(
      `| ${m.mode} | ${m.n > m.uncertain ? pct(m.rate) : "—"} (${m.failures}/${m.n - m.uncertain} decided) | ${m.uncertain} | ${cell(corrected(m))} | ${align} | ${judge} | ${pct(m.baseline)} | ${signed(m.delta)} | ${pct(m.maxRate)} | ${m.status} |`,
    );
  }
  out.push(
    "",
    "Corrected rate: θ = (p_obs + TNR − 1)/(TPR + TNR − 1) on pass rates, shown as a failure rate; the CI is a seeded percentile bootstrap over the labelled test pairs and this run's verdicts.",
    "",
    `Uncertain: ${UNCERTAIN_RULE}`,
    "",
  );
  out.push(...uncertainSection(s));
  out.push("## Worst traces", "");
  if (!s.worst.length) out.push("None failed.");
  for (const w of s.worst) {
    out.push(`- \`${w.conversationId}\` (scenario \`${w.scenarioId}\`)`);
    for (const f of w.failures)
      out.push(`  - turn ${f.turn} · ${f.mode} · ${f.evaluator}: ${f.reason} [${f.factIds.join(", ")}]`);
  }
  const modes = s.matrix.modes;
  out.push(
    "",
    "## State at first failure",
    "",
    `| state (reached) | ${modes.join(" | ")} |`,
    `|---|${modes.map(() => "---").join("|")}|`,
  );
  for (const st of s.matrix.states)
    out.push(
      `| ${st} (${s.matrix.reached[st]}) | ${modes.map((m) => `${s.matrix.counts[st]![m]} (${pct(s.matrix.rates[st]![m])})`).join(" | ")} |`,
    );
  out.push("", "## Evaluators", "", ...s.evaluators.map((e) => `- ${e.id} (${e.kind}) \`${e.version}\``), "");
  return out.join("\n");
}

/** The run's uncertain conversations (their evaluator, turn and reason) and the gate on their share. */
function uncertainSection(s: EvalSummary): string[] {
  const u = s.uncertain;
  if (!u) return [];
  const limit = u.maxRate === null ? "not gated (no maxUncertainRate)" : `limit ${pct(u.maxRate)}, ${u.status}`;
  const out = [
    "## Uncertain (needs human review)",
    "",
    `${u.conversations} of ${s.conversations} conversations (${pct(u.rate)}) left undecided; ${u.abstentions} abstention(s) in all; ${limit}. They wait in /annotate under "Needs review: uncertain".`,
    "",
  ];
  for (const e of u.examples) {
    out.push(`- \`${e.conversationId}\` (scenario \`${e.scenarioId}\`)`);
    for (const x of e.uncertain) out.push(`  - turn ${x.turn} · ${x.mode} · ${x.evaluator}: ${x.reason}`);
  }
  if (u.examples.length) out.push("");
  return out;
}
