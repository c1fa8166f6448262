import { describe, expect, it } from "vitest";
import { createFakeAnnotationDeps } from "./deps";
import { seedTrace } from "./fixtures";
import { createReviewQueue } from "./review-queue";
import { EMPTY_LABEL } from "./schema";
import { traceReview } from "./trace-review";

const seeded = () => {
  const deps = createFakeAnnotationDeps();
  const intents = ["booking", "booking", "booking", "hours_location", "policies", "policies"];
  for (const [i, intent] of intents.entries())
    seedTrace(deps.traces, `s${i}`, {
      source: "synthetic",
      metadata: { tuple: { intent } },
      createdAt: `2026-06-01T1${i}:00:00.000Z`,
    });
  seedTrace(deps.traces, "u0", { createdAt: "2026-06-01T09:00:00.000Z", turns: 3 });
  return deps;
};

describe("review queues", () => {
  it("takes all matching traces oldest first and freezes them", () => {
    const deps = seeded();
    const r = createReviewQueue(deps, { spec: {}, author: "ana" });
    expect(r.ok && r.queue).toMatchObject({
      id: "q_1",
      title: "All traces",
      traceIds: ["u0", "s0", "s1", "s2", "s3", "s4", "s5"],
    });
    expect(deps.labels.getQueue("q_1")?.traceIds).toHaveLength(7);
    expect(deps.labels.recentQueues()).toEqual([expect.objectContaining({ id: "q_1", size: 7 })]);
  });

  it("leaves out pass/fail traces for the unlabelled queue (deferred ones stay)", () => {
    const deps = seeded();
    deps.labels.setLabel({ traceId: "s0", annotator: "a", at: "t", state: { ...EMPTY_LABEL, verdict: "pass" } });
    deps.labels.setLabel({ traceId: "s1", annotator: "a", at: "t", state: { ...EMPTY_LABEL, verdict: "defer" } });
    const r = createReviewQueue(deps, {
      spec: { filter: { unlabelledOnly: true, source: "synthetic" } },
      author: "ana",
    });
    expect(r.ok && r.queue.traceIds).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(r.ok && r.queue.title).toBe("Unlabelled traces · synthetic");
  });

  it("draws a seeded sample stratified by a scenario dimension", () => {
    const deps = seeded();
    const spec = {
      filter: { source: "synthetic" as const },
      sample: { size: 3, seed: 9, strata: ["scenario.intent" as const] },
    };
    const a = createReviewQueue(deps, { spec, author: "ana" });
    const b = createReviewQueue(deps, { spec, author: "ana" });
    expect(a.ok && b.ok && a.queue.traceIds).toEqual(b.ok && b.queue.traceIds);
    const intents = (a.ok ? a.queue.traceIds : []).map(
      (id) => deps.traces.getConversation(id)!.metadata as { tuple: { intent: string } },
    );
    expect(new Set(intents.map((m) => m.tuple.intent))).toEqual(new Set(["booking", "hours_location", "policies"]));
  });

  it("is an error value when nothing matches", () => {
    expect(createReviewQueue(seeded(), { spec: { filter: { source: "eval" } }, author: "ana" })).toMatchObject({
      ok: false,
      error: { code: "empty_queue" },
    });
  });
});

describe("trace review", () => {
  it("shows turns with states, decision and fact ids; verdicts only in triage mode", () => {
    const deps = seeded();
    const blind = traceReview(deps, "u0", { triage: false })!;
    expect(blind.turns.map((t) => [t.index, t.stateBefore, t.stateAfter])).toEqual([
      [1, "idle", "browsing"],
      [2, "browsing", "booking.collecting"],
      [3, "booking.collecting", "booking.confirming"],
    ]);
    expect(blind.turns[0]).toMatchObject({
      intent: "question",
      decision: [{ kind: "answer", detail: "hours" }],
      factIds: ["hours.sat"],
    });
    expect(blind).toMatchObject({ verdicts: null, verdictsAvailable: false, label: null });
    expect(traceReview(deps, "u0", { triage: true })).toMatchObject({ verdicts: null, verdictsAvailable: false });
    expect(traceReview(deps, "missing", { triage: false })).toBeNull();
  });
});
