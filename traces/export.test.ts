import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_FIELDS, ExportLine, toCsv, toCsvRows, toExportLine, toJsonlLine } from "./export";
import { aConversation, aTurn } from "./fixtures";
import type { Conversation } from "./schema";

const conversation: Conversation = {
  ...aConversation({ id: "c9", source: "synthetic", scenarioId: "s-1", metadata: { persona: "rushed", seed: 7 } }),
  updatedAt: "2026-11-23T15:05:00.000Z",
  turnCount: 2,
  finalState: "done",
};
const turns = [
  aTurn({
    conversationId: "c9",
    index: 2,
    now: "2026-11-23T10:01:00-05:00",
    user: "Tuesday 10am",
    assistant: "Booked!",
  }),
  aTurn({
    conversationId: "c9",
    index: 1,
    now: "2026-11-23T10:00:00-05:00",
    user: "Book a tune-up",
    assistant: "Which day?",
  }),
];

describe("toExportLine", () => {
  it("builds the documented shape: messages in turn order, now of the first turn, metadata", () => {
    const line = toExportLine(conversation, turns);
    expect(line).toEqual({
      id: "c9",
      now: "2026-11-23T10:00:00-05:00",
      messages: [
        { role: "user", content: "Book a tune-up" },
        { role: "assistant", content: "Which day?" },
        { role: "user", content: "Tuesday 10am" },
        { role: "assistant", content: "Booked!" },
      ],
      metadata: {
        source: "synthetic",
        scenarioId: "s-1",
        model: "gpt-test",
        handbookVersion: "h1",
        promptVersion: "p1",
        appVersion: "0.1.0",
        finalState: "done",
        turns: 2,
        traceIds: ["trace-1", "trace-2"],
        persona: "rushed",
        seed: 7,
      },
    });
    expect(ExportLine.parse(line)).toEqual(line);
  });

  it("falls back to createdAt when there are no turns", () => {
    expect(toExportLine(conversation, [])).toMatchObject({
      now: conversation.createdAt,
      messages: [],
      metadata: { turns: 0 },
    });
  });

  it("serializes as one JSON line", () => {
    const text = toJsonlLine(conversation, turns);
    expect(text.endsWith("\n")).toBe(true);
    expect(text.trimEnd()).not.toContain("\n");
    expect(JSON.parse(text)).toEqual(toExportLine(conversation, turns));
  });
});

describe("CSV export", () => {
  it("writes one row per turn with a header, round-tripping through a CSV parser", () => {
    const csv = toCsv(toCsvRows(conversation, turns), { header: true });
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: "\r\n" }).data;
    expect(parsed[0]).toEqual([...CSV_FIELDS]);
    expect(parsed.slice(1)).toEqual([
      [
        "c9",
        "1",
        "2026-11-23T10:00:00-05:00",
        "Book a tune-up",
        "Which day?",
        "idle",
        "idle",
        "hours.weekday",
        "trace-1",
      ],
      ["c9", "2", "2026-11-23T10:01:00-05:00", "Tuesday 10am", "Booked!", "idle", "idle", "hours.weekday", "trace-2"],
    ]);
  });

  it("escapes formula injection and quotes commas, quotes and newlines", () => {
    const evil = aTurn({ user: '=HYPERLINK("http://x","click")', assistant: 'line 1,\nline "2"', factIds: ["a", "b"] });
    const csv = toCsv(toCsvRows(conversation, [evil]), { header: false });
    const [row] = Papa.parse<string[]>(csv.trimEnd(), { newline: "\r\n" }).data;
    expect(row?.[3]).toBe('\'=HYPERLINK("http://x","click")');
    expect(row?.[4]).toBe('line 1,\nline "2"');
    expect(row?.[7]).toBe("a;b");
  });

  it("emits only the header for no rows, and nothing without it", () => {
    expect(toCsv([], { header: true })).toBe(`${CSV_FIELDS.join(",")}\r\n`);
    expect(toCsv([], { header: false })).toBe("");
  });
});
