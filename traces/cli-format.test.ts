import { describe, expect, it } from "vitest";
import { formatConversationList, formatTable, formatTranscript, showDocument } from "./cli-format";
import { aConversation, aSpan, aTurn } from "./fixtures";
import type { Conversation } from "./schema";
import type { ConversationSummary } from "./trace-store";

const conversation: Conversation = {
  ...aConversation(),
  updatedAt: "2026-11-23T15:01:00.000Z",
  turnCount: 1,
  finalState: "idle",
};

describe("formatTable", () => {
  it("pads each column to its widest cell and leaves no trailing spaces", () => {
    expect(
      formatTable(
        ["ID", "N", "NOTE"],
        [
          ["a", "10", "x"],
          ["long-id", "2", ""],
        ],
      ),
    ).toBe("ID       N   NOTE\na        10  x\nlong-id  2\n");
  });
});

describe("formatConversationList", () => {
  it("prints an aligned row per conversation and a footer with the total", () => {
    const items: ConversationSummary[] = [
      { ...conversation, preview: "When are you open?", feedbackUp: 0, feedbackDown: 0 },
      {
        ...conversation,
        id: "c-two",
        source: "synthetic",
        finalState: null,
        turnCount: 12,
        preview: "x".repeat(80),
        feedbackUp: 0,
        feedbackDown: 0,
      },
    ];
    const lines = formatConversationList(items, 7).split("\n");
    expect(lines[0]).toMatch(/^ID {5}SOURCE {5}TURNS {2}STATE {2}UPDATED {19}PREVIEW$/);
    expect(lines[1]).toBe("c1     ui         1      idle   2026-11-23T15:01:00.000Z  When are you open?");
    expect(lines[2]).toBe(`c-two  synthetic  12     -      2026-11-23T15:01:00.000Z  ${"x".repeat(59)}…`);
    expect(lines[3]).toBe("2 of 7 conversation(s)");
  });
});

describe("showDocument", () => {
  it("leads each turn with index, user, assistant, states and spans, then the rest of the turn", () => {
    const turn = { ...aTurn(), spans: [aSpan()] };
    const doc = JSON.parse(JSON.stringify(showDocument(conversation, [turn])));
    expect(Object.keys(doc)).toEqual(["conversation", "turns"]);
    expect(doc.conversation).toEqual(conversation);
    expect(Object.keys(doc.turns[0]).slice(0, 6)).toEqual([
      "index",
      "user",
      "assistant",
      "stateBefore",
      "stateAfter",
      "spans",
    ]);
    expect(doc.turns[0]).toEqual(JSON.parse(JSON.stringify(turn)));
    expect(Object.keys(doc.turns[0].spans[0])[0]).toBe("name");
  });
});

describe("formatTranscript", () => {
  it("shows the exchange, states, facts and failing spans", () => {
    const spans = [
      aSpan(),
      aSpan({ spanId: "s2", parentSpanId: "s1", name: "llm", statusCode: "error", statusMessage: "timeout" }),
    ];
    const turn = { ...aTurn({ stateAfter: "booking" }), spans };
    const text = formatTranscript(conversation, [turn]);
    expect(text).toContain("#1  idle → booking  124 ms  $0.0012");
    expect(text).toContain("  user:      user message 1\n  assistant: assistant reply 1\n  facts:     hours.weekday\n");
    expect(text).toContain("  span  turn  5.3 ms\n  span    llm  5.3 ms  ERROR timeout\n");
  });
});
