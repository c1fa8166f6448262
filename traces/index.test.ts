import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trace } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";

describe("traces/index.ts", () => {
  it("exposes the public surface without side effects at import (no tracer registered, no database opened)", async () => {
    // Import from an empty working directory with DATABASE_PATH pointing into it: any database opened at import
    // time (the default relative path or the configured one) would leave a file there.
    const dir = mkdtempSync(join(tmpdir(), "traces-import-"));
    const cwd = process.cwd();
    const configured = process.env.DATABASE_PATH;
    process.chdir(dir);
    process.env.DATABASE_PATH = join(dir, "configured.db");
    let traces: Record<string, unknown>;
    try {
      traces = await import("./index");
    } finally {
      process.chdir(cwd);
      if (configured === undefined) delete process.env.DATABASE_PATH;
      else process.env.DATABASE_PATH = configured;
    }
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
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, "data", "bikeshop.db"))).toBe(false);
  });

  it("defaultDatabasePath reads DATABASE_PATH, else data/bikeshop.db", async () => {
    const { defaultDatabasePath } = await import("./index");
    expect(defaultDatabasePath({ DATABASE_PATH: "/tmp/x.db" })).toBe("/tmp/x.db");
    expect(defaultDatabasePath({})).toBe("data/bikeshop.db");
    expect(defaultDatabasePath({ DATABASE_PATH: "  " })).toBe("data/bikeshop.db");
  });
});
