/** Public surface of traces: the SQLite trace store, its schema and migrations, OTel setup, span helpers, exports. */
export { applyMigrations } from "./apply-migrations";
export { contactKey, nameKey } from "./booking-keys";
export { defaultDatabasePath } from "./config";
export { csvSafe } from "./csv-safe";
export { CSV_FIELDS, ExportLine, ExportMessage, toCsv, toCsvRows, toExportLine, toJsonlLine } from "./export";
export { exportChunks } from "./export-chunks";
export { type Migration, migrations } from "./migrations";
export { startTracing, type Tracing, type TracingOptions } from "./otel";
export * from "./schema";
export { SqliteSpanExporter } from "./span-exporter";
export { openTraceStore, type TraceStoreOptions } from "./store";
export { createTextIndexer } from "./text-index";
export { DuplicateTurnError, UnknownConversationError } from "./store-errors";
export { toSpanRecord } from "./to-span-record";
export type { ConversationSummary, TraceStore, TurnSideEffects, TurnWithSpans } from "./trace-store";
export { withSpan, withSpanSync } from "./with-span";
export { redactDeep, redactPii } from "./redact";
export { SyncSpanProcessor } from "./sync-span-processor";
