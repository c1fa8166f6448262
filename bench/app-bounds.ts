import { axialBoard, createAnnotationDeps, importLabelFile } from "../evals/annotation/index";
import { loadKnowledgeBase } from "../knowledge-base/index";
import { openTraceStore } from "../traces/index";
import { readBounded } from "../app/_lib/read-bounded";
import { r3 } from "./stats";

const MIB = 1024 * 1024;

/** RSS growth (MB) while a 256 MiB chunked body (no Content-Length) is offered to the chat route's 64 KB reader. */
export async function benchChunkedBody(totalMib = 256): Promise<{ bodyRssGrowthMb: number; bodyBytesPulled: number }> {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled >= totalMib * MIB) return c.close();
      pulled += chunk.byteLength;
      c.enqueue(chunk);
    },
  });
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const r = await readBounded(stream, 64 * 1024);
  if (r.ok) throw new Error("the 64 KB limit did not stop the body");
  const growth = (process.memoryUsage().rss - before) / 1e6;
  return { bodyRssGrowthMb: r3(Math.max(0, growth)), bodyBytesPulled: pulled };
}

/**
 * A label import of `rows` rows (CSV, every trace existing, half failed with notes) as the import route runs it,
 * then the axial board over those labels. The import is one synchronous call, so its duration is the longest
 * event-loop block it causes; the board is timed with its JSON size (what /annotate/axial renders).
 */
export function benchLabelScale(rows: number) {
  const traces = openTraceStore(":memory:");
  const deps = createAnnotationDeps(traces, loadKnowledgeBase());
  const at = "2026-11-23T12:00:00.000Z";
  for (let i = 0; i < rows; i++) {
    traces.createConversation({
      id: `t${i}`,
      source: "synthetic",
      scenarioId: null,
      model: "offline",
      promptVersion: "p",
      handbookVersion: "h",
      appVersion: "0",
      metadata: {},
      createdAt: at,
    });
  }
  const csv = ["trace_id,verdict,note"];
  for (let i = 0; i < rows; i++)
    csv.push(i % 2 ? `t${i},pass,` : `t${i},fail,"quoted the wrong Saturday hours (${i})"`);
  const text = csv.join("\n");
  const t0 = performance.now();
  const r = importLabelFile(deps, { text, fileName: "labels.csv", author: "bench" });
  const importMs = performance.now() - t0;
  if (!r.ok) throw new Error(`import refused: ${JSON.stringify(r.errors.slice(0, 3))}`);
  const t1 = performance.now();
  const board = axialBoard(deps);
  const json = JSON.stringify(board);
  const axialMs = performance.now() - t1;
  traces.close();
  return {
    labelImportRows: rows,
    labelImportBytes: text.length,
    labelImportMaxBlockMs: r3(importMs),
    axialLabels: rows,
    axialMs: r3(axialMs),
    axialBytes: json.length,
  };
}
