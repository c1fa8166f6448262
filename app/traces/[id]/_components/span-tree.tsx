"use client";

import { useState } from "react";
import { formatDuration, prettyJson } from "../../_lib/format";
import type { LlmCallView } from "../../_lib/llm-messages";
import type { SpanNode } from "../../_lib/span-tree";
import { tc } from "../../_lib/tc";
import { LlmCallPanel } from "./llm-call-panel";

// Span start times are ISO strings with up to nanosecond digits; Date only reads milliseconds.
const startMs = (iso: string) => Date.parse(iso.replace(/(\.\d{3})\d*Z$/, "$1Z"));

type Row = { node: SpanNode; depth: number };

/** The span's job (`chat.job`) when its name does not already say it (older spans were named after the model). */
const jobOf = (span: SpanNode["span"]) => {
  const job = span.attributes["chat.job"];
  return typeof job === "string" && !span.name.endsWith(` ${job}`) ? job : null;
};

function rows(nodes: SpanNode[], depth = 0): Row[] {
  return nodes.flatMap((node) => [{ node, depth }, ...rows(node.children, depth + 1)]);
}

/**
 * The turn's spans as a tree of rows (indented by depth, with a waterfall bar) beside a detail pane for the selected
 * span: timing, status, a model call's messages (`calls`, by span id), attributes and events. The root span is
 * selected at first.
 */
export function SpanTree({
  nodes,
  calls = {},
  promptVersion,
}: {
  nodes: SpanNode[];
  calls?: Record<string, LlmCallView>;
  promptVersion: string;
}) {
  const all = rows(nodes);
  const [selected, setSelected] = useState(all[0]?.node.span.spanId ?? null);
  const t0 = Math.min(...all.map((r) => startMs(r.node.span.startTime)));
  const t1 = Math.max(...all.map((r) => startMs(r.node.span.startTime) + r.node.span.durationMs));
  const total = Math.max(t1 - t0, 0.001);
  const current = all.find((r) => r.node.span.spanId === selected)?.node.span ?? null;
  return (
    <div className={tc("span-explorer")}>
      <ul className={tc("span-tree")} aria-label="Spans">
        {all.map(({ node: { span }, depth }) => {
          const offset = startMs(span.startTime) - t0;
          const left = Math.min(100, (offset / total) * 100);
          const width = Math.max(0.75, Math.min(100 - left, (span.durationMs / total) * 100));
          return (
            <li key={span.spanId}>
              <button
                type="button"
                className={tc("span-row")}
                aria-pressed={span.spanId === selected}
                onClick={() => setSelected(span.spanId)}
                style={{ paddingLeft: `${0.375 + depth * 0.875}rem` }}
              >
                <span className={tc("span-name")} data-testid="span-name">
                  {span.name}
                  {jobOf(span) && <span className={tc("span-job")}> · {jobOf(span)}</span>}
                </span>
                <span className={tc(`span-status status-${span.statusCode}`)}>
                  {span.statusCode === "unset" ? "" : span.statusCode}
                </span>
                <span className={tc("span-duration")}>{formatDuration(span.durationMs)}</span>
                <span className={tc("span-bar")} aria-hidden="true">
                  <span style={{ left: `${left}%`, width: `${width}%` }} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {current && (
        <section className={tc("span-detail")} aria-label={`Span ${current.name}`} data-testid="span-detail">
          <h5>
            <span className={tc("muted")}>Span </span>
            {current.name}
            {jobOf(current) && ` · ${jobOf(current)}`}
          </h5>
          <p className={tc("span-ids")}>
            +{formatDuration(startMs(current.startTime) - t0)} · {formatDuration(current.durationMs)} · span{" "}
            <code>{current.spanId}</code>
            {current.statusMessage && <> · {current.statusMessage}</>}
          </p>
          {calls[current.spanId] && <LlmCallPanel call={calls[current.spanId]!} promptVersion={promptVersion} />}
          {Object.keys(current.attributes).length === 0 ? (
            <p className={tc("muted")}>No attributes.</p>
          ) : calls[current.spanId] ? (
            <details className={tc("span-attributes-toggle")}>
              <summary>Attributes ({Object.keys(current.attributes).length})</summary>
              <pre className={tc("span-attributes")} data-testid="span-attributes">
                <code>{prettyJson(current.attributes)}</code>
              </pre>
            </details>
          ) : (
            <pre className={tc("span-attributes")} data-testid="span-attributes">
              <code>{prettyJson(current.attributes)}</code>
            </pre>
          )}
          {current.events.length > 0 && (
            <>
              <h6>Events ({current.events.length})</h6>
              <pre>
                <code>{prettyJson(current.events)}</code>
              </pre>
            </>
          )}
        </section>
      )}
    </div>
  );
}
