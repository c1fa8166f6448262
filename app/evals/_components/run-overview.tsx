import Link from "next/link";
import type { ReactNode } from "react";
import type { EvalSummary } from "../../../evals/index";
import ui from "../../_components/ui.module.css";
import { formatTimestamp } from "../../traces/_lib/format";
import styles from "../evals.module.css";

/** The chosen run: gate verdict and its reasons, when and on what it ran, then the per-mode figures (children). */
export function RunOverview({
  run,
  isLatest,
  timeZone,
  children,
}: {
  run: { id: string; startedAt: string; dataset: string; summary: EvalSummary };
  isLatest: boolean;
  timeZone: string;
  children: ReactNode;
}) {
  const s = run.summary;
  const passed = s.exitCode === 0;
  const code = s.evaluators.filter((e) => e.kind === "code").length;
  const llm = s.evaluators.length - code;
  return (
    <section className={ui.section} id="run" aria-labelledby="run-title" data-testid="eval-run">
      <div className={ui.card}>
        <div className={styles.runHead}>
          <div>
            <p className={styles.eyebrow}>{isLatest ? "Latest run" : "Earlier run"}</p>
            <h2 id="run-title" className={styles.runTitle}>
              <code>{run.id}</code>
            </h2>
          </div>
          <p className={passed ? styles.gatePass : styles.gateFail} data-testid="gate">
            <span aria-hidden="true">{passed ? "✓" : "✗"}</span> Gate {passed ? "passed" : "failed"}
          </p>
        </div>
        <dl className={styles.meta}>
          <div>
            <dt>Started</dt>
            <dd>
              <time dateTime={run.startedAt}>{formatTimestamp(run.startedAt, timeZone)}</time>
            </dd>
          </div>
          <div>
            <dt>Dataset</dt>
            <dd>
              <code>{run.dataset}</code>
            </dd>
          </div>
          <div>
            <dt>Conversations</dt>
            <dd>{s.conversations}</dd>
          </div>
          <div>
            <dt>Evaluators</dt>
            <dd>
              {code} code check{code === 1 ? "" : "s"}
              {llm > 0 ? `, ${llm} LLM judge${llm === 1 ? "" : "s"}` : ""}
            </dd>
          </div>
          <div>
            <dt>Bot</dt>
            <dd>
              {s.bot.variant} · <code>{s.bot.model}</code> ({s.bot.provider})
            </dd>
          </div>
          <div>
            <dt>Turn errors</dt>
            <dd>
              {s.turnErrors.turns === 0
                ? "not recorded"
                : s.turnErrors.withError
                  ? `${s.turnErrors.withError} of ${s.turnErrors.turns} turns (fallback replies)`
                  : `none in ${s.turnErrors.turns} turns`}
            </dd>
          </div>
          <div>
            <dt>Judge model</dt>
            <dd>{s.judgesModel ? <code>{s.judgesModel}</code> : "off (no model configured)"}</dd>
          </div>
        </dl>
        {s.reasons.length > 0 && (
          <ul className={styles.reasons} aria-label="Why the gate failed">
            {s.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        {!isLatest && (
          <p className={styles.backToLatest}>
            <Link href="/evals">← Back to the latest run</Link>
          </p>
        )}
      </div>
      {children}
    </section>
  );
}
