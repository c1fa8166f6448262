import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ATTRIBUTE_LABELS, labellingSaturation, StratumKey, suggestModelFromEnv } from "../../evals/annotation/index";
import ui from "../_components/ui.module.css";
import styles from "./_components/start.module.css";
import { StartPanel } from "./_components/start-panel";
import { getAnnotationDeps } from "./_server/annotation-deps";
import { loadUncertainQueue } from "./_server/uncertain-queue";
import { requireTeamPage } from "../_server/team-page";

export const metadata: Metadata = { title: "Annotate" };

/** `/annotate`: start or continue a review queue, settings, saturation, import and export. */
export default async function AnnotatePage() {
  await connection();
  await requireTeamPage("read", "/annotate");
  const deps = getAnnotationDeps();
  const current = deps.labels.currentLabels();
  const labels = [...current.values()];
  const count = (v: string) => labels.filter((l) => l.verdict === v).length;
  const queues = deps.labels.recentQueues(8).map((q) => {
    const ids = deps.labels.getQueue(q.id)?.traceIds ?? [];
    const done = ids.filter((id) => {
      const v = current.get(id)?.verdict;
      return v === "pass" || v === "fail";
    }).length;
    return { id: q.id, title: q.title, size: q.size, done, createdAt: q.createdAt, author: q.author };
  });
  const sat = labellingSaturation(deps);
  const { total } = deps.traces.listConversations({ limit: 1 });
  const uncertain = loadUncertainQueue(0).total;
  return (
    <div className={ui.page}>
      <header className={`${ui.pageHeader} ${ui.headerBar}`}>
        <div>
          <h1>Annotate</h1>
          <p className={ui.lede}>
            Read traces, mark each pass or fail and write what went wrong (open coding), then group the notes into
            failure modes on the <Link href="/annotate/axial">axial board</Link>.
          </p>
        </div>
        <Link className="button button-secondary" href="/annotate/axial">
          Axial board →
        </Link>
      </header>
      <section className={styles.stats} aria-label="Progress">
        <div>
          <strong>{total}</strong> traces
        </div>
        <div className={styles.statPass}>
          <strong>{count("pass")}</strong> pass
        </div>
        <div className={styles.statFail}>
          <strong>{count("fail")}</strong> fail
        </div>
        <div className={styles.statDefer}>
          <strong>{count("defer")}</strong> deferred
        </div>
        <div className={styles.statUncertain} data-testid="uncertain-stat">
          <strong>{uncertain}</strong> <Link href="/annotate/uncertain">needs review: uncertain</Link>
        </div>
        <div className={styles.saturation}>
          <span className={styles.satHead}>
            {sat.labelled === 0 ? (
              "Saturation: nothing labelled yet"
            ) : (
              <>
                Saturation: <strong>{sat.newInWindow}</strong> new kind{sat.newInWindow === 1 ? "" : "s"} of failure in
                the last {sat.window} traces · {sat.sinceLastNew} in a row with nothing new
              </>
            )}
          </span>
          <span className={sat.saturated ? styles.satDone : ui.muted}>{sat.hint}</span>
        </div>
      </section>
      <StartPanel
        queues={queues}
        savedFilters={deps.labels.savedFilters().map((f) => ({ name: f.name, spec: f.spec }))}
        strata={StratumKey.options.map((k) => ({ key: k, label: ATTRIBUTE_LABELS[k] }))}
        llmConfigured={suggestModelFromEnv(process.env) !== null}
      />
    </div>
  );
}
