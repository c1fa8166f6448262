import Link from "next/link";
import ui from "../../_components/ui.module.css";
import { formatTimestamp } from "../../traces/_lib/format";
import { pct } from "../_lib/format";
import { runFailuresHref } from "../_lib/trace-links";
import { modesOf, type RunEntry } from "../_lib/run-history";
import styles from "../evals.module.css";

/** Every stored run, newest first: when, on what, per-mode rates and the gate; each finished run opens in detail. */
export function RunsTable({
  runs,
  selectedId,
  timeZone,
}: {
  runs: readonly RunEntry[];
  selectedId: string;
  timeZone: string;
}) {
  const modes = modesOf(runs);
  return (
    <div className={styles.tableCard}>
      <h3 className={styles.tableTitle}>
        All runs <span className={styles.count}>({runs.length}, newest first)</span>
      </h3>
      <div className={styles.scroll}>
        <table className={`${styles.table} ${styles.stack} ${styles.wideLabels}`} data-testid="runs-table">
          <caption className="visually-hidden">Eval runs, newest first, with the failure rate of each mode</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Started</th>
              {modes.map((m) => (
                <th key={m} scope="col" className={styles.num}>
                  <code>{m === "any" ? "any" : m}</code>
                </th>
              ))}
              <th scope="col">Gate</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => {
              const selected = r.id === selectedId;
              return (
                <tr
                  key={r.id}
                  className={selected ? styles.selectedRow : undefined}
                  aria-current={selected || undefined}
                >
                  <th scope="row" data-label="Run">
                    {r.summary ? (
                      <Link href={`/evals?run=${encodeURIComponent(r.id)}#run`}>
                        <code>{r.id}</code>
                      </Link>
                    ) : (
                      <code>{r.id}</code>
                    )}
                    <span className={styles.sub}>
                      <code>{r.dataset}</code>
                      {r.summary ? ` · ${r.summary.conversations} conversations` : ""}
                      {selected ? " · shown above" : ""}
                    </span>
                  </th>
                  <td data-label="Started">
                    <time dateTime={r.startedAt}>{formatTimestamp(r.startedAt, timeZone)}</time>
                  </td>
                  {modes.map((m) => {
                    const ms = r.summary?.modes.find((x) => x.mode === m);
                    return (
                      <td
                        key={m}
                        data-label={m}
                        className={`${styles.num} ${ms && ms.status !== "ok" ? styles.worse : ""}`}
                      >
                        {/* One grid item on phones (the stacked cell is a grid): the rate and its mark stay on one line. */}
                        <span>
                          {!ms ? (
                            "—"
                          ) : ms.failures > 0 ? (
                            <Link href={runFailuresHref(r.id, m)}>{pct(ms.rate)}</Link>
                          ) : (
                            pct(ms.rate)
                          )}
                          {ms && ms.status !== "ok" && (
                            <>
                              {" "}
                              <span aria-hidden="true">✗</span>
                              <span className="visually-hidden">({ms.status.replace("_", " ")})</span>
                            </>
                          )}
                        </span>
                      </td>
                    );
                  })}
                  <td data-label="Gate">
                    {!r.summary ? (
                      <span className={ui.muted}>{r.finishedAt ? "unreadable summary" : "unfinished"}</span>
                    ) : r.summary.exitCode === 0 ? (
                      <span className={styles.badgePass}>
                        <span aria-hidden="true">✓</span> pass
                      </span>
                    ) : (
                      <span className={styles.badgeFail}>
                        <span aria-hidden="true">✗</span> fail
                      </span>
                    )}
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
