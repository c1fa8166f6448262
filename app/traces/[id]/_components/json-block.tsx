import { prettyJson } from "../../_lib/format";
import { tc } from "../../_lib/tc";

/** A collapsed, pretty-printed JSON value: boilerplate stays one click away, never hidden. */
export function JsonBlock({ summary, value, open = false }: { summary: string; value: unknown; open?: boolean }) {
  return (
    <details className={tc("json-block")} open={open}>
      <summary className={tc("section-toggle")}>{summary}</summary>
      <pre>
        <code>{prettyJson(value)}</code>
      </pre>
    </details>
  );
}
