import { tc } from "../../_lib/tc";
import type { TraceHumanLabel } from "../_server/trace-human-label";

/** The human label of the trace (verdict, modes, note, who and when) at the top of the trace page. */
export function HumanLabelPanel({ label, traceId }: { label: TraceHumanLabel | null; traceId: string }) {
  const href = `/annotate/t/${encodeURIComponent(traceId)}`;
  return (
    <section className={tc("human-panel")} aria-label="Human label">
      <h2>Human label</h2>
      {label ? (
        <p>
          <span
            className={tc(
              `human-label human-${label.verdict === "pass" ? "pass" : label.verdict === "fail" ? "fail" : "none"}`,
            )}
          >
            {label.verdict}
          </span>
          {label.modes.length > 0 && <span className={tc("human-modes")}> · {label.modes.join(", ")}</span>}
          {label.firstFailTurn !== null && (
            <>
              {" · "}
              <a href={`#turn-${label.firstFailTurn}`}>first fails at turn {label.firstFailTurn}</a>
            </>
          )}
          {label.note && <q className={tc("human-note")}>{label.note}</q>}
          <span className={tc("muted")}>
            {" "}
            — {label.annotator}, {label.at.slice(0, 10)} · <a href={href}>Edit label</a>
          </span>
        </p>
      ) : (
        <p className={tc("muted")}>
          Not labelled yet. <a href={href}>Label this trace</a>
        </p>
      )}
    </section>
  );
}
