import { describe, expect, it } from "vitest";
import { openTraceStore } from "../../traces/index";
import { annotatedTranscripts } from "./annotated-set";
import type { HumanLabels } from "../annotation/index";

describe("annotated traces as labelled transcripts", () => {
  it("turns human labels on stored traces into transcripts with their modes, grouped by scenario", () => {
    const store = openTraceStore(":memory:");
    const base = {
      source: "synthetic" as const,
      model: "m",
      promptVersion: "p",
      handbookVersion: "h",
      appVersion: "a",
      metadata: {},
      createdAt: "2026-11-23T17:00:00.000Z",
    };
    store.createConversation({ ...base, id: "c1", scenarioId: "syn-1" });
    const turn = {
      conversationId: "c1",
      index: 1,
      now: "2026-11-23T09:00:00-08:00",
      user: "When do you close Saturday?",
      assistant: "5pm!",
      stateBefore: "idle",
      stateAfter: "browsing",
      snapshot: {},
      understanding: null,
      decision: null,
      context: null,
      factIds: [],
      llmCalls: [],
      latencyMs: 1,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      error: null,
      traceId: null,
      createdAt: base.createdAt,
    };
    store.commitTurn(turn, []);
    const labels: HumanLabels = {
      taxonomyVersion: 2,
      modes: [],
      labels: [
        {
          traceId: "c1",
          pass: false,
          modes: { bad_data: true, over_eager: false, my_own_mode: true },
          firstFailTurn: 1,
          note: "says 5pm",
          annotator: "jo",
          labelledAt: "t",
        },
        { traceId: "gone", pass: true, modes: {}, firstFailTurn: null, note: "", annotator: "jo", labelledAt: "t" },
      ],
    };
    expect(annotatedTranscripts(labels, store)).toEqual([
      {
        id: "c1",
        now: "2026-11-23T09:00:00-08:00",
        messages: [
          { role: "user", content: "When do you close Saturday?" },
          { role: "assistant", content: "5pm!" },
        ],
        scenario: "syn-1",
        label: { pass: false, modes: ["bad_data"], firstFailTurn: 1, note: "says 5pm" },
      },
    ]);
    store.close();
  });
});
