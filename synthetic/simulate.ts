import type { TurnOutcome, TurnRequest } from "../chatbot/index";
import type { Goal, StopReason } from "./schema";
import { type Purpose, type SimTurn, stopAfterTurn } from "./stop-rules";

/** What a simulated customer does next: say something, or stop (goal reached in their eyes, or gave up). */
export type UserMove =
  | { kind: "say"; text: string; purpose: Purpose }
  | { kind: "stop"; reason: "goal_reached" | "gave_up" };

/** A simulated customer: scripted (offline) or an LLM playing the customer. */
export interface SimulatedUser {
  readonly kind: "scripted" | "llm";
  opening(): Promise<UserMove & { kind: "say" }>;
  next(turns: SimTurn[]): Promise<UserMove>;
}

/** The one dependency of the simulator: the same turn function the UI and CLI use. */
export interface SimulateDeps {
  runTurn(req: TurnRequest): Promise<TurnOutcome>;
}

/** A simulation request: who talks, toward what goal, at what fixed time, under which trace labels. */
export interface SimulateInput {
  user: SimulatedUser;
  goal: Goal;
  questionCount: number;
  maxTurns: number;
  now: string;
  scenarioId: string;
  metadata: Record<string, unknown>;
}

/** The simulated conversation, its trace id and why it stopped. */
export interface Simulation {
  conversationId: string | null;
  turns: SimTurn[];
  stopReason: StopReason;
}

/** Drives one conversation through `runTurn` (source "synthetic") until a stop rule fires; records the stop reason. */
export async function simulate(deps: SimulateDeps, input: SimulateInput): Promise<Simulation> {
  const turns: SimTurn[] = [];
  let conversationId: string | null = null;
  let move: UserMove = await input.user.opening();
  while (move.kind === "say") {
    const out = await deps.runTurn({
      conversationId: conversationId ?? undefined,
      message: move.text,
      now: input.now,
      source: "synthetic",
      scenarioId: input.scenarioId,
      metadata: input.metadata,
    });
    if (!out.ok) return { conversationId, turns, stopReason: "rejected" };
    const t = out.turn;
    conversationId = t.conversationId;
    turns.push({
      purpose: move.purpose,
      user: move.text,
      reply: t.reply,
      stateBefore: t.stateBefore,
      state: t.state,
      expecting: t.expecting,
      parts: t.decision?.parts ?? [],
      bookingIds: t.bookingIds,
    });
    const stop = stopAfterTurn({
      goal: input.goal,
      questionCount: input.questionCount,
      turns,
      maxTurns: input.maxTurns,
    });
    if (stop) return { conversationId, turns, stopReason: stop };
    move = await input.user.next(turns);
  }
  return { conversationId, turns, stopReason: move.reason };
}
