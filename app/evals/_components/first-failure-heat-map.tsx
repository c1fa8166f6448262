import Link from "next/link";
import type { FirstFailureMatrix } from "../../../evals/index";
import ui from "../../_components/ui.module.css";
import { pct } from "../_lib/format";
import { HEAT_STEPS, heatStep } from "../_lib/heat-scale";
import { runFailuresHref } from "../_lib/trace-links";
import styles from "../charts.module.css";
import { Breakable } from "./breakable";

/**
 * The first-failure-state × mode matrix as a heat map: each cell shows the rate (first failures of the mode at that
 * state ÷ conversations that reached the state) and its counts as text; the background only repeats the rate.
 */
export function FirstFailureHeatMap({ matrix, runId }: { matrix: FirstFailureMatrix; runId: string }) {
  const noFailures = Object.values(matrix.counts).every((row) => Object.values(row).every((n) => n === 0));
  return (
    <section className={ui.section} id="first-failure" aria-labelledby="heat-title">
      <h2 id="heat-title">Where the first failure happens</h2>
      <p className={ui.explain}>
        For each failure mode, the machine state the bot was left in by the turn that first failed, divided by the
        conversations that reached that state (run <code>{runId}</code>).
        {noFailures && " No conversation failed in this run."}
      </p>
      {matrix.states.length === 0 ? (
        <p className={ui.muted}>This run has no conversations.</p>
      ) : (
        <div className={styles.heatCard}>
          <div className={styles.heatScroll}>
            <table className={styles.heat} data-testid="heat-map">
              <caption className="visually-hidden">
                First-failure rate by machine state and failure mode, with counts over the conversations reaching each
                state
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.stateCol}>
                    State
                  </th>
                  <th scope="col" className={`${styles.reached} ${styles.reachedCol}`}>
                    Reached
                  </th>
                  {matrix.modes.map((m) => (
                    <th key={m} scope="col">
                      <code>
                        <Breakable text={m} />
                      </code>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.states.map((s) => (
                  <tr key={s} data-state={s}>
                    <th scope="row">
                      <code>
                        <Breakable text={s} />
                      </code>
                      <span className={styles.reachedInline}>reached {matrix.reached[s] ?? 0}</span>
                    </th>
                    <td className={styles.reached}>{matrix.reached[s] ?? 0}</td>
                    {matrix.modes.map((m) => {
                      const rate = matrix.rates[s]?.[m] ?? 0;
                      const count = matrix.counts[s]?.[m] ?? 0;
                      const step = heatStep(rate);
                      return (
                        <td
                          key={m}
                          className={styles.heatCell}
                          style={{ background: step.background, color: step.color }}
                          data-step={step.index}
                        >
                          {count > 0 ? (
                            <Link
                              href={runFailuresHref(runId, m, s)}
                              className={styles.heatLink}
                              style={{ color: step.color }}
                              aria-label={`${count} of ${matrix.reached[s] ?? 0} conversations reaching ${s} first failed ${m} there: open them`}
                            >
                              <strong>{pct(rate, 0)}</strong>
                              <span className={styles.heatCount}>
                                {count} / {matrix.reached[s] ?? 0}
                              </span>
                            </Link>
                          ) : (
                            <>
                              <strong>{pct(rate, 0)}</strong>
                              <span className={styles.heatCount}>
                                {count} / {matrix.reached[s] ?? 0}
                              </span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className={styles.legendTitle} id="heat-scale-title">
            Colour scale — first failures ÷ conversations reaching the state; a cell with failures opens them
          </p>
          <ul className={styles.legend} aria-labelledby="heat-scale-title">
            {HEAT_STEPS.map((st) => (
              <li key={st.label}>
                <span className={styles.swatch} style={{ background: st.background }} aria-hidden="true" />
                {st.label}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
