import Link from "next/link";
import type { ModeSummary } from "../../../evals/index";
import ui from "../../_components/ui.module.css";
import { ciText, gateLabel, pct, signedPoints } from "../_lib/format";
import { runFailuresHref } from "../_lib/trace-links";
import styles from "../evals.module.css";

function Corrected({ m }: { m: ModeSummary }) {
  if (!m.corrected) return <span className={ui.muted}>no alignment data</span>;
  if (!m.corrected.ok)
    return (
      <>
        <span className={ui.muted}>not corrected</span>
        <span className={styles.sub}>{m.corrected.reason}</span>
      </>
    );
  return (
    <>
      <strong>{pct(m.corrected.rate)}</strong>
      <span className={styles.sub}>CI {ciText(m.corrected.lo, m.corrected.hi)}</span>
    </>
  );
}

/** A bar for the observed rate with the threshold marked; decoration only, the numbers sit beside it as text. */
function RateBar({ rate, maxRate }: { rate: number; maxRate: number | null }) {
  const scale = Math.max(rate, maxRate ?? 0) > 0.5 ? 1 : Math.max(rate, maxRate ?? 0) > 0.2 ? 0.5 : 0.2;
  return (
    <span className={styles.rateBar} aria-hidden="true">
      <span className={styles.rateFill} style={{ width: `${Math.min(100, (rate / scale) * 100)}%` }} />
      {maxRate !== null && <span className={styles.rateLimit} style={{ left: `${(maxRate / scale) * 100}%` }} />}
    </span>
  );
}

/** Per-mode failure rates of a run: observed, corrected with its CI, agreement, baseline delta and the gate. */
export function ModeRatesTable({ modes, runId }: { modes: readonly ModeSummary[]; runId: string }) {
  const judges = modes.some((m) => m.judge);
  return (
    <div className={styles.tableCard}>
      <h3 className={styles.tableTitle}>Failure rate by mode</h3>
      <div className={styles.scroll}>
        <table className={`${styles.table} ${styles.stack}`} data-testid="mode-rates">
          <caption className="visually-hidden">
            Failure rate per mode: observed by the code checks, corrected for their known errors with a 95% confidence
            interval, the checks' agreement with human labels, the change against the baseline, and the gate. Rates are
            over decided conversations: an uncertain one (a check abstained, none failed) is counted apart, never as a
            pass.
          </caption>
          <thead>
            <tr>
              <th scope="col">Mode</th>
              <th scope="col">Observed</th>
              <th scope="col">Uncertain</th>
              <th scope="col">Corrected (95%&nbsp;CI)</th>
              {judges && <th scope="col">LLM judge</th>}
              <th scope="col">TPR / TNR (test&nbsp;split)</th>
              <th scope="col">Baseline</th>
              <th scope="col">Δ vs baseline</th>
              <th scope="col">Threshold</th>
              <th scope="col">Gate</th>
            </tr>
          </thead>
          <tbody>
            {modes.map((m) => {
              const gate = gateLabel(m.status);
              return (
                <tr key={m.mode} data-mode={m.mode} className={m.mode === "any" ? styles.anyRow : undefined}>
                  <th scope="row" data-label="Mode">
                    <code>{m.mode === "any" ? "any failure" : m.mode}</code>
                  </th>
                  <td data-label="Observed">
                    <span className={styles.observed}>
                      {m.failures > 0 ? (
                        <Link href={runFailuresHref(runId, m.mode)}>
                          <strong>{pct(m.rate)}</strong>
                        </Link>
                      ) : (
                        // No decided conversation (all uncertain): no rate, rather than a 0% that reads as passing.
                        <strong>{m.n > m.uncertain ? pct(m.rate) : "—"}</strong>
                      )}
                      <RateBar rate={m.rate} maxRate={m.maxRate} />
                    </span>
                    <span className={styles.sub}>
                      {m.failures > 0 ? <Link href={runFailuresHref(runId, m.mode)}>{m.failures}</Link> : m.failures} of{" "}
                      {m.n - m.uncertain}
                      {m.uncertain > 0 && " decided"}
                      <span className="visually-hidden"> conversations</span>
                    </span>
                  </td>
                  <td data-label="Uncertain" data-uncertain={m.uncertain}>
                    {m.uncertain > 0 ? (
                      <>
                        <Link href="/annotate/uncertain">
                          <strong>{m.uncertain}</strong> uncertain
                        </Link>
                        <span className={styles.sub}>not in the rate; needs review</span>
                      </>
                    ) : (
                      <span className={ui.muted}>0</span>
                    )}
                  </td>
                  <td data-label="Corrected">
                    <Corrected m={m} />
                  </td>
                  {judges && (
                    <td data-label="LLM judge">
                      {m.judge ? (
                        <>
                          {m.judge.rate === null ? "—" : pct(m.judge.rate)}
                          <span className={styles.sub}>
                            {m.judge.failures} fail{m.judge.errors ? `, ${m.judge.errors} error(s) excluded` : ""}
                          </span>
                        </>
                      ) : (
                        <span className={ui.muted}>—</span>
                      )}
                    </td>
                  )}
                  <td data-label="TPR / TNR">
                    {m.alignment ? (
                      <>
                        {pct(m.alignment.tpr, 0)} / {pct(m.alignment.tnr, 0)}
                        <span className={styles.sub}>n = {m.alignment.n} labelled</span>
                      </>
                    ) : (
                      <span className={ui.muted}>—</span>
                    )}
                  </td>
                  <td data-label="Baseline">
                    {m.baseline === null ? <span className={ui.muted}>none</span> : pct(m.baseline)}
                  </td>
                  <td
                    data-label="Δ vs baseline"
                    className={m.delta !== null && m.delta > 0.0005 ? styles.worse : undefined}
                  >
                    {m.delta === null ? <span className={ui.muted}>—</span> : signedPoints(m.delta)}
                  </td>
                  <td data-label="Threshold">
                    {m.maxRate === null ? <span className={ui.muted}>none</span> : `≤ ${pct(m.maxRate)}`}
                  </td>
                  <td data-label="Gate">
                    <span className={m.status === "ok" ? styles.badgePass : styles.badgeFail}>
                      <span aria-hidden="true">{gate.icon}</span> {gate.text}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
