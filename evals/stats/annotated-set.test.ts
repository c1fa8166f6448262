import { describe, expect, it } from "vitest";
import { aTurn } from "../../traces/fixtures";
import { openTraceStore } from "../../traces/index";
import type { HumanLabels } from "../annotation/index";
import { annotatedTranscripts } from "./annotated-set";

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
    const turn = aTurn({
      now: "2026-11-23T09:00:00-08:00",
      user: "When do you close Saturday?",
      assistant: "5pm!",
      createdAt: base.createdAt,
    });
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
