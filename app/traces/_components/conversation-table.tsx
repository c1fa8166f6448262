import Link from "next/link";
import type { ConversationSummary } from "../../../traces/index";
import { ThumbIcon } from "../../_components/thumb-icon";
import { formatTimestamp } from "../_lib/format";
import type { ListLabel } from "../_lib/label-filter";
import type { ListParams } from "../_lib/list-params";
import { tc } from "../_lib/tc";
import type { VerdictSummary } from "../_lib/verdict-summary";
import { HumanLabelCell } from "./human-label-cell";
import { SortHeader } from "./sort-header";
import { StateBadge } from "./state-badge";
import { VerdictCell } from "./verdict-cell";

/**
 * The page of conversations, one compact row each: preview, source, last activity, turns, final state, model,
 * feedback, human label and eval verdicts; the activity and turns headers sort.
 */
export function ConversationTable({
  items,
  verdicts,
  labels,
  modeNames,
  params,
  timeZone,
}: {
  items: ConversationSummary[];
  verdicts: ReadonlyMap<string, VerdictSummary>;
  labels: ReadonlyMap<string, ListLabel>;
  modeNames: ReadonlyMap<string, string>;
  params: ListParams;
  timeZone: string;
}) {
  return (
    <div className={tc("table-wrap")}>
      <table className={tc("conversations")} data-testid="conversations">
        <caption className={tc("visually-hidden")}>Conversations</caption>
        <thead>
          <tr>
            <th scope="col">Conversation</th>
            <th scope="col">Source</th>
            <SortHeader params={params} label="Last activity" first="updated_desc" flip="updated_asc" />
            <SortHeader params={params} label="Turns" first="turns_desc" className={tc("num")} />
            <th scope="col">Final state</th>
            <th scope="col">Model</th>
            <th scope="col">Feedback</th>
            <th scope="col">Human</th>
            <th scope="col">Verdicts</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <td data-label="Conversation" className={tc("cell-preview")}>
                <Link href={`/traces/${encodeURIComponent(c.id)}`} title={`${c.preview ?? ""} (${c.id})`}>
                  {c.preview || "(no messages)"}
                </Link>
              </td>
              <td data-label="Source">
                <span className={tc(`source source-${c.source}`)}>{c.source}</span>
              </td>
              <td data-label="Last activity">
                <time dateTime={c.updatedAt}>{formatTimestamp(c.updatedAt, timeZone)}</time>
              </td>
              <td data-label="Turns" className={tc("num")}>
                {c.turnCount}
              </td>
              <td data-label="Final state">{c.finalState ? <StateBadge state={c.finalState} /> : "—"}</td>
              <td data-label="Model">
                <code>{c.model}</code>
              </td>
              <td data-label="Feedback" className={tc("feedback-counts")}>
                <span>
                  <span>
                    <ThumbIcon direction="up" /> {c.feedbackUp}
                    <span className={tc("visually-hidden")}> helpful,</span>
                  </span>{" "}
                  <span>
                    <ThumbIcon direction="down" /> {c.feedbackDown}
                    <span className={tc("visually-hidden")}> not helpful</span>
                  </span>
                </span>
              </td>
              <td data-label="Human" className={tc("cell-human")} data-testid="cell-human">
                <HumanLabelCell label={labels.get(c.id)} modeNames={modeNames} />
              </td>
              <td data-label="Verdicts" className={tc("cell-verdict")}>
                <VerdictCell summary={verdicts.get(c.id) ?? { kind: "none" }} conversationId={c.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
