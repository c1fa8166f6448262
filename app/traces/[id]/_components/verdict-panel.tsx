import Link from "next/link";
import type { StoredVerdict } from "../../../../evals/index";
import type { KnowledgeBase } from "../../../../knowledge-base/index";
import ui from "../../../_components/ui.module.css";
import { tc } from "../../_lib/tc";
import { summarizeVerdicts, verdictText } from "../../_lib/verdict-summary";

/** One failing, uncertain or erroring verdict: evaluator, mode, turn (a link into the timeline), reason and handbook facts. */
function VerdictItem({ v, kb }: { v: StoredVerdict; kb: KnowledgeBase }) {
  return (
    <li className={tc(`verdict-item verdict-item-${v.verdict}`)} data-evaluator={v.evaluator}>
      <p className={tc("verdict-line")}>
        <span className={tc(`verdict verdict-${v.verdict}`)}>
          <span aria-hidden="true">{v.verdict === "fail" ? "✗" : v.verdict === "uncertain" ? "?" : "⚠"}</span>{" "}
          {v.verdict}
        </span>
        <code className={tc("verdict-evaluator")}>{v.evaluator}</code>
        <span className={tc("mode-chip")}>{v.mode}</span>
        {v.turn !== null && <a href={`#turn-${v.turn}`}>turn {v.turn}</a>}
        <span className={ui.muted}>{v.kind === "llm" ? "LLM judge" : "code check"}</span>
      </p>
      {v.reason && <p className={tc("verdict-reason")}>{v.reason}</p>}
      {v.factIds.length > 0 && (
        <ul className={tc("facts verdict-facts")} aria-label="Handbook facts">
          {v.factIds.map((id) => (
            <li key={id}>
              <code>{id}</code>
              <span className={tc("fact-text")}>{kb.factById.get(id)?.text ?? "(not in the current handbook)"}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The newest eval run's verdicts on this conversation: failures and errors in full, passes collapsed. */
export function VerdictPanel({
  verdicts,
  kb,
  earlierRuns,
}: {
  verdicts: StoredVerdict[];
  kb: KnowledgeBase;
  earlierRuns: number;
}) {
  const summary = summarizeVerdicts(verdicts);
  if (summary.kind === "none") return null;
  const flagged = verdicts.filter((v) => v.verdict !== "pass");
  const passed = verdicts.filter((v) => v.verdict === "pass");
  return (
    <section className={tc("verdicts-panel")} id="verdicts" aria-labelledby="verdicts-title" data-testid="verdicts">
      <header className={tc("verdicts-head")}>
        <h2 id="verdicts-title">Eval verdicts</h2>
        <p className={tc(`verdict verdict-${summary.kind}`)}>{verdictText(summary)}</p>
        <p className={tc(`${ui.muted} verdicts-run`)}>
          run{" "}
          <Link href={`/evals?run=${encodeURIComponent(summary.runId)}`}>
            <code>{summary.runId}</code>
          </Link>{" "}
          · {summary.evaluators} evaluators
          {earlierRuns > 0 && ` · ${earlierRuns} earlier run${earlierRuns === 1 ? "" : "s"} not shown`}
        </p>
      </header>
      {flagged.length > 0 && (
        <ul className={tc("verdict-list")}>
          {flagged.map((v) => (
            <VerdictItem key={v.evaluator} v={v} kb={kb} />
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <details className={tc("verdict-passes")}>
          <summary className={tc("section-toggle")}>
            Passed <span className={tc("count")}>({passed.length})</span>
          </summary>
          <ul>
            {passed.map((v) => (
              <li key={v.evaluator}>
                <code>{v.evaluator}</code> <span className={ui.muted}>{v.mode}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
