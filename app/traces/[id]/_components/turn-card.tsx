import { z } from "zod";
import { Decision, LlmCall, Understanding } from "../../../../chatbot/index";
import type { StoredVerdict } from "../../../../evals/index";
import type { KnowledgeBase } from "../../../../knowledge-base/index";
import type { Feedback, TurnWithSpans } from "../../../../traces/index";
import { ThumbIcon } from "../../../_components/thumb-icon";
import ui from "../../../_components/ui.module.css";
import { StateBadge } from "../../_components/state-badge";
import { formatCost, formatDuration, formatTimestamp } from "../../_lib/format";
import { llmCallView } from "../../_lib/llm-messages";
import { buildSpanTree } from "../../_lib/span-tree";
import { tc } from "../../_lib/tc";
import { DecisionView } from "./decision-view";
import { JsonBlock } from "./json-block";
import { LlmCalls } from "./llm-calls";
import { SpanTree } from "./span-tree";
import { UnderstandingView } from "./understanding-view";

/**
 * One turn of the timeline: the exchange, state change, understanding, decision, facts, feedback and spans; a turn
 * that an evaluator failed is marked, with the failures' reasons.
 */
export function TurnCard({
  turn: t,
  kb,
  feedback,
  failures,
  humanFirstFail = null,
  timeZone,
  promptVersion,
}: {
  turn: TurnWithSpans;
  kb: KnowledgeBase;
  feedback: Feedback[];
  failures: StoredVerdict[];
  /** The trace's human "fail" label when it names this turn as the first failing one. */
  humanFirstFail?: { note: string; modes: string[] } | null;
  timeZone: string;
  /** The conversation's prompt version (the system prompt is not stored on the trace). */
  promptVersion: string;
}) {
  // JSON columns cross a boundary: parse them with the chatbot's schemas and fall back to raw JSON if they drifted.
  const understanding = Understanding.safeParse(t.understanding);
  const decision = Decision.safeParse(t.decision);
  const titleId = `turn-${t.index}-title`;
  const tree = buildSpanTree(t.spans);
  const calls = z.array(LlmCall).safeParse(t.llmCalls);
  const callViews = Object.fromEntries(
    t.spans.flatMap((span) => {
      const view = llmCallView(span, { user: t.user, assistant: t.assistant, understanding: t.understanding });
      return view ? [[span.spanId, view]] : [];
    }),
  );
  return (
    <li
      className={tc(failures.length ? "turn turn-failing" : "turn")}
      id={`turn-${t.index}`}
      data-failing={failures.length ? "true" : undefined}
      data-testid="turn"
      data-turn={t.index}
      data-state-before={t.stateBefore}
      data-state-after={t.stateAfter}
    >
      <article aria-labelledby={titleId}>
        <header className={tc("turn-head")}>
          <h3 id={titleId}>Turn {t.index}</h3>
          {humanFirstFail && (
            <span className={tc("turn-flag turn-flag-human")} data-testid="human-first-fail">
              <span aria-hidden="true">✗</span> human: first failure
              {humanFirstFail.modes.length > 0 && ` (${humanFirstFail.modes.join(", ")})`}
            </span>
          )}
          {failures.length > 0 && (
            <a className={tc("turn-flag")} href="#verdicts">
              <span aria-hidden="true">✗</span> fails {[...new Set(failures.map((f) => f.mode))].join(", ")}
            </a>
          )}
          <p className={tc("transition")} data-testid="transition">
            <StateBadge state={t.stateBefore} />
            <span className={tc("arrow")} aria-hidden="true">
              →
            </span>
            <span className={tc("visually-hidden")}> to </span>
            <StateBadge state={t.stateAfter} />
          </p>
          <ul className={tc("turn-metrics")} aria-label="Turn metrics">
            <li>
              <time dateTime={t.now}>{formatTimestamp(t.now, timeZone)}</time>
            </li>
            <li>
              <span className={tc("metric-label")}>latency</span> {formatDuration(t.latencyMs)}
            </li>
            <li>
              <span className={tc("metric-label")}>tokens</span> {t.inputTokens} in / {t.outputTokens} out
            </li>
            <li>
              <span className={tc("metric-label")}>cost</span> {formatCost(t.costUsd)}
            </li>
          </ul>
        </header>

        <div className={tc("exchange")}>
          <div className={tc("said said-user")}>
            <h4>Customer</h4>
            <p data-testid="turn-user">{t.user}</p>
          </div>
          <div className={tc("said said-bot")}>
            <h4>Assistant</h4>
            <p data-testid="turn-assistant">{t.assistant}</p>
          </div>
        </div>

        {failures.length > 0 && (
          <section className={tc("turn-failures")} aria-label={`Eval failures, turn ${t.index}`}>
            <h4>Eval failures</h4>
            <ul>
              {failures.map((f) => (
                <li key={f.evaluator}>
                  <code>{f.evaluator}</code> <span className={tc("mode-chip")}>{f.mode}</span>
                  {f.reason && <span className={tc("verdict-reason")}>{f.reason}</span>}
                  {f.factIds.length > 0 && (
                    <span className={tc("turn-failure-facts")}>
                      facts:{" "}
                      {f.factIds.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ", "}
                          <code>{id}</code>
                        </span>
                      ))}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        {t.error && (
          <p className={tc("turn-error")}>
            <strong>Error:</strong> {t.error}
          </p>
        )}

        <div className={tc("turn-grid")}>
          <section aria-label={`Understanding, turn ${t.index}`}>
            <h4>Understanding</h4>
            {understanding.success ? (
              <UnderstandingView understanding={understanding.data} />
            ) : t.understanding === null ? (
              <p className={ui.muted}>None (message not read).</p>
            ) : (
              <JsonBlock summary="Unparsed understanding" value={t.understanding} open />
            )}
          </section>
          <section aria-label={`Decision, turn ${t.index}`}>
            <h4>Decision</h4>
            {decision.success ? (
              <DecisionView decision={decision.data} />
            ) : t.decision === null ? (
              <p className={ui.muted}>No decision.</p>
            ) : (
              <JsonBlock summary="Unparsed decision" value={t.decision} open />
            )}
          </section>
          <section aria-label={`Handbook facts, turn ${t.index}`}>
            <h4>Handbook facts used</h4>
            {t.factIds.length === 0 ? (
              <p className={ui.muted}>None.</p>
            ) : (
              <ul className={tc("facts")}>
                {t.factIds.map((id) => (
                  <li key={id}>
                    <code>{id}</code>
                    {kb.factById.get(id) ? (
                      <span className={tc("fact-text")}>{kb.factById.get(id)?.text}</span>
                    ) : (
                      <span className={tc(`fact-text ${ui.muted}`)}>(not in the current handbook)</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        {feedback.length > 0 && (
          <section className={tc("turn-feedback")} aria-label={`Customer feedback, turn ${t.index}`}>
            <h4>Customer feedback</h4>
            <ul>
              {feedback.map((f) => (
                <li key={f.id} className={tc(`rating-${f.rating}`)}>
                  <ThumbIcon direction={f.rating} />
                  <span className={tc("visually-hidden")}>{f.rating === "up" ? "Helpful" : "Not helpful"}</span>
                  {f.comment ? <q>{f.comment}</q> : <span className={ui.muted}>no comment</span>}
                  <time dateTime={f.createdAt}>{formatTimestamp(f.createdAt, timeZone)}</time>
                </li>
              ))}
            </ul>
          </section>
        )}

        {calls.success && (
          <section className={tc("llm-section")} aria-label={`Model calls, turn ${t.index}`}>
            <h4>Model calls</h4>
            <LlmCalls calls={calls.data} />
          </section>
        )}

        <details className={tc("span-section")} data-testid="span-section">
          <summary className={tc("section-toggle")}>
            Span tree <span className={tc("count")}>({t.spans.length} spans)</span>
          </summary>
          {tree.length > 0 ? (
            <SpanTree nodes={tree} calls={callViews} promptVersion={promptVersion} />
          ) : (
            <p className={ui.muted}>No spans were recorded for this turn.</p>
          )}
        </details>
        <div className={tc("boilerplate")}>
          <JsonBlock summary="Machine context (draft, expecting, identity, effects)" value={t.context} />
          {calls.success ? null : <JsonBlock summary={`LLM calls (${t.llmCalls.length})`} value={t.llmCalls} />}
          <JsonBlock summary="Machine snapshot (persisted state)" value={t.snapshot} />
          <JsonBlock
            summary="Raw understanding and decision"
            value={{ understanding: t.understanding, decision: t.decision }}
          />
        </div>
      </article>
    </li>
  );
}
