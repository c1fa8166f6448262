import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { draftScenario, GENERATOR_VERSION } from "./build-scenario";
import { DatasetError, datasetPath, parseDataset, readDataset, toDatasetCsv, toJsonl, writeDataset } from "./dataset";
import type { DatasetLine } from "./schema";

function line(i: number, query = "What time do you close on Saturday?"): DatasetLine {
  const d = draftScenario(
    {
      intent: "hours_location",
      completeness: "all_upfront",
      behaviour: "cooperative",
      turns: "single",
      trap: "saturday_hours",
    },
    i,
    3,
  );
  return {
    id: d.id,
    status: "kept",
    reason: null,
    scenario: { ...d, query, writer: "template", generatorVersion: GENERATOR_VERSION },
    run: {
      conversationId: "c_1",
      setupConversationId: null,
      turns: 1,
      stopReason: "goal_reached",
      transcript: [{ user: query, bot: "9am to 3pm", stateBefore: "idle", state: "browsing", parts: ["answer"] }],
    },
  };
}

describe("dataset files", () => {
  it("round-trips JSONL through a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "synth-ds-"));
    const file = datasetPath(dir, "round-trip");
    const lines = [line(0), { ...line(1), status: "dropped" as const, reason: "duplicate of syn-3-001" }];
    writeDataset(file, lines);
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(2);
    expect(readDataset(file)).toEqual(lines);
  });

  it("reports bad lines with their line numbers", () => {
    const good = JSON.stringify(line(0));
    const badSchema = JSON.stringify({ ...line(1), status: "maybe" });
    const text = [good, "{not json", "", badSchema, good].join("\n");
    const parsed = parseDataset(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 4, 5]);
    expect(parsed.errors[0]?.message).toMatch(/invalid JSON/);
    expect(parsed.errors[1]?.message).toMatch(/^status:/);
    expect(parsed.errors[2]?.message).toMatch(/duplicate id "syn-3-001" \(first on line 1\)/);
    const dir = mkdtempSync(join(tmpdir(), "synth-ds-"));
    writeFileSync(join(dir, "bad.jsonl"), text);
    expect(() => readDataset(join(dir, "bad.jsonl"))).toThrow(DatasetError);
    expect(() => readDataset(join(dir, "bad.jsonl"))).toThrow(/line 2: invalid JSON.*line 4: status/);
  });

  it("rejects dataset names that could escape the folder", () => {
    expect(() => datasetPath("/tmp", "../etc/passwd")).toThrow(/invalid dataset name/);
    expect(datasetPath("/tmp/ds", "default")).toBe("/tmp/ds/default.jsonl");
  });

  it("exports CSV via papaparse with formula cells neutralised", () => {
    const csv = toDatasetCsv([line(0, '=HYPERLINK("http://evil","x")'), line(1, '+1 555, "quoted"\nnewline')]);
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]?.slice(0, 4)).toEqual(["id", "status", "reason", "intent"]);
    const query = rows[0]!.indexOf("query");
    expect(rows[1]?.[query]).toBe('\'=HYPERLINK("http://evil","x")');
    expect(rows[2]?.[query]).toBe('\'+1 555, "quoted"\nnewline');
    expect(rows[1]?.[rows[0]!.indexOf("factIds")]).toBe("hours.sat;policy.slots");
    expect(toJsonl([])).toBe("");
  });
});
