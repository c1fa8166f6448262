/** One conversation: the machine state after each turn (index 0 = turn 1) and its first failing turn per mode. */
export interface ConversationStates {
  id: string;
  states: string[];
  firstFailures: Record<string, number | undefined>;
}

/** State × mode counts of first failures, and rates normalised by how many conversations reached each state. */
export interface FirstFailureMatrix {
  states: string[];
  modes: string[];
  counts: Record<string, Record<string, number>>;
  reached: Record<string, number>;
  rates: Record<string, Record<string, number>>;
}

/**
 * Builds the first-failure-state matrix: for each mode, the state the machine was left in by the turn that first
 * failed (that turn's reply), counted per state and divided by the conversations that ever reached that state.
 */
export function firstFailureMatrix(
  conversations: readonly ConversationStates[],
  modes: readonly string[],
): FirstFailureMatrix {
  const reached: Record<string, number> = {};
  const counts: Record<string, Record<string, number>> = {};
  for (const c of conversations) {
    for (const s of new Set(c.states)) reached[s] = (reached[s] ?? 0) + 1;
    for (const mode of modes) {
      const turn = c.firstFailures[mode];
      const state = turn ? c.states[turn - 1] : undefined;
      if (!state) continue;
      counts[state] ??= {};
      counts[state][mode] = (counts[state][mode] ?? 0) + 1;
    }
  }
  const states = Object.keys(reached).sort();
  const rates: Record<string, Record<string, number>> = {};
  for (const s of states) {
    counts[s] ??= {};
    rates[s] = {};
    for (const m of modes) {
      counts[s][m] ??= 0;
      rates[s][m] = counts[s][m] / reached[s]!;
    }
  }
  return { states, modes: [...modes], counts, reached, rates };
}
