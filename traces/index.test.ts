import { existsSync } from "node:fs";
import { trace } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";

describe("traces/index.ts", () => {
  it("exposes the public surface without side effects at import (no tracer registered, no database opened)", async () => {
    const before = existsSync("data/bikeshop.db");
    const traces = await import("./index");
    for (const name of [
      "openTraceStore",
      "defaultDatabasePath",
      "migrations",
      "SqliteSpanExporter",
      "startTracing",
      "withSpan",
      "withSpanSync",
      "toExportLine",
      "toCsv",
      "csvSafe",
      "TurnRecord",
    ])
      expect(traces, name).toHaveProperty(name);
    expect(trace.getTracer("probe").startSpan("probe").isRecording()).toBe(false);
    expect(existsSync("data/bikeshop.db")).toBe(before);
  });

  it("defaultDatabasePath reads DATABASE_PATH, else data/bikeshop.db", async () => {
    const { defaultDatabasePath } = await import("./index");
    expect(defaultDatabasePath({ DATABASE_PATH: "/tmp/x.db" })).toBe("/tmp/x.db");
    expect(defaultDatabasePath({})).toBe("data/bikeshop.db");
    expect(defaultDatabasePath({ DATABASE_PATH: "  " })).toBe("data/bikeshop.db");
  });
});
