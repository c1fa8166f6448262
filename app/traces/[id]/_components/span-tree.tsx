import { formatDuration, prettyJson } from "../../_lib/format";
import type { SpanNode } from "../../_lib/span-tree";

// Span start times are ISO strings with up to nanosecond digits; Date only reads milliseconds.
const startMs = (iso: string) => Date.parse(iso.replace(/(\.\d{3})\d*Z$/, "$1Z"));

/** The turn's spans as nested, collapsible rows with a small waterfall bar and pretty-printed attributes. */
export function SpanTree({ nodes }: { nodes: SpanNode[] }) {
  const all = flatten(nodes);
  const t0 = Math.min(...all.map((n) => startMs(n.span.startTime)));
  const t1 = Math.max(...all.map((n) => startMs(n.span.startTime) + n.span.durationMs));
  return <SpanList nodes={nodes} t0={t0} total={Math.max(t1 - t0, 0.001)} depth={0} />;
}

function flatten(nodes: SpanNode[]): SpanNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function SpanList({ nodes, t0, total, depth }: { nodes: SpanNode[]; t0: number; total: number; depth: number }) {
  return (
    <ul className="span-tree">
      {nodes.map(({ span, children }) => {
        const offset = startMs(span.startTime) - t0;
        const left = Math.min(100, (offset / total) * 100);
        const width = Math.max(0.75, Math.min(100 - left, (span.durationMs / total) * 100));
        return (
          <li key={span.spanId}>
            <details open={depth === 0}>
              <summary className="span-row">
                <span className="span-name">{span.name}</span>
                <span className={`span-status status-${span.statusCode}`}>
                  {span.statusCode === "unset" ? "" : span.statusCode}
                </span>
                <span className="span-duration">{formatDuration(span.durationMs)}</span>
                <span className="span-bar" aria-hidden="true">
                  <span style={{ left: `${left}%`, width: `${width}%` }} />
                </span>
              </summary>
              <div className="span-body">
                <p className="span-ids">
                  +{formatDuration(offset)} · span <code>{span.spanId}</code>
                  {span.statusMessage && <> · {span.statusMessage}</>}
                </p>
                {Object.keys(span.attributes).length > 0 && (
                  <pre className="span-attributes">
                    <code>{prettyJson(span.attributes)}</code>
                  </pre>
                )}
                {span.events.length > 0 && (
                  <details className="span-events">
                    <summary className="events-toggle">Events ({span.events.length})</summary>
                    <pre>
                      <code>{prettyJson(span.events)}</code>
                    </pre>
                  </details>
                )}
                {children.length > 0 && <SpanList nodes={children} t0={t0} total={total} depth={depth + 1} />}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
