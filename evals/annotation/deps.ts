import { randomBytes } from "node:crypto";
import { type KnowledgeBase, loadKnowledgeBase } from "../../knowledge-base/index";
import { openTraceStore, type TraceStore } from "../../traces/index";
import type { AnnotationStore } from "./annotation-store";
import { openAnnotationStore } from "./store";

/** Everything the annotation workflows need, injected: both stores, the clock and an id source. */
export interface AnnotationDeps {
  traces: TraceStore;
  labels: AnnotationStore;
  now: () => Date;
  newId: (prefix: "q") => string;
  /** Is this a handbook fact id (reviewers cite facts; a typo must not become ground truth)? */
  knownFact: (id: string) => boolean;
}

/**
 * Production wiring over an open trace store and the loaded handbook (pass the ones the app already holds): the
 * annotation tables live in the same SQLite file.
 */
export function createAnnotationDeps(traces: TraceStore, kb: Pick<KnowledgeBase, "factById">): AnnotationDeps {
  return {
    traces,
    labels: openAnnotationStore(traces.path),
    now: () => new Date(),
    newId: (prefix) => `${prefix}_${Date.now().toString(36)}${randomBytes(4).toString("hex")}`,
    knownFact: (id) => kb.factById.has(id),
  };
}

/** In-memory stores, a fixed clock and counting ids for tests; any part can be overridden. */
export function createFakeAnnotationDeps(overrides: Partial<AnnotationDeps> = {}): AnnotationDeps {
  let n = 0;
  return {
    traces: overrides.traces ?? openTraceStore(":memory:"),
    labels: overrides.labels ?? openAnnotationStore(":memory:"),
    now: overrides.now ?? (() => new Date("2026-06-02T18:00:00.000Z")),
    newId: overrides.newId ?? ((prefix) => `${prefix}_${++n}`),
    knownFact: overrides.knownFact ?? ((id) => loadKnowledgeBase().factById.has(id)),
  };
}
