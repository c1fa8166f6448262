import { type ExportResult, ExportResultCode } from "@opentelemetry/core";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace";
import { describe, expect, it } from "vitest";
import { ReportingExporter } from "./reporting-exporter";

const failing = (results: ExportResult[]): SpanExporter => ({
  export: (_spans, done) => done(results.shift() ?? { code: ExportResultCode.SUCCESS }),
  shutdown: async () => {},
});
const spans = (n: number) => Array.from({ length: n }, () => ({}) as ReadableSpan);

describe("ReportingExporter", () => {
  it("reports the first failure with its cause, counts the rest, sums them up at shutdown", async () => {
    const reports: string[] = [];
    const refused = { code: ExportResultCode.FAILED, error: new Error("Unsupported Media Type (415)") };
    const exporter = new ReportingExporter(
      failing([refused, { code: ExportResultCode.SUCCESS }, refused]),
      "http://x/v1/traces",
      (m) => reports.push(m),
    );
    const codes: ExportResultCode[] = [];
    for (const n of [2, 1, 3]) exporter.export(spans(n), (r) => codes.push(r.code));
    expect(codes).toEqual([ExportResultCode.FAILED, ExportResultCode.SUCCESS, ExportResultCode.FAILED]);
    expect(reports).toEqual([
      expect.stringMatching(/^OTLP export to http:\/\/x\/v1\/traces failed: Unsupported Media Type \(415\)/),
    ]);
    await exporter.shutdown();
    expect(reports[1]).toBe("OTLP export to http://x/v1/traces: 2 exports (5 spans) failed in all");
  });

  it("says nothing when every export succeeds", async () => {
    const reports: string[] = [];
    const exporter = new ReportingExporter(failing([]), "u", (m) => reports.push(m));
    exporter.export(spans(1), () => {});
    await exporter.shutdown();
    expect(reports).toEqual([]);
  });
});
