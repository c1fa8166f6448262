import type { Metadata } from "next";
import { connection } from "next/server";
import ui from "../_components/ui.module.css";
import { AlignmentSection } from "./_components/alignment-section";
import { FirstFailureHeatMap } from "./_components/first-failure-heat-map";
import { HumanModesSection } from "./_components/human-modes-section";
import { ModeRatesTable } from "./_components/mode-rates-table";
import { ModeTrends } from "./_components/mode-trends";
import { RatesOverRuns } from "./_components/rates-over-runs";
import { RunOverview } from "./_components/run-overview";
import { RunsTable } from "./_components/runs-table";
import { UncertainPanel } from "./_components/uncertain-panel";
import { WorstConversations } from "./_components/worst-conversations";
import { parseRunParam } from "./_lib/run-param";
import { loadEvalsPage } from "./_server/load-evals-page";
import styles from "./evals.module.css";
import { requireTeamPage } from "../_server/team-page";
import { can } from "../_auth/roles";

export const metadata: Metadata = { title: "Evaluations" };

/** `/evals`: eval runs over time, the chosen run's per-mode rates and first-failure states, and evaluator alignment. */
export default async function EvalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const member = await requireTeamPage("read", "/evals");
  const data = await loadEvalsPage(parseRunParam((await searchParams).run));
  const run = data.selected;
  return (
    <div className={ui.page}>
      <header className={ui.pageHeader}>
        <h1>Evaluations</h1>
        <p className={ui.lede}>
          How often the assistant falls into each failure mode, run by run, and how far the automated evaluators agree
          with human labels.
        </p>
      </header>
      {run && (
        <nav className={styles.toc} aria-label="On this page">
          <ul>
            <li>
              <a href="#human-modes">Failure modes people found</a>
            </li>
            <li>
              <a href="#run">Run</a>
            </li>
            <li>
              <a href="#trends">Runs over time</a>
            </li>
            <li>
              <a href="#first-failure">First failure by state</a>
            </li>
            <li>
              <a href="#alignment">Alignment</a>
            </li>
          </ul>
        </nav>
      )}
      {data.missingRun && (
        <p className={styles.notice} role="status">
          That run was not found or has not finished; showing the latest finished run instead.
        </p>
      )}
      <HumanModesSection
        data={data.humanModes}
        canLabel={can(member.role, "label")}
        gate={run?.summary.humanModeGate}
      />
      {run ? (
        <>
          <RunOverview run={run} isLatest={run.id === data.runs.find((r) => r.summary)?.id} timeZone={data.timeZone}>
            <ModeRatesTable modes={run.summary.modes} runId={run.id} />
            <UncertainPanel summary={run.summary} storedIds={data.storedIds} />
            <WorstConversations worst={run.summary.worst} storedIds={data.storedIds} />
          </RunOverview>
          <section className={ui.section} id="trends" aria-labelledby="trends-title">
            <h2 id="trends-title">Runs over time</h2>
            <RatesOverRuns series={data.series} selectedId={run.id} />
            <ModeTrends series={data.series} selectedId={run.id} />
            <RunsTable runs={data.runs} selectedId={run.id} timeZone={data.timeZone} />
          </section>
          <FirstFailureHeatMap matrix={run.summary.matrix} runId={run.id} />
        </>
      ) : (
        <section className={styles.empty} aria-labelledby="empty-title" data-testid="evals-empty">
          <h2 id="empty-title">No eval runs yet</h2>
          <p>
            Run <code>pnpm eval</code> to create the first report. It replays the default synthetic dataset through the
            bot, runs every evaluator and stores the results here.
          </p>
          {data.runs.length > 0 && (
            <p className={ui.muted}>
              {data.runs.length} run{data.runs.length === 1 ? " has" : "s have"} started but none has finished.
            </p>
          )}
        </section>
      )}
      <AlignmentSection
        alignment={data.alignment}
        storedIds={data.storedIds}
        judges={run?.summary.evaluators.some((e) => e.kind === "llm") ?? false}
      />
    </div>
  );
}
