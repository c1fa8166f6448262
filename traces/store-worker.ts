import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

// import.meta.url is the real source path in every Next.js layer; `new URL("./x.mjs", import.meta.url)` is not.
const WORKER_FILE = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), "store-worker-thread.mjs")).href;
// Bundlers (Turbopack) rewrite `new Worker(path)` into a module of their own; a one-line evaluated loader that imports
// the file at run time keeps store-worker-thread.mjs a plain module Node loads as it is.
const LOADER = "import(require('node:worker_threads').workerData.module)";

/** A running background worker. */
export interface StoreWorker {
  /** Runs a last catch-up and checkpoint, closes the worker's connection and ends the worker. */
  stop(): void;
  /** Settles when the worker thread has ended (stopped, failed or crashed): no report can follow. */
  readonly exited: Promise<void>;
}

/**
 * Where better-sqlite3 is for the worker, resolved from this module; null when that gives no file path (inside a
 * bundle `require.resolve` returns a module id), and the worker resolves it from the working directory instead.
 */
function driverPath(): string | null {
  try {
    const resolved: unknown = createRequire(import.meta.url).resolve("better-sqlite3");
    return typeof resolved === "string" ? resolved : null;
  } catch {
    return null;
  }
}

/** Text-index lag (turns) at which the worker indexes even while turns keep arriving. */
const MAX_INDEX_LAG = 5000;
/** Pause between index batches, so waiting turn commits get the write lock. */
const INDEX_PAUSE_MS = 10;

/**
 * Runs SQLite WAL checkpoints and text indexing on a worker thread (store-worker-thread.mjs) with its own connection, so the connection that
 * commits turns never stalls on them (a checkpoint copies ~1,000 pages and fsyncs twice: tens of ms, which otherwise
 * lands inside the turn whose commit crosses `wal_autocheckpoint`). PASSIVE checkpoints never block writers; indexing
 * waits for a quiet tick, so it rarely holds the write lock while turns are committing. `onError` hears a worker that
 * cannot open the file or fails (once: the worker then ends); the caller decides the fallback. The worker does not keep the process alive.
 */
export function startStoreWorker(
  path: string,
  opts: { intervalMs: number; onError: (error: Error) => void },
): StoreWorker {
  const worker = new Worker(LOADER, {
    eval: true,
    workerData: {
      module: WORKER_FILE,
      path,
      driver: driverPath(),
      intervalMs: opts.intervalMs,
      maxLag: MAX_INDEX_LAG,
      pauseMs: INDEX_PAUSE_MS,
    },
  });
  worker.unref();
  // The first failure ends the worker (the caller falls back); a broken file would otherwise fail every tick.
  let failed = false;
  const fail = (error: Error) => {
    if (failed) return;
    failed = true;
    void worker.terminate();
    opts.onError(error);
  };
  worker.on("message", (m: { error?: string }) => {
    if (m.error) fail(new Error(`background worker for ${path}: ${m.error}`));
  });
  worker.on("error", (error) => fail(new Error(`background worker for ${path} crashed`, { cause: error })));
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    stop() {
      worker.postMessage("stop");
    },
    exited,
  };
}
