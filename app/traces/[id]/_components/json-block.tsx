import { prettyJson } from "../../_lib/format";

/** A collapsed, pretty-printed JSON value: boilerplate stays one click away, never hidden. */
export function JsonBlock({ summary, value, open = false }: { summary: string; value: unknown; open?: boolean }) {
  return (
    <details className="json-block" open={open}>
      <summary className="section-toggle">{summary}</summary>
      <pre>
        <code>{prettyJson(value)}</code>
      </pre>
    </details>
  );
}
