import { describe, expect, it } from "vitest";
import { aConversation, aSpan, aTurn } from "./fixtures";
import {
  LangfuseDatasetItem,
  OpenAIChatLine,
  PhoenixDatasetUpload,
  toLangfuseItems,
  toOpenAIChatLine,
  toPhoenixDataset,
} from "./interchange";

const T1 = "0af7651916cd43dd8448eb211c80319c";
const T2 = "1bf7651916cd43dd8448eb211c80319d";
const conversation = {
  ...aConversation({ id: "c7" }),
  updatedAt: "2026-11-23T15:05:00.000Z",
  turnCount: 2,
  finalState: "booked",
};
const turns = [
  {
    ...aTurn({ conversationId: "c7", index: 2, user: "Friday", assistant: "Booked for Friday.", traceId: T2 }),
    spans: [aSpan({ name: "chat.turn", spanId: "b7ad6b7169203331", traceId: T2 })],
  },
  {
    ...aTurn({ conversationId: "c7", index: 1, user: "A tune-up please", assistant: "Which day?", traceId: T1 }),
    spans: [
      aSpan({ name: "chat offline", spanId: "00f067aa0ba902b7", traceId: T1 }),
      aSpan({ name: "chat.turn", spanId: "a7ad6b7169203331", traceId: T1 }),
    ],
  },
];

describe("OpenAI chat fine-tuning export", () => {
  it("one line per conversation, turns in order, an optional system prompt first, no other keys", () => {
    const line = toOpenAIChatLine(turns, "You are JO's Bike Shop's assistant.");
    expect(OpenAIChatLine.parse(line)).toEqual({
      messages: [
        { role: "system", content: "You are JO's Bike Shop's assistant." },
        { role: "user", content: "A tune-up please" },
        { role: "assistant", content: "Which day?" },
        { role: "user", content: "Friday" },
        { role: "assistant", content: "Booked for Friday." },
      ],
    });
    expect(toOpenAIChatLine([])).toBeNull();
    expect(() => OpenAIChatLine.parse({ ...line, metadata: {} })).toThrow(); // the documented format has only messages
  });
});

describe("Langfuse dataset items", () => {
  it("one item per turn: history + user as input, the reply as expected output, linked to trace and root span", () => {
    const items = toLangfuseItems(conversation, turns, "bikeshop");
    expect(items.map((i) => LangfuseDatasetItem.parse(i))).toHaveLength(2);
    expect(items[1]).toMatchObject({
      datasetName: "bikeshop",
      id: "c7:2",
      input: {
        messages: [
          { role: "user", content: "A tune-up please" },
          { role: "assistant", content: "Which day?" },
          { role: "user", content: "Friday" },
        ],
      },
      expectedOutput: { role: "assistant", content: "Booked for Friday." },
      sourceTraceId: T2,
      sourceObservationId: "b7ad6b7169203331",
      metadata: { conversation_id: "c7", turn: 2, trace_id: T2 },
    });
  });

  it("a turn stored without tracing has no source ids (not invented ones)", () => {
    const [item] = toLangfuseItems(conversation, [aTurn({ traceId: null })], "d");
    expect(item).not.toHaveProperty("sourceTraceId");
    expect(item).not.toHaveProperty("sourceObservationId");
  });
});

describe("Phoenix dataset upload", () => {
  it("parallel arrays, one example per turn, span_ids of each turn's root span", () => {
    const body = PhoenixDatasetUpload.parse(toPhoenixDataset([{ conversation, turns }], "bikeshop"));
    expect(body.example_ids).toEqual(["c7:1", "c7:2"]);
    expect(body.span_ids).toEqual(["a7ad6b7169203331", "b7ad6b7169203331"]);
    expect(body.outputs).toEqual([{ content: "Which day?" }, { content: "Booked for Friday." }]);
    expect(body.inputs[0]).toEqual({ messages: [{ role: "user", content: "A tune-up please" }] });
    expect(body.metadata.map((m) => m.trace_id)).toEqual([T1, T2]);
  });

  it("the schema refuses arrays that are not parallel", () => {
    const body = toPhoenixDataset([{ conversation, turns }], "x");
    expect(PhoenixDatasetUpload.safeParse({ ...body, outputs: body.outputs.slice(1) }).success).toBe(false);
  });
});
