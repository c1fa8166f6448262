import type { Decision, DecisionPart } from "../../../../chatbot/index";
import ui from "../../../_components/ui.module.css";
import { prettyJson } from "../../_lib/format";
import { tc } from "../../_lib/tc";

/** The validator's decision: each part, with invalid slots (reason and alternatives) called out. */
export function DecisionView({ decision }: { decision: Decision }) {
  if (decision.parts.length === 0) return <p className={ui.muted}>No parts.</p>;
  return (
    <ul className={tc("decision-parts")}>
      {decision.parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: parts have no id and never reorder
        <li key={i} className={tc(`part part-${part.kind}`)}>
          <PartView part={part} />
        </li>
      ))}
    </ul>
  );
}

function PartView({ part }: { part: DecisionPart }) {
  if (part.kind === "invalid_slot")
    return (
      <div className={tc("invalid-slot")} data-testid="invalid-slot">
        <p>
          <span className={tc("part-kind")}>invalid_slot</span> <strong>{part.field}</strong> “{part.requested}”
        </p>
        <p>
          <span className={tc("kv-label")}>reason</span> {part.reason}
        </p>
        {part.alternatives.length > 0 && (
          <p>
            <span className={tc("kv-label")}>alternatives</span> {part.alternatives.join(", ")}
            {part.date ? ` (on ${part.date})` : ""}
          </p>
        )}
        {part.note && (
          <p>
            <span className={tc("kv-label")}>note</span> {part.note}
          </p>
        )}
      </div>
    );
  const { kind, ...rest } = part;
  const details = Object.keys(rest).length > 0 ? prettyJson(rest) : null;
  return (
    <>
      <span className={tc("part-kind")}>{kind}</span>
      {kind === "ask" && "field" in rest && (
        <>
          {" "}
          asks for <strong>{String(rest.field)}</strong>
        </>
      )}
      {details && (
        <details className={tc("part-details")}>
          <summary className={tc("part-toggle")}>details</summary>
          <pre>
            <code>{details}</code>
          </pre>
        </details>
      )}
    </>
  );
}
