import { createAnnotationDeps, createReviewQueue, traceReview } from "../evals/annotation/index";
import { loadKnowledgeBase } from "../knowledge-base/index";
import type { TraceStore } from "../traces/index";
import { percentile } from "./stats";

const LABELLED = 2_000;
const QUEUE = 500;

/** The labelling screen's reads at scale. */
export interface NextTraceFigures {
  /** p95 of the read behind next/→ on the open-coding screen. */
  nextP95Ms: number;
  nextMedianMs: number;
  nextSamples: number;
  /** One-off: building a 500-trace stratified review queue over every unlabelled trace. */
  queueBuildSeconds: number;
}

/**
 * Labels 2,000 traces (at most half of them) (pass/fail through `setLabel`), builds a 500-trace stratified review queue of unlabelled traces
 * the way the app does (`createReviewQueue`), then walks it as a reviewer pressing →: the screen already holds the
 * queue's ids, so each step is GET /api/annotate/traces/:id, i.e. `traceReview(deps, id, { triage: false })` (blind
 * mode, the default). Timed: that domain call per trace (each trace once, as a reviewer would); not HTTP or React.
 */
export function benchNextTrace(traces: TraceStore): NextTraceFigures {
  const deps = createAnnotationDeps(traces, loadKnowledgeBase());
  try {
    const at = "2026-11-23T12:00:00.000Z";
    // A small store (`--store-turns` near its minimum) keeps half its traces unlabelled for the queue.
    const labelled = Math.min(LABELLED, Math.floor(traces.listConversations({ limit: 1 }).total / 2));
    for (let offset = 0; offset < labelled; offset += 500)
      for (const c of traces.listConversations({
        sort: "created_desc",
        limit: Math.min(500, labelled - offset),
        offset,
      }).items) {
        const fail = c.turnCount % 3 === 0;
        const state = {
          verdict: fail ? ("fail" as const) : ("pass" as const),
          note: "bench",
          firstFailTurn: fail ? 1 : null,
          factIds: [],
        };
        deps.labels.setLabel({ traceId: c.id, annotator: "bench", at, state });
      }
    const t0 = performance.now();
    const made = createReviewQueue(deps, {
      spec: { filter: { unlabelledOnly: true }, sample: { size: QUEUE, seed: 7, strata: ["source", "finalState"] } },
      author: "bench",
    });
    const queueBuildSeconds = (performance.now() - t0) / 1000;
    if (!made.ok) throw new Error(made.error.message);
    const ids = made.queue.traceIds;
    const samples: number[] = [];
    for (let i = 1; i < ids.length; i++) {
      const t = performance.now();
      const review = traceReview(deps, ids[i]!, { triage: false });
      samples.push(performance.now() - t);
      if (!review || review.turns.length === 0) throw new Error(`queue trace ${ids[i]} has no turns`);
    }
    return {
      nextP95Ms: percentile(samples, 95),
      nextMedianMs: percentile(samples, 50),
      nextSamples: samples.length,
      queueBuildSeconds,
    };
  } finally {
    deps.labels.close();
  }
}
