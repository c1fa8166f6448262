import Link from "next/link";
import { Fragment } from "react";
import { tc } from "../_lib/tc";
import { type VerdictSummary, verdictText } from "../_lib/verdict-summary";

/** A conversation's eval outcome in the trace list; failures link to the verdicts on its trace page. */
export function VerdictCell({ summary, conversationId }: { summary: VerdictSummary; conversationId: string }) {
  if (summary.kind === "none")
    return (
      <span className={tc("verdict verdict-none")} data-verdict="none">
        <span aria-hidden="true">—</span>
        <span className={tc("visually-hidden")}>not evaluated</span>
      </span>
    );
  const text = verdictText(summary);
  if (summary.kind === "pass")
    return (
      <span
        className={tc("verdict verdict-pass")}
        data-verdict="pass"
        title={`${summary.evaluators} evaluators passed in run ${summary.runId}`}
      >
        {text}
      </span>
    );
  // "✗ 2 failures: bad_data, over_eager": the count on one line, the modes below it, each free to wrap after "_".
  const [head, modes] = text.split(/(?<=:) /);
  return (
    <Link
      className={tc(`verdict verdict-${summary.kind}`)}
      data-verdict={summary.kind}
      href={`/traces/${encodeURIComponent(conversationId)}#verdicts`}
      title={`run ${summary.runId}`}
    >
      <span className={tc("verdict-head")}>{head}</span>
      {modes && (
        <>
          {" "}
          <span className={tc("verdict-modes")}>
            {modes.split(/(?<=_)/).map((part, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string, in order
              <Fragment key={i}>
                {i > 0 && <wbr />}
                {part}
              </Fragment>
            ))}
          </span>
        </>
      )}
    </Link>
  );
}
