import { describe, expect, it } from "vitest";
import { ExportLine } from "./export";
import { exportChunks } from "./export-chunks";
import { aConversation, aTurn, at } from "./fixtures";
import { openTraceStore } from "./store";

function seeded(conversations: number) {
  const store = openTraceStore(":memory:");
  for (let i = 0; i < conversations; i++) {
    const id = `c${String(i).padStart(4, "0")}`;
    store.createConversation(aConversation({ id, source: i % 2 ? "synthetic" : "ui" }));
    store.commitTurn(aTurn({ conversationId: id, createdAt: at(i) }), []);
    store.commitTurn(aTurn({ conversationId: id, index: 2, createdAt: at(i) }), []);
  }
  return store;
}

describe("exportChunks", () => {
  it("streams every conversation across pages as JSONL, oldest update first", () => {
    const store = seeded(1001);
    const lines = [...exportChunks(store, "jsonl")].map((chunk) => ExportLine.parse(JSON.parse(chunk)));
    expect(lines).toHaveLength(1001);
    expect(new Set(lines.map((l) => l.id)).size).toBe(1001);
    expect(lines[0]?.id).toBe("c0000");
    expect(lines[0]?.messages).toHaveLength(4);
    store.close();
  });

  it("writes one CSV header and a row per turn, honouring the source filter", () => {
    const store = seeded(4);
    const csv = [...exportChunks(store, "csv", { source: "synthetic" })].join("");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("conversation_id,turn,now,user,assistant,state_before,state_after,fact_ids,trace_id");
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 2).join(","))).toEqual([
      "c0001,1",
      "c0001,2",
      "c0003,1",
      "c0003,2",
    ]);
    store.close();
  });

  it("emits just the CSV header for an empty store, and nothing as JSONL", () => {
    const store = openTraceStore(":memory:");
    expect([...exportChunks(store, "csv")]).toEqual([
      "conversation_id,turn,now,user,assistant,state_before,state_after,fact_ids,trace_id\r\n",
    ]);
    expect([...exportChunks(store, "jsonl")]).toEqual([]);
    store.close();
  });
});
