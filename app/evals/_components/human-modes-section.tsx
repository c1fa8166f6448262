import Link from "next/link";
import type { EvalSummary, HumanModeRow, HumanRate, ModeEvaluator } from "../../../evals/index";
import ui from "../../_components/ui.module.css";
import { ciText, pct } from "../_lib/format";
import { humanFailuresHref, labelledHref } from "../_lib/trace-links";
import type { HumanModesData } from "../_server/human-modes";
import styles from "../evals.module.css";
import { CreateJudgeButton } from "./create-judge-button";

/** A human rate: the rate and its failures link to the traces labelled with it; the Wilson interval under it. */
function Rate({ r, href }: { r: HumanRate; href: string }) {
  if (r.rate === null || r.ci === null) return <span className={ui.muted}>no labels yet</span>;
  // Zero has no traces behind it: a number links only where there is something to open.
  return (
    <>
      {r.failures > 0 ? (
        <Link href={href} className={styles.rateLink}>
          <strong>{pct(r.rate)}</strong>
        </Link>
      ) : (
        <strong>{pct(r.rate)}</strong>
      )}
      <span className={styles.sub}>
        CI {ciText(r.ci.lo, r.ci.hi)} · {r.failures > 0 ? <Link href={href}>{r.failures}</Link> : 0} of {r.labelled}
      </span>
    </>
  );
}

const rate = (x: number | null) => (x === null ? "—" : pct(x, 0));

/** One evaluator covering the mode: TPR/TNR on dev, never a red figure where no human failure exists to catch. */
function Evaluator({ e }: { e: ModeEvaluator }) {
  return (
    <li className={styles.modeEvaluator} data-evaluator={e.id}>
      <span>
        {e.label}{" "}
        <span className={e.validated ? styles.badgePass : styles.badgeNeutral}>
          {e.validated ? "✓ validated" : "not validated"}
        </span>
      </span>
      <span className={styles.figures}>
        TPR {rate(e.tpr)} · TNR {e.humanFailures === 0 ? "— (no human failure in dev)" : rate(e.tnr)} · n = {e.n}
        {e.disagreements.length > 0 && ` · ${e.disagreements.length} disagree`}
      </span>
    </li>
  );
}

type GateRow = NonNullable<EvalSummary["humanModeGate"]>[number];

/** How the shown run's gate used this mode's validated judge. */
function GateNote({ g }: { g: GateRow }) {
  const rate = g.rate === null ? "no verdicts" : pct(g.rate);
  if (g.status === "over_threshold")
    return (
      <span className={styles.gateNoteBad}>
        ✗ in the gate: {rate} over the {pct(g.maxRate ?? 0)} threshold
      </span>
    );
  if (g.status === "ok")
    return (
      <span className={styles.sub}>
        ✓ in the gate: {rate} (threshold {pct(g.maxRate ?? 0)})
      </span>
    );
  return (
    <span className={styles.sub}>
      judged {rate} in this run
      {g.status === "no_threshold" && `; set maxRate.${g.modeId} in evals/thresholds.json to gate it`}
    </span>
  );
}

function Row({
  m,
  canLabel,
  judgeModel,
  gate,
}: {
  m: HumanModeRow;
  canLabel: boolean;
  judgeModel: string | null;
  gate: GateRow | undefined;
}) {
  const hasJudge = m.evaluators.some((e) => e.kind === "llm");
  return (
    <tr data-mode={m.id}>
      <th scope="row" data-label="Mode">
        {m.name} <span className={m.seed ? styles.originSeed : styles.originAxial}>{m.seed ? "seed" : "axial"}</span>
        {m.name !== m.id && <code className={styles.sub}>{m.id}</code>}
        {m.definition && <span className={styles.definition}>{m.definition}</span>}
      </th>
      <td data-label="Human rate">
        <Rate r={m} href={humanFailuresHref(m.id)} />
      </td>
      <td data-label="Evaluators">
        {m.evaluators.length === 0 ? (
          <span className={styles.noEvaluator}>no evaluator yet</span>
        ) : (
          <ul className={styles.modeEvaluators}>
            {m.evaluators.map((e) => (
              <Evaluator key={e.id} e={e} />
            ))}
          </ul>
        )}
        {gate && <GateNote g={gate} />}
      </td>
      <td data-label="Judge">
        {!canLabel ? (
          <span className={ui.muted}>annotators create judges</span>
        ) : !m.seed && m.failures === 0 ? (
          <span className={ui.muted}>label failures with it first</span>
        ) : judgeModel === null ? (
          <span className={ui.muted}>no judge model configured</span>
        ) : (
          <CreateJudgeButton modeId={m.id} modeName={m.name} again={hasJudge} />
        )}
      </td>
    </tr>
  );
}

/** `/evals`: every failure mode people found (seed and axial), its human-labelled rate, and what measures it. */
export function HumanModesSection({
  data,
  canLabel,
  gate = [],
}: {
  data: HumanModesData;
  canLabel: boolean;
  gate?: EvalSummary["humanModeGate"];
}) {
  return (
    <section className={ui.section} id="human-modes" aria-labelledby="human-modes-title" data-testid="human-modes">
      <h2 id="human-modes-title">Failure modes people found</h2>
      {!data.ok ? (
        <p className={styles.error} role="alert">
          The human labels could not be read: {data.error}
        </p>
      ) : (
        <>
          <p className={ui.explain}>
            Each mode of the annotation taxonomy (v{data.report.taxonomyVersion}): the share of the{" "}
            {data.report.overall.labelled} traces labelled (
            <Link href={labelledHref("fail")}>{data.report.overall.failures} fail</Link>,{" "}
            <Link href={labelledHref("pass")}>{data.report.overall.labelled - data.report.overall.failures} pass</Link>)
            that carry it, with a Wilson 95% interval, and the evaluators that cover it measured on the dev split (
            {data.report.split.n} labelled items, seed {data.report.split.seed}). An evaluator is validated when its TPR
            and TNR both reach 95%; only then can its verdicts stand in for people.
            {data.judgeModel && ` Judges are created on ${data.judgeModel}.`}
          </p>
          <div className={styles.tableCard}>
            <h3 className={styles.tableTitle}>Human-labelled failure rate by mode</h3>
            <div className={styles.scroll}>
              <table className={`${styles.table} ${styles.stack}`}>
                <caption className="visually-hidden">
                  Failure modes with their human-labelled rate, 95% interval, covering evaluators and their alignment
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Mode</th>
                    <th scope="col">Human rate (95%&nbsp;CI)</th>
                    <th scope="col">Evaluators (dev split)</th>
                    <th scope="col">Judge</th>
                  </tr>
                </thead>
                <tbody>
                  <tr className={styles.anyRow} data-mode="any">
                    <th scope="row" data-label="Mode">
                      any failure
                    </th>
                    <td data-label="Human rate">
                      <Rate r={data.report.overall} href={humanFailuresHref()} />
                    </td>
                    <td data-label="Evaluators" colSpan={2}>
                      <span className={ui.muted}>every mode together</span>
                    </td>
                  </tr>
                  {data.report.modes.map((m) => (
                    <Row
                      key={m.id}
                      m={m}
                      canLabel={canLabel}
                      judgeModel={data.judgeModel}
                      gate={gate.find((g) => g.modeId === m.id)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
