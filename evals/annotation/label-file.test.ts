import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { escapeCell, labelsToCsv, unescapeCell } from "./label-csv";
import { detectLabelFormat, parseLabelFile } from "./label-file";
import { labelsToJsonl } from "./label-jsonl";
import type { LabelRecord } from "./schema";

const defaults = { annotator: "importer", at: "2026-06-02T18:00:00.000Z" };
const base: LabelRecord = {
  traceId: "c_1",
  verdict: "fail",
  note: "",
  firstFailTurn: 1,
  modes: [],
  factIds: [],
  annotator: "ana",
  labelledAt: "2026-06-02T10:00:00.000Z",
};
const hostile: LabelRecord[] = [
  {
    ...base,
    traceId: "c_comma",
    note: "said $45, not $55, for a tune-up",
    modes: ["bad_data"],
    factIds: ["price.tune_up"],
  },
  {
    ...base,
    traceId: "c_quote",
    note: 'told me "walk-ins welcome" for tune-ups',
    modes: ["policy_confusion", "over_eager"],
  },
  { ...base, traceId: "c_newline", note: "line one\nline two\r\nline three", firstFailTurn: 3 },
  { ...base, traceId: "c_formula", note: '=HYPERLINK("http://evil.example","click")', annotator: "=cmd|' /C calc'!A0" },
  { ...base, traceId: "c_plus", note: "+1 555 0100 is not our number", verdict: "fail" },
  { ...base, traceId: "c_minus", note: "-2 stars", verdict: "defer", firstFailTurn: null },
  { ...base, traceId: "c_at", note: "@SUM(A1:A2)", verdict: "pass", firstFailTurn: null },
  { ...base, traceId: "c_quoted_formula", note: "'=already quoted", verdict: "pass", firstFailTurn: null },
  { ...base, traceId: "c_tab", note: "\tstarts with a tab", verdict: "pass", firstFailTurn: null },
  { ...base, traceId: "c_unicode", note: "fermé le lundi — ok ✓", verdict: "pass", firstFailTurn: null },
];

describe("label CSV", () => {
  it("round-trips hostile content exactly", () => {
    const csv = labelsToCsv(hostile);
    const back = parseLabelFile(csv, "csv", defaults);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.records.map(({ line: _line, ...r }) => r)).toEqual(hostile);
    // c_newline's note spans three physical lines, so the row after it starts three lines later.
    expect(back.records.map((r) => r.line)).toEqual([2, 3, 4, 7, 8, 9, 10, 11, 12, 13]);
  });

  it("escapes formula cells so spreadsheets show them as text", () => {
    const rows = Papa.parse<string[]>(labelsToCsv(hostile), { skipEmptyLines: true }).data;
    const cells = rows.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells).toContain("''=already quoted");
  });

  it("reports the physical line of each bad row, after multi-line cells", () => {
    const csv = [
      "trace_id,verdict,note,first_fail_turn",
      'c_1,pass,"a note',
      'over two lines",',
      "c_2,maybe,,",
      "c_3,fail,,zero",
      "",
      "c_4,fail,fine,2",
      "c_1,fail,again,1",
    ].join("\n");
    const r = parseLabelFile(csv, "csv", defaults);
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 4, message: expect.stringContaining("verdict") },
        { line: 5, message: expect.stringContaining("firstFailTurn") },
        { line: 8, message: "trace c_1 appears twice (first on line 2)" },
      ],
    });
  });

  it("accepts a pass column instead of verdict, and an id column", () => {
    const r = parseLabelFile("id,pass,note\nc_1,true,\nc_2,false,bad hours\n", "csv", defaults);
    expect(r.ok && r.records.map((x) => [x.traceId, x.verdict, x.annotator])).toEqual([
      ["c_1", "pass", "importer"],
      ["c_2", "fail", "importer"],
    ]);
  });

  it("refuses a header without trace ids, and contradictory rows", () => {
    expect(parseLabelFile("foo,verdict\nx,pass\n", "csv", defaults)).toMatchObject({
      ok: false,
      errors: [{ line: 1 }],
    });
    const r = parseLabelFile("trace_id,verdict,modes\nc_1,pass,bad_data\n", "csv", defaults);
    expect(r).toEqual({ ok: false, errors: [{ line: 2, message: "a pass label cannot carry failure modes" }] });
  });

  it.each(["=1+1", "'=1", "''+x", "plain", "-", "'", "it's"])("escapeCell is reversible for %j", (v) => {
    expect(unescapeCell(escapeCell(v))).toBe(v);
  });
});

describe("label JSONL", () => {
  it("round-trips and adds a pass flag", () => {
    const jsonl = labelsToJsonl(hostile);
    expect(JSON.parse(jsonl.split("\n")[5]!)).toMatchObject({ traceId: "c_minus", verdict: "defer", pass: null });
    const back = parseLabelFile(jsonl, "jsonl", defaults);
    expect(back.ok && back.records.map(({ line: _l, ...r }) => r)).toEqual(hostile);
  });

  it("re-attaches labels on `pnpm traces export` lines by id", () => {
    const line = JSON.stringify({
      id: "c_exported",
      now: "2026-06-02T11:00:00-07:00",
      messages: [{ role: "user", content: "hours?" }],
      metadata: { source: "ui" },
      label: { pass: false, modes: ["bad_data"], firstFailTurn: 1, note: "closed Mondays" },
    });
    const r = parseLabelFile(`${line}\n`, "jsonl", defaults);
    expect(r).toEqual({
      ok: true,
      records: [
        {
          traceId: "c_exported",
          verdict: "fail",
          note: "closed Mondays",
          firstFailTurn: 1,
          modes: ["bad_data"],
          factIds: [],
          annotator: "importer",
          labelledAt: defaults.at,
          line: 1,
        },
      ],
    });
  });

  it("numbers bad lines, counting blank ones", () => {
    const text = [
      '{"traceId":"a","verdict":"pass"}',
      "",
      "{not json",
      '{"traceId":"b"}',
      '{"traceId":"c","verdict":"fail","firstFailTurn":-1}',
    ].join("\n");
    const r = parseLabelFile(text, "jsonl", defaults);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5]);
  });
});

describe("detectLabelFormat", () => {
  it.each([
    ["labels.csv", "{", "csv"],
    ["labels.jsonl", "trace_id", "jsonl"],
    [null, '\uFEFF  {"traceId":1}', "jsonl"],
    [null, "trace_id,verdict", "csv"],
  ] as const)("%s / %j → %s", (name, text, format) => {
    expect(detectLabelFormat(name, text)).toBe(format);
  });
});
