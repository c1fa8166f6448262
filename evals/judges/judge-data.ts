import type { Handbook } from "../../knowledge-base/index";
import type { OpenAIChatLine } from "../../traces/index";
import { FAILURE_MODES, type FailureMode, type LabelledTranscript } from "../schema";
import type { SplitName } from "../stats/split";
import { buildJudgeSystemPrompt, renderTranscript } from "./judge-prompt";

/** Splits a judge may be fine-tuned or validated on; the test split stays unseen (it measures the final judge). */
export type TrainableSplit = Exclude<SplitName, "test">;

/** The answer a judge should give for one mode of one labelled transcript, in the judge's own output format. */
export function expectedJudgeAnswer(item: LabelledTranscript, mode: FailureMode) {
  const fails = item.label.modes.includes(mode);
  const critique =
    fails || item.label.pass
      ? item.label.note || (fails ? "See the failing turn." : "Every claim matches the handbook.")
      : `No ${mode} failure in the assistant's messages.`;
  return {
    critique,
    verdict: fails ? ("fail" as const) : ("pass" as const),
    turn: fails ? (item.label.firstFailTurn ?? null) : null,
  };
}

/**
 * Labelled judge examples as OpenAI chat fine-tuning lines: for each item of `splitName` and each mode, the judge's
 * zero-shot system prompt (definition, facts, output rules; no few-shots, the model learns them), the transcript as the
 * judge reads it, and the human verdict as the assistant's JSON answer. Pure; the caller picks the split.
 */
export function judgeTrainingLines(
  items: readonly LabelledTranscript[],
  split: ReadonlyMap<string, SplitName>,
  splitName: TrainableSplit,
  h: Handbook,
  modes: readonly FailureMode[] = FAILURE_MODES,
): OpenAIChatLine[] {
  const systems = new Map(modes.map((m) => [m, buildJudgeSystemPrompt(h, m, []).content]));
  return items
    .filter((i) => split.get(i.id) === splitName)
    .flatMap((item) =>
      modes.map((mode) => ({
        messages: [
          { role: "system" as const, content: systems.get(mode)! },
          { role: "user" as const, content: renderTranscript({ id: item.id, now: item.now, messages: item.messages }) },
          { role: "assistant" as const, content: JSON.stringify(expectedJudgeAnswer(item, mode)) },
        ],
      })),
    );
}
