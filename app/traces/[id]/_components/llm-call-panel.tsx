import { formatCost, formatDuration } from "../../_lib/format";
import type { LlmCallView } from "../../_lib/llm-messages";
import s from "./llm-call-panel.module.css";

const count = (n: number | null) => (n === null ? "not measured" : n.toLocaleString("en-US"));

/**
 * A model call read like a chat: model, tokens, latency and cost on one line, then the system / user / assistant
 * messages as blocks (structured output pretty-printed). Says when the messages were rebuilt from the turn.
 */
export function LlmCallPanel({ call, promptVersion }: { call: LlmCallView; promptVersion: string }) {
  return (
    <section aria-label="Model call" data-testid="llm-call">
      <dl className={s.figures}>
        <div>
          <dt>model</dt>
          <dd>
            <code>{[call.provider, call.model].filter(Boolean).join("/") || "unknown"}</code>
          </dd>
        </div>
        <div>
          <dt>tokens</dt>
          <dd>
            {call.inputTokens === null && call.outputTokens === null
              ? "not measured"
              : `${count(call.inputTokens)} in / ${count(call.outputTokens)} out`}
          </dd>
        </div>
        <div>
          <dt>latency</dt>
          <dd>{formatDuration(call.durationMs)}</dd>
        </div>
        <div>
          <dt>cost</dt>
          <dd>{call.costUsd === null ? "not recorded" : formatCost(call.costUsd)}</dd>
        </div>
        {call.finishReasons.length > 0 && (
          <div>
            <dt>finish</dt>
            <dd>{call.finishReasons.join(", ")}</dd>
          </div>
        )}
      </dl>
      <ol className={s.messages} aria-label="Messages">
        {!call.messages.some((m) => m.role === "system") && (
          <li className={`${s.message} ${s.system}`} data-role="system">
            <p className={s.role}>System</p>
            <p className={s.text}>
              Not recorded on the trace: prompt version <code>{promptVersion}</code>.
            </p>
          </li>
        )}
        {call.messages.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages have no id; their order in the call is fixed.
          <li key={i} className={`${s.message} ${s[m.role]}`} data-role={m.role}>
            <p className={s.role}>{m.role}</p>
            {m.format === "json" ? (
              <pre className={s.json}>
                <code>{m.content}</code>
              </pre>
            ) : (
              <p className={s.text}>{m.content}</p>
            )}
          </li>
        ))}
      </ol>
      {call.source === "turn" && (
        <p className={s.note}>
          Message text was not captured on this span (set OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true);
          shown from the turn: the customer&apos;s message and what the call produced.
        </p>
      )}
    </section>
  );
}
