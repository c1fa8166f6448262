import {
  axialBoard,
  BOARD_PAGE_SIZE,
  countRows,
  createAnnotationDeps,
  importLabelFile,
  paretoCounts,
  pivotCounts,
} from "../evals/annotation/index";
import { loadKnowledgeBase } from "../knowledge-base/index";
import { openTraceStore } from "../traces/index";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { readBounded } from "../app/_lib/read-bounded";
import { percentile, r3 } from "./stats";

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

/** Main-thread CPU time in ms (user + system): what this thread itself spent, whatever else the machine runs. */
const threadCpuMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Watches the event loop while `job` runs, with a timer-drift probe (a `setImmediate` chain: a gap between two of its
 * turns is a stretch in which nothing else could run): the longest gap in wall time, the same with
 * `monitorEventLoopDelay`, the 99th percentile of the gaps, how many exceeded 100 ms — and the longest gap in this
 * thread's CPU time, which leaves out the time the OS gave other processes (on a loaded shared machine the wall
 * figures measure the machine as much as the code).
 */
export async function longestBlock<T>(job: () => Promise<T>): Promise<{
  value: T;
  probeMs: number;
  histogramMs: number;
  p99Ms: number;
  over100: number;
  cpuMs: number;
}> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const gaps: number[] = [];
  let last = performance.now();
  let lastCpu = threadCpuMs();
  let longestCpu = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    const cpu = threadCpuMs();
    gaps.push(now - last);
    longestCpu = Math.max(longestCpu, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
    if (running) setImmediate(tick);
  };
  histogram.enable();
  setImmediate(tick);
  try {
    const value = await job();
    return {
      value,
      probeMs: Math.max(0, ...gaps),
      histogramMs: histogram.max / 1e6,
      p99Ms: percentile(gaps, 99),
      over100: gaps.filter((g) => g > 100).length,
      cpuMs: longestCpu,
    };
  } finally {
    running = false;
    histogram.disable();
  }
}

/** A trace store with `rows` conversations and annotation deps over it (the bench's label world). */
function labelWorld(rows: number) {
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
  const csv = ["trace_id,verdict,note,modes"];
  for (let i = 0; i < rows; i++)
    csv.push(i % 2 ? `t${i},pass,,` : `t${i},fail,"quoted the wrong Saturday hours (${i})",${i % 4 ? "bad_data" : ""}`);
  return { traces, deps, text: csv.join("\n") };
}

/**
 * A label import of `rows` rows (CSV, every trace existing, half failed with notes, half of those with a mode) as the
 * import route runs it, with the longest event-loop block measured while it runs.
 */
export async function benchLabelImport(rows: number) {
  const { traces, deps, text } = labelWorld(rows);
  // The one step that is not sliced: the file's modes written as one taxonomy version (grows with assigned traces).
  const importModes = deps.labels.importModes.bind(deps.labels);
  let taxonomyWriteMs = 0;
  deps.labels.importModes = (next, input) => {
    const start = performance.now();
    const version = importModes(next, input);
    taxonomyWriteMs += performance.now() - start;
    return version;
  };
  const t0 = performance.now();
  const {
    value: r,
    probeMs,
    histogramMs,
    p99Ms,
    over100,
    cpuMs,
  } = await longestBlock(() => importLabelFile(deps, { text, fileName: "labels.csv", author: "bench" }));
  const importMs = performance.now() - t0;
  traces.close();
  if (!r.ok) throw new Error(`import refused: ${JSON.stringify(r).slice(0, 300)}`);
  return {
    labelImportRows: rows,
    labelImportBytes: text.length,
    labelImportMs: r3(importMs),
    labelImportMaxBlockMs: r3(probeMs),
    labelImportMaxLoopDelayMs: r3(histogramMs),
    labelImportBlockP99Ms: r3(p99Ms),
    labelImportBlocksOver100Ms: over100,
    labelImportMaxBlockCpuMs: r3(cpuMs),
    labelImportTaxonomyWriteMs: r3(taxonomyWriteMs),
  };
}

/**
 * `/annotate/axial` over `rows` labels (half failed, with notes; a quarter with a mode): what its server component
 * computes — the first page of notes, the SQL counts, the pareto and the pivot over every labelled trace — timed, and
 * the JSON size of what it hands to the page (the board's props, bars and pivot), the bulk of the response.
 */
export async function benchAxial(rows: number) {
  const { traces, deps, text } = labelWorld(rows);
  const r = await importLabelFile(deps, { text, fileName: "labels.csv", author: "bench" });
  if (!r.ok) throw new Error("import refused");
  deps.labels.taxonomy(); // a running server has read the taxonomy once already (it is cached by version)
  const t1 = performance.now();
  const board = axialBoard(deps, { offset: 0, limit: BOARD_PAGE_SIZE });
  const boardMs = performance.now() - t1;
  const countRowsFor = countRows(deps, { states: false });
  const bars = paretoCounts(countRowsFor, board.taxonomy.taxonomy.modes);
  const pivot = pivotCounts(countRowsFor, "source", board.taxonomy.taxonomy.modes);
  const axialMs = performance.now() - t1;
  // Only the board goes to the browser as data (a client component's props); the chart and pivot are server
  // components that render counts and links by mode and value, so their trace id lists never leave the server.
  const cell = ({ traceIds: _ids, ...c }: { traceIds: string[] }) => c;
  const json = JSON.stringify({
    board,
    bars: bars.map(cell),
    pivot: {
      ...pivot,
      rows: pivot.rows.map((r) => ({ ...r, cells: r.cells.map(cell) })),
      uncoded: pivot.uncoded.map(cell),
    },
  });
  traces.close();
  return {
    axialLabels: rows,
    axialMs: r3(axialMs),
    axialBoardPageMs: r3(boardMs),
    axialBoardBytes: JSON.stringify(board).length,
    axialBytes: json.length,
  };
}
