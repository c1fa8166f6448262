import type { Handbook } from "../../knowledge-base/index";
import type { CheckResult, FailureMode, Message, Transcript, Uncertainty } from "../schema";
import { adoptedStatement } from "./adopted-claims";
import { blankQuotes } from "./assertions";
import { UNCERTAIN_BELOW } from "./confidence";
import { blankEchoedQuestions } from "./echoed-questions";
import { normaliseMessage } from "./normalise";

/** One assistant message with what a check needs around it. */
export interface AssistantTurn {
  /** 1-based index over assistant messages. */
  turn: number;
  text: string;
  /** The latest user message before this reply ("" when none). */
  userText: string;
  /** Index of this reply in `messages`; the messages before it are `messages.slice(0, index)`, never copied. */
  index: number;
  /** The whole conversation (shared by every turn, so building turns stays linear in its length). */
  messages: readonly Message[];
}

const normalised = new WeakMap<readonly Message[], Message[]>();

/** The conversation with every message normalised (`normaliseMessage`), computed once per messages array. */
export function normalisedMessages(messages: readonly Message[]): Message[] {
  let out = normalised.get(messages);
  if (!out) {
    out = messages.map((m) => ({ role: m.role, content: normaliseMessage(m.content) }));
    normalised.set(messages, out);
  }
  return out;
}

/** An assistant message as the checks read it: the customer's question echoed back and quoted words blanked. */
export function turnText(content: string, userText: string): string {
  return blankQuotes(blankEchoedQuestions(content, userText));
}

const turnsOf = new WeakMap<readonly Message[], AssistantTurn[]>();

/** The assistant messages of a transcript, in order, normalised, with their context; built once per messages array. */
export function assistantTurns(t: Transcript): AssistantTurn[] {
  let turns = turnsOf.get(t.messages);
  if (!turns) {
    turns = buildAssistantTurns(t);
    turnsOf.set(t.messages, turns);
  }
  return turns;
}

function buildAssistantTurns(t: Transcript): AssistantTurn[] {
  const out: AssistantTurn[] = [];
  const messages = normalisedMessages(t.messages);
  let userText = "";
  messages.forEach((m, i) => {
    if (m.role === "user") userText = m.content;
    if (m.role !== "assistant") return;
    // A customer's assumption the reply agrees to ("open Sundays till 4, yeah?" — "Yep!") is the reply's claim too.
    const adopted = adoptedStatement(m.content, userText);
    const text = turnText(m.content, userText);
    out.push({ turn: out.length + 1, text: adopted ? `${text}\n\n${adopted}` : text, userText, index: i, messages });
  });
  return out;
}

/** A problem a check found in one turn. */
export interface TurnProblem {
  reason: string;
  factIds: string[];
  mode?: FailureMode;
  /** How sure the check is (`claimConfidence`); below `UNCERTAIN_BELOW` the turn is uncertain, not failed. */
  confidence?: number;
}

/**
 * Runs a per-turn check and reports only the first failing turn (multi-turn rule). A problem found with too little
 * confidence makes its turn uncertain (listed for review) and the check goes on to the later turns.
 */
export function firstFailingTurn(
  t: Transcript,
  evaluator: string,
  mode: FailureMode,
  check: (turn: AssistantTurn) => TurnProblem | null,
): CheckResult {
  const uncertain: Uncertainty[] = [];
  const withUncertain = (r: CheckResult): CheckResult => (uncertain.length ? { ...r, uncertain } : r);
  for (const turn of assistantTurns(t)) {
    const problem = check(turn);
    if (problem && (problem.confidence ?? 1) < UNCERTAIN_BELOW) {
      const why = `${problem.reason} (confidence ${problem.confidence})`;
      uncertain.push({ mode: problem.mode ?? mode, turn: turn.turn, evaluator, reason: why });
      continue;
    }
    if (problem)
      return withUncertain({
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
      });
  }
  return withUncertain({ pass: true, failures: [] });
}

/**
 * Memoises a per-turn reading (claims) by conversation and turn, for one reference time and handbook: several checks
 * read the same turn's claims, and each is computed once per scoring.
 */
export function perTurn<T>(read: (turn: AssistantTurn, now: string, h: Handbook) => T) {
  const memo = new WeakMap<readonly Message[], { now: string; h: Handbook; byIndex: Map<number, T> }>();
  return (turn: AssistantTurn, now: string, h: Handbook): T => {
    // A turn built by hand (tests) may carry text that is not the message at its index: never cached.
    if (turn.messages[turn.index]?.content !== turn.text) return read(turn, now, h);
    let m = memo.get(turn.messages);
    if (!m || m.now !== now || m.h !== h) {
      m = { now, h, byIndex: new Map() };
      memo.set(turn.messages, m);
    }
    if (!m.byIndex.has(turn.index)) m.byIndex.set(turn.index, read(turn, now, h));
    return m.byIndex.get(turn.index)!;
  };
}
