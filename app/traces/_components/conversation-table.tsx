import Link from "next/link";
import type { ConversationSummary } from "../../../traces/index";
import { ThumbIcon } from "../../_components/thumb-icon";
import { formatTimestamp } from "../_lib/format";
import type { VerdictSummary } from "../_lib/verdict-summary";
import { StateBadge } from "./state-badge";
import { VerdictCell } from "./verdict-cell";

/** The page of conversations: preview, source, last activity, turns, final state, model, feedback and eval verdicts. */
export function ConversationTable({
  items,
  verdicts,
  timeZone,
}: {
  items: ConversationSummary[];
  verdicts: ReadonlyMap<string, VerdictSummary>;
  timeZone: string;
}) {
  return (
    <div className="table-wrap">
      <table className="conversations">
        <caption className="visually-hidden">Conversations</caption>
        <thead>
          <tr>
            <th scope="col">Conversation</th>
            <th scope="col">Source</th>
            <th scope="col">Last activity</th>
            <th scope="col" className="num">
              Turns
            </th>
            <th scope="col">Final state</th>
            <th scope="col">Model</th>
            <th scope="col">Feedback</th>
            <th scope="col">Verdicts</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <td data-label="Conversation" className="cell-preview">
                <Link href={`/traces/${encodeURIComponent(c.id)}`}>{c.preview || "(no messages)"}</Link>
                <code className="id">{c.id}</code>
              </td>
              <td data-label="Source">
                <span className={`source source-${c.source}`}>{c.source}</span>
              </td>
              <td data-label="Last activity">
                <time dateTime={c.updatedAt}>{formatTimestamp(c.updatedAt, timeZone)}</time>
              </td>
              <td data-label="Turns" className="num">
                {c.turnCount}
              </td>
              <td data-label="Final state">{c.finalState ? <StateBadge state={c.finalState} /> : "—"}</td>
              <td data-label="Model">
                <code>{c.model}</code>
              </td>
              <td data-label="Feedback" className="feedback-counts">
                <span>
                  <span>
                    <ThumbIcon direction="up" /> {c.feedbackUp}
                    <span className="visually-hidden"> helpful,</span>
                  </span>{" "}
                  <span>
                    <ThumbIcon direction="down" /> {c.feedbackDown}
                    <span className="visually-hidden"> not helpful</span>
                  </span>
                </span>
              </td>
              <td data-label="Verdicts" className="cell-verdict">
                <VerdictCell summary={verdicts.get(c.id) ?? { kind: "none" }} conversationId={c.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
