import type { CheckResult, FailureMode, Message, Transcript } from "../schema";

/** One assistant message with what a check needs around it. */
export interface AssistantTurn {
  /** 1-based index over assistant messages. */
  turn: number;
  text: string;
  /** The latest user message before this reply ("" when none). */
  userText: string;
  /** All messages before this one. */
  before: Message[];
}

/** The assistant messages of a transcript, in order, with their context. */
export function assistantTurns(t: Transcript): AssistantTurn[] {
  const out: AssistantTurn[] = [];
  let userText = "";
  t.messages.forEach((m, i) => {
    if (m.role === "user") userText = m.content;
    if (m.role === "assistant")
      out.push({ turn: out.length + 1, text: m.content, userText, before: t.messages.slice(0, i) });
  });
  return out;
}

/** A problem a check found in one turn. */
export interface TurnProblem {
  reason: string;
  factIds: string[];
  mode?: FailureMode;
}

/** Runs a per-turn check and reports only the first failing turn (multi-turn rule). */
export function firstFailingTurn(
  t: Transcript,
  evaluator: string,
  mode: FailureMode,
  check: (turn: AssistantTurn) => TurnProblem | null,
): CheckResult {
  for (const turn of assistantTurns(t)) {
    const problem = check(turn);
    if (problem)
      return {
        pass: false,
        failures: [
          {
            mode: problem.mode ?? mode,
            turn: turn.turn,
            evaluator,
            reason: problem.reason,
            factIds: [...new Set(problem.factIds)],
          },
        ],
      };
  }
  return { pass: true, failures: [] };
}
