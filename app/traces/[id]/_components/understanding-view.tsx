import type { Understanding } from "../../../../chatbot/index";
import ui from "../../../_components/ui.module.css";
import { tc } from "../../_lib/tc";

/** Intent, topics and the non-empty slots the message was read as. */
export function UnderstandingView({ understanding: u }: { understanding: Understanding }) {
  const slots = Object.entries(u.slots).filter(
    ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
  );
  return (
    <div className={tc("understanding")}>
      <p>
        <span className={tc("kv-label")}>intent</span> <span className={tc("intent")}>{u.intent}</span>
      </p>
      {u.topics.length > 0 && (
        <p>
          <span className={tc("kv-label")}>topics</span> {u.topics.join(", ")}
        </p>
      )}
      {slots.length > 0 ? (
        <dl className={tc("slots")}>
          {slots.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{Array.isArray(v) ? v.join(", ") : String(v)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className={ui.muted}>No slots.</p>
      )}
    </div>
  );
}
