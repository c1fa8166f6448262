import type { LabelledTranscript } from "../../../evals/index";
import align from "../alignment.module.css";
import styles from "../evals.module.css";
import { OpenTargetDetails } from "./open-target-details";

/** The labelled transcripts some evaluator disagrees with, each collapsible, with the human label and its note. */
export function LabelledItems({
  items,
  anchor,
}: {
  items: readonly LabelledTranscript[];
  anchor: (id: string) => string;
}) {
  if (items.length === 0) return null;
  return (
    <div className={align.labelled}>
      <h3 className={align.labelledTitle}>
        Labelled transcripts with a disagreement <span className={styles.count}>({items.length})</span>
      </h3>
      <OpenTargetDetails />
      <div className={align.labelledList}>
        {items.map((i) => (
          <details key={i.id} id={anchor(i.id)} className={align.labelledItem}>
            <summary className={align.labelledSummary}>
              <code>{i.id}</code>{" "}
              <span className={i.label.pass ? styles.badgePass : styles.badgeFail}>
                <span aria-hidden="true">{i.label.pass ? "✓" : "✗"}</span> human{" "}
                {i.label.pass ? "pass" : `fail: ${i.label.modes.join(", ") || "unspecified"}`}
              </span>
              {i.label.note && <span className={align.note}>{i.label.note}</span>}
            </summary>
            <div className={align.labelledBody}>
              <p className={styles.sub}>
                scenario <code>{i.scenario}</code> · reference time <time dateTime={i.now}>{i.now}</time>
                {i.label.firstFailTurn ? ` · first failing turn ${i.label.firstFailTurn}` : ""}
              </p>
              <ol className={align.messages}>
                {i.messages.map((m, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: messages have no id; their order is fixed
                  <li key={k} className={m.role === "user" ? align.msgUser : align.msgBot}>
                    <span className={align.role}>
                      {m.role === "user" ? "Customer" : m.role === "assistant" ? "Assistant" : "System"}
                    </span>
                    <p>{m.content}</p>
                  </li>
                ))}
              </ol>
            </div>
          </details>
        ))}
      </div>
    </div>
  );
}
