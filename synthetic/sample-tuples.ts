import { rngFor } from "../chatbot/index";
import { brokenRules } from "./coherence-rules";
import { Behaviour, Completeness, ScenarioIntent, TurnMode } from "./dimensions";
import type { Tuple } from "./schema";
import { TrapId } from "./traps";

/** A tuple the coherence rules rejected, with the names of the rules it breaks. */
export interface DroppedTuple {
  tuple: Tuple;
  rules: string[];
}

/** Options of `sampleTuples`. */
export interface SampleOptions {
  count: number;
  seed: number;
  /** Share of multi-turn scenarios, 0..1. */
  multiTurnShare: number;
}

/** The sample plus every combination the rules dropped, and the coherent space size. */
export interface TupleSample {
  tuples: Tuple[];
  dropped: DroppedTuple[];
  coherent: number;
}

/** Stable string key of a tuple (used for de-duplication and as a cell label). */
export function tupleKey(t: Tuple): string {
  return [t.intent, t.completeness, t.behaviour, t.turns, t.trap ?? "none"].join("|");
}

/** Every combination of the dimensions, split into coherent tuples and dropped ones (with rule names). */
export function enumerateTuples(): { coherent: Tuple[]; dropped: DroppedTuple[] } {
  const coherent: Tuple[] = [];
  const dropped: DroppedTuple[] = [];
  for (const intent of ScenarioIntent.options)
    for (const completeness of Completeness.options)
      for (const behaviour of Behaviour.options)
        for (const turns of TurnMode.options)
          for (const trap of [null, ...TrapId.options]) {
            const tuple: Tuple = { intent, completeness, behaviour, turns, trap };
            const rules = brokenRules(tuple);
            if (rules.length) dropped.push({ tuple, rules });
            else coherent.push(tuple);
          }
  return { coherent, dropped };
}

/** Splits `n` over strata of the given capacities as evenly as possible (order breaks ties). */
export function allocate(n: number, capacities: number[]): number[] {
  const out = capacities.map(() => 0);
  let left = Math.min(
    n,
    capacities.reduce((a, b) => a + b, 0),
  );
  while (left > 0)
    for (let i = 0; i < out.length && left > 0; i++)
      if ((out[i] ?? 0) < (capacities[i] ?? 0)) {
        out[i] = (out[i] ?? 0) + 1;
        left--;
      }
  return out;
}

type Counts = Map<string, number>;
const bump = (m: Counts, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const get = (m: Counts, k: string) => m.get(k) ?? 0;

/**
 * Deterministic, coverage-balanced sample without duplicates. Strata are (turns, intent) cells and each gets an equal
 * share, so small cells are oversampled relative to their size; inside a cell the next tuple is the one whose
 * completeness, behaviour and trap have been used least (traps also balanced across the whole sample), so rare trap
 * cells are covered as often as the common "no trap" cell. Ties are broken by a seeded shuffle.
 */
export function sampleTuples(opts: SampleOptions): TupleSample {
  const { coherent, dropped } = enumerateTuples();
  const share = Math.min(1, Math.max(0, opts.multiTurnShare));
  const nMulti = Math.round(opts.count * share);
  const perMode: Record<TurnMode, number> = { multi: nMulti, single: opts.count - nMulti };
  const rng = rngFor(opts.seed, "sample");
  const globalTrap: Counts = new Map();
  const globalBehaviour: Counts = new Map();
  const queues: { pool: Tuple[]; want: number; counts: Counts }[] = [];
  for (const turns of TurnMode.options) {
    const intents = rng.shuffle(ScenarioIntent.options);
    const pools = intents.map((intent) =>
      rng.shuffle(coherent.filter((t) => t.turns === turns && t.intent === intent)),
    );
    const wants = allocate(
      perMode[turns],
      pools.map((p) => p.length),
    );
    for (const [i, pool] of pools.entries()) queues.push({ pool, want: wants[i] ?? 0, counts: new Map() });
  }
  const tuples: Tuple[] = [];
  // Round-robin over cells so global balance (traps, behaviours) evolves evenly.
  while (queues.some((q) => q.want > 0))
    for (const q of queues) {
      if (q.want === 0) continue;
      let best = 0;
      let bestScore = Number.POSITIVE_INFINITY;
      q.pool.forEach((t, i) => {
        const trap = t.trap ?? "none";
        const score =
          get(q.counts, `c:${t.completeness}`) +
          get(q.counts, `b:${t.behaviour}`) +
          get(q.counts, `t:${trap}`) +
          get(globalTrap, trap) +
          0.5 * get(globalBehaviour, t.behaviour);
        if (score < bestScore) [best, bestScore] = [i, score];
      });
      const [t] = q.pool.splice(best, 1);
      if (!t) continue;
      q.want--;
      bump(q.counts, `c:${t.completeness}`);
      bump(q.counts, `b:${t.behaviour}`);
      bump(q.counts, `t:${t.trap ?? "none"}`);
      bump(globalTrap, t.trap ?? "none");
      bump(globalBehaviour, t.behaviour);
      tuples.push(t);
    }
  return { tuples, dropped, coherent: coherent.length };
}

/** How many dropped combinations each rule accounts for (a tuple breaking two rules counts for both). */
export function droppedByRule(dropped: DroppedTuple[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of dropped) for (const r of d.rules) out[r] = (out[r] ?? 0) + 1;
  return out;
}
