import { type ExportResult, ExportResultCode } from "@opentelemetry/core";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace";

/**
 * Wraps a collector exporter so its failures are not silent (the OTel SDK only logs them through `diag`, which is off
 * by default): the first failure is reported with its cause, later ones are counted and summed up at shutdown.
 */
export class ReportingExporter implements SpanExporter {
  /** Failed exports and the spans they carried. */
  failedExports = 0;
  failedSpans = 0;

  constructor(
    private readonly inner: SpanExporter,
    private readonly target: string,
    private readonly report: (message: string) => void,
  ) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      if (result.code !== ExportResultCode.SUCCESS) {
        if (this.failedExports === 0)
          this.report(
            `OTLP export to ${this.target} failed: ${result.error?.message ?? "unknown error"} (spans are still in SQLite; further failures are counted, not repeated)`,
          );
        this.failedExports++;
        this.failedSpans += spans.length;
      }
      resultCallback(result);
    });
  }

  async forceFlush(): Promise<void> {
    await this.inner.forceFlush?.();
  }

  async shutdown(): Promise<void> {
    await this.inner.shutdown();
    if (this.failedExports > 1)
      this.report(
        `OTLP export to ${this.target}: ${this.failedExports} exports (${this.failedSpans} spans) failed in all`,
      );
  }
}
