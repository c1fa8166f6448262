import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import ui from "../../_components/ui.module.css";
import { requireTeamPage } from "../../_server/team-page";
import { parseCellParams } from "../_lib/cell-params";
import { loadCellConversations } from "../_server/run-failures";
import styles from "../evals.module.css";

export const metadata: Metadata = { title: "Conversations behind a number · Evaluations" };

/**
 * `/evals/traces?run=R&mode=M[&state=S]`: the conversations of eval run R whose code checks failed mode M (first
 * failing at state S), each linking to its trace: what every count on /evals opens.
 */
export default async function CellTracesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const raw = await searchParams;
  const query = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  await requireTeamPage("read", `/evals/traces?${query}`);
  const p = parseCellParams(raw);
  if (!p)
    return (
      <div className={ui.page}>
        <h1>Conversations behind a number</h1>
        <p className={styles.error} role="alert">
          This link needs a run and a mode. Open it from a number on <Link href="/evals">Evaluations</Link>.
        </p>
      </div>
    );
  const rows = loadCellConversations(p);
  const mode = p.mode === "any" ? "any failure mode" : p.mode;
  return (
    <div className={ui.page}>
      <header className={ui.pageHeader}>
        <p className={ui.crumbs}>
          <Link href={`/evals?run=${encodeURIComponent(p.run)}${p.state ? "#first-failure" : "#run"}`}>
            ← Evaluations, run {p.run}
          </Link>
        </p>
        <h1>
          {rows.length} conversation{rows.length === 1 ? "" : "s"} failing <code>{mode}</code>
        </h1>
        <p className={ui.lede}>
          Run <code>{p.run}</code>: conversations whose code checks failed {mode}
          {p.state ? (
            <>
              , with the first failure leaving the bot in <code>{p.state}</code>
            </>
          ) : null}
          . Each opens its trace.
        </p>
      </header>
      {rows.length === 0 ? (
        <p className={ui.muted} data-testid="cell-empty">
          No conversation of this run matches.
        </p>
      ) : (
        <div className={styles.tableCard}>
          <div className={styles.scroll}>
            <table className={`${styles.table} ${styles.stack}`} data-testid="cell-conversations">
              <caption className="visually-hidden">Conversations behind the number, with their failing checks</caption>
              <thead>
                <tr>
                  <th scope="col">Conversation</th>
                  <th scope="col">Scenario</th>
                  <th scope="col">First failure</th>
                  <th scope="col">Failing checks</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.conversationId} data-conversation={r.conversationId}>
                    <th scope="row" data-label="Conversation">
                      <Link href={`/traces/${encodeURIComponent(r.conversationId)}`}>
                        <code>{r.conversationId}</code>
                      </Link>
                    </th>
                    <td data-label="Scenario">{r.scenarioId ? <code>{r.scenarioId}</code> : "—"}</td>
                    <td data-label="First failure">
                      {r.firstTurn === null ? "—" : `turn ${r.firstTurn}`}
                      {r.state && <span className={styles.sub}>then {r.state}</span>}
                    </td>
                    <td data-label="Failing checks">
                      <ul className={styles.failureList}>
                        {r.failures.map((f) => (
                          <li key={f.evaluator}>
                            <span className={styles.modeChip}>{f.mode}</span> <code>{f.evaluator}</code>{" "}
                            {f.turn !== null && <span className={ui.muted}>turn {f.turn}</span>}
                            {f.reason && <span className={styles.reason}>{f.reason}</span>}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
