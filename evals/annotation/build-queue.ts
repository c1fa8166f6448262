import type { CurrentLabel, QueueSpec, StratumKey } from "./schema";
import { stratifiedSample } from "./stratified-sample";
import { stratumOf } from "./trace-attributes";

/** A candidate trace for a queue: its id, creation time and attributes. */
export interface QueueCandidate {
  id: string;
  createdAt: string;
  attrs: Record<StratumKey, string>;
}

/**
 * The trace ids of a new queue (pure): candidates already match the spec's list filters; this drops traces with a
 * pass/fail label when asked, then either takes them all (oldest first, so a queue reads in arrival order) or draws
 * the seeded stratified sample.
 */
export function buildQueue(
  candidates: readonly QueueCandidate[],
  labels: ReadonlyMap<string, Pick<CurrentLabel, "verdict">>,
  spec: QueueSpec,
): string[] {
  const open = spec.filter.unlabelledOnly
    ? candidates.filter((c) => {
        const v = labels.get(c.id)?.verdict;
        return v !== "pass" && v !== "fail";
      })
    : candidates;
  if (!spec.sample) {
    return [...open]
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
      .map((c) => c.id);
  }
  const { size, seed, strata } = spec.sample;
  return stratifiedSample(
    open.map((c) => ({ id: c.id, stratum: stratumOf(c.attrs, strata) })),
    size,
    seed,
  );
}

/** A readable title for a queue spec ("Sample of 100 by source × scenario intent · unlabelled · synthetic"). */
export function describeQueueSpec(spec: QueueSpec, labels: Record<string, string>): string {
  const f = spec.filter;
  const parts = [
    spec.sample
      ? `Sample of ${spec.sample.size} by ${spec.sample.strata.map((k) => labels[k] ?? k).join(" × ")} (seed ${spec.sample.seed})`
      : f.unlabelledOnly
        ? "Unlabelled traces"
        : "All traces",
  ];
  if (spec.sample && f.unlabelledOnly) parts.push("unlabelled");
  if (f.source) parts.push(f.source);
  if (f.finalState) parts.push(`ending in ${f.finalState}`);
  if (f.text) parts.push(`“${f.text}”`);
  if (f.from || f.to) parts.push(`${f.from ?? "…"} to ${f.to ?? "…"}`);
  return parts.join(" · ");
}
