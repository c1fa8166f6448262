import { DecisionPart, Intent } from "../../../chatbot/index";
import { LATENCY_EDGES_MS } from "../../../traces/index";

/** Intents the understanding step can record, for the "intent" filter. */
export const INTENTS: readonly string[] = Intent.options;

/** Kinds of decision part the validator can take, for the "decision" filter. */
export const DECISION_KINDS: readonly string[] = DecisionPart.options.map((o) => o.shape.kind.value);

/**
 * Evaluator outcomes the list filters on: a failing verdict, a code check that abstained (uncertain: needs a human),
 * or a judge call that failed (error).
 */
export const VERDICT_FILTERS = {
  fail: "Evaluator failed",
  uncertain: "Evaluator uncertain (needs review)",
  error: "Evaluator error (judge call failed)",
} as const;

/** The latency bounds the list offers (ms): the store's bucket edges. */
export const LATENCY_BOUNDS: readonly number[] = LATENCY_EDGES_MS;

/** What the facet filters read from the list's query. */
export interface FacetParams {
  verdict: string[];
  emode: string[];
  decision: string[];
  intent: string[];
  latmin?: number;
  latmax?: number;
}

/**
 * The store's facet groups for the list's evaluator, decision, intent and latency filters (each group: any of; all
 * groups: every one), rarest kind first so it leads the page. Latency `[min, max)` becomes the buckets inside it.
 * Pure.
 */
export function facetGroups(p: FacetParams): string[][] {
  const groups: string[][] = [];
  if (p.verdict.length > 0) groups.push(p.verdict.map((v) => `verdict:${v}`));
  if (p.emode.length > 0) groups.push(p.emode.map((m) => `emode:${m}`));
  if (p.decision.length > 0) groups.push(p.decision.map((d) => `decision:${d}`));
  if (p.intent.length > 0) groups.push(p.intent.map((i) => `intent:${i}`));
  if (p.latmin !== undefined || p.latmax !== undefined) {
    const min = p.latmin ?? 0;
    const max = p.latmax ?? Number.POSITIVE_INFINITY;
    const buckets = LATENCY_EDGES_MS.filter((edge) => edge >= min && edge < max).map((edge) => `latency:${edge}`);
    groups.push(buckets.length > 0 ? buckets : ["latency:none"]);
  }
  return groups;
}

/** "1 s", "250 ms", "1 min": a latency bound as the filter shows it. */
export function latencyLabel(ms: number): string {
  if (ms >= 60_000) return `${ms / 60_000} min`;
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
