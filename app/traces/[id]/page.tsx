import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { conversationBot } from "../../../chatbot/index";
import { ThumbIcon } from "../../_components/thumb-icon";
import ui from "../../_components/ui.module.css";
import { getRuntime } from "../../_server/runtime";
import { requireTeamPage } from "../../_server/team-page";
import { getVerdictStore } from "../../evals/_server/verdict-store";
import { StateBadge } from "../_components/state-badge";
import { formatCost, formatDuration, formatTimestamp } from "../_lib/format";
import { tc } from "../_lib/tc";
import { failuresByTurn, latestRunVerdicts, orderVerdicts } from "../_lib/verdict-summary";
import { HumanLabelPanel } from "./_components/human-label-panel";
import { JsonBlock } from "./_components/json-block";
import { TurnCard } from "./_components/turn-card";
import { TurnNav } from "./_components/turn-nav";
import { VerdictPanel } from "./_components/verdict-panel";
import { traceHumanLabel } from "./_server/trace-human-label";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Trace ${id.slice(0, 40)}` };
}

/**
 * `/traces/[id]`: one conversation as a timeline of turns with their states, decisions, facts and spans, its human
 * label and evaluator verdicts, jump-to-turn and expand/collapse all, and a link to label it.
 */
export default async function TracePage({ params }: Props) {
  await connection();
  const { id } = await params;
  await requireTeamPage("read", `/traces/${encodeURIComponent(id)}`);
  const { store, kb } = getRuntime().deps;
  const conversation = id.length <= 200 ? store.getConversation(id) : null;
  if (!conversation) notFound();
  const turns = store.getTurns(id);
  const feedback = store.listFeedback(id);
  const verdicts = getVerdictStore().verdictsFor(id);
  const latestVerdicts = orderVerdicts(latestRunVerdicts(verdicts));
  const failing = failuresByTurn(verdicts);
  const tz = kb.handbook.shop.timeZone;
  const human = traceHumanLabel(id);
  const totals = turns.reduce(
    (t, x) => ({
      ms: t.ms + x.latencyMs,
      input: t.input + x.inputTokens,
      output: t.output + x.outputTokens,
      cost: t.cost + x.costUsd,
    }),
    { ms: 0, input: 0, output: 0, cost: 0 },
  );

  return (
    <div className={tc(`${ui.page} trace-page`)}>
      <nav className={tc("breadcrumbs")} aria-label="Breadcrumb">
        <ol>
          <li>
            <Link href="/traces">Traces</Link>
          </li>
          <li aria-current="page">
            <code>{conversation.id}</code>
          </li>
        </ol>
      </nav>
      <header className={tc(`${ui.pageHeader} trace-header`)}>
        <div>
          <h1>Conversation trace</h1>
          <p className={ui.lede}>
            <code>{conversation.id}</code> · {conversation.turnCount} turn{conversation.turnCount === 1 ? "" : "s"} ·
            ends in {conversation.finalState ? <StateBadge state={conversation.finalState} /> : "—"}
          </p>
        </div>
        <div className={tc("trace-actions")}>
          <Link className={tc("button button-primary")} href={`/annotate/t/${encodeURIComponent(conversation.id)}`}>
            Label this trace
          </Link>
          {conversation.source === "ui" && (
            <Link className={tc("button button-secondary")} href={`/?c=${encodeURIComponent(conversation.id)}`}>
              Open in chat
            </Link>
          )}
        </div>
      </header>

      <section className={tc("trace-summary")} aria-label="Conversation details">
        <dl className={tc("meta-grid")}>
          <div>
            <dt>Source</dt>
            <dd>
              <span className={tc(`source source-${conversation.source}`)}>{conversation.source}</span>
              {conversation.scenarioId && <code className={tc("scenario")}> {conversation.scenarioId}</code>}
            </dd>
          </div>
          <div>
            <dt>Started</dt>
            <dd>
              <time dateTime={conversation.createdAt}>{formatTimestamp(conversation.createdAt, tz)}</time>
            </dd>
          </div>
          <div>
            <dt>Last activity</dt>
            <dd>
              <time dateTime={conversation.updatedAt}>{formatTimestamp(conversation.updatedAt, tz)}</time>
            </dd>
          </div>
          <div>
            <dt>Bot</dt>
            <dd>{conversationBot(conversation.metadata)}</dd>
          </div>
          <div>
            <dt>Model</dt>
            <dd>
              <code>{conversation.model}</code>
            </dd>
          </div>
          <div>
            <dt>Prompt version</dt>
            <dd>
              <code>{conversation.promptVersion}</code>
            </dd>
          </div>
          <div>
            <dt>Handbook version</dt>
            <dd>
              <code>{conversation.handbookVersion}</code>
            </dd>
          </div>
          <div>
            <dt>App version</dt>
            <dd>
              <code>{conversation.appVersion}</code>
            </dd>
          </div>
          <div>
            <dt>Total latency</dt>
            <dd>{formatDuration(totals.ms)}</dd>
          </div>
          <div>
            <dt>Tokens (in / out)</dt>
            <dd>
              {totals.input.toLocaleString("en-US")} / {totals.output.toLocaleString("en-US")}
            </dd>
          </div>
          <div>
            <dt>Cost</dt>
            <dd>{formatCost(totals.cost)}</dd>
          </div>
          <div>
            <dt>Feedback</dt>
            <dd>
              <ThumbIcon direction="up" /> {feedback.filter((f) => f.rating === "up").length}
              <span className={tc("visually-hidden")}> helpful,</span> <ThumbIcon direction="down" />{" "}
              {feedback.filter((f) => f.rating === "down").length}
              <span className={tc("visually-hidden")}> not helpful</span>
            </dd>
          </div>
        </dl>
        {Object.keys(conversation.metadata).length > 0 && (
          <JsonBlock summary="Conversation metadata" value={conversation.metadata} />
        )}
      </section>

      <HumanLabelPanel label={human} traceId={conversation.id} />

      <VerdictPanel
        verdicts={latestVerdicts}
        kb={kb}
        earlierRuns={new Set(verdicts.map((v) => v.runId)).size - (latestVerdicts.length ? 1 : 0)}
      />

      <h2 className={tc("timeline-title")}>Timeline</h2>
      {turns.length > 0 && (
        <TurnNav
          turns={turns.map((t) => t.index)}
          failing={[...failing.keys(), ...(human?.firstFailTurn ? [human.firstFailTurn] : [])]}
        />
      )}
      {turns.length === 0 ? (
        <p className={tc("empty-state")}>This conversation has no turns yet.</p>
      ) : (
        <ol className={tc("timeline")} data-timeline="">
          {turns.map((t) => (
            <TurnCard
              key={t.index}
              turn={t}
              kb={kb}
              feedback={feedback.filter((f) => f.turnIndex === t.index)}
              failures={failing.get(t.index) ?? []}
              humanFirstFail={human?.verdict === "fail" && human.firstFailTurn === t.index ? human : null}
              timeZone={tz}
              promptVersion={conversation.promptVersion}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
