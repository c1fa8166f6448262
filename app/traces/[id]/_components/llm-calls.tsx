import type { LlmCall } from "../../../../chatbot/index";
import { formatDuration } from "../../_lib/format";
import { tc } from "../../_lib/tc";

/** A turn's model calls as a table: job (understand / reply …), provider and model, tokens, latency, outcome. */
export function LlmCalls({ calls }: { calls: LlmCall[] }) {
  if (calls.length === 0)
    return <p className={tc("muted")}>No model calls in this turn (offline rules and templates).</p>;
  return (
    <table className={tc("llm-calls")}>
      <caption className={tc("visually-hidden")}>Model calls</caption>
      <thead>
        <tr>
          <th scope="col">Job</th>
          <th scope="col">Model</th>
          <th scope="col" className={tc("num")}>
            Tokens in / out
          </th>
          <th scope="col" className={tc("num")}>
            Latency
          </th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {calls.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: calls have no id; their order in the turn is stable.
          <tr key={i}>
            <td>{c.job}</td>
            <td>
              <code>
                {c.provider}/{c.model}
              </code>
            </td>
            <td className={tc("num")}>
              {c.inputTokens.toLocaleString("en-US")} / {c.outputTokens.toLocaleString("en-US")}
            </td>
            <td className={tc("num")}>{formatDuration(c.latencyMs)}</td>
            <td className={tc(c.error ? "llm-error" : undefined)}>{c.error ?? c.finishReason ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
