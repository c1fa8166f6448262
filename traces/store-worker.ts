import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { TEXT_INDEX_BATCH, TEXT_INDEX_SQL } from "./text-index";

/**
 * The worker, on its own connection, every `intervalMs`: a PASSIVE checkpoint, then (when no turn was committed
 * since the last tick, or the index lags by `maxLag` turns) the text-index catch-up of text-index.ts, batch by batch.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
(function main() {
  const { path, driver, intervalMs, sql, batch, maxLag, pauseMs } = workerData;
  let db, q;
  try {
    // The path the main thread resolved, else resolution from the working directory (bundlers such as Next's
    // rewrite require.resolve in the main thread to a module id, so the first may be missing).
    const { createRequire } = require("node:module");
    const Database = driver ? require(driver) : createRequire(process.cwd() + "/")("better-sqlite3");
    db = new Database(path, { fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    q = Object.fromEntries(Object.entries(sql).map(([k, s]) => [k, db.prepare(s)]));
  } catch (error) {
    parentPort.postMessage({ error: "cannot open the database: " + error.message });
    return;
  }
  const step = db.transaction(() => {
    const after = q.watermark.get().id;
    const until = q.until.get({ after, limit: batch }).id;
    if (until === null) return false;
    q.removeOld.run({ after, until });
    q.insertNew.run({ after, until });
    q.advance.run({ until });
    return true;
  });
  const lastTurn = db.prepare("SELECT coalesce(max(id), 0) AS id FROM turns");
  const fail = (error) => parentPort.postMessage({ error: "background work failed: " + error.message });
  let seen = -1;
  let truncatedAt = -1;
  let indexing = false;
  let stopped = false;
  // One batch, then a pause: a turn commit waiting on the write lock (SQLite's busy handler sleeps 1, 2, 5… ms)
  // gets in between batches instead of starving behind back-to-back ones.
  const indexSome = () => {
    try {
      indexing = !stopped && step.immediate();
      if (indexing) setTimeout(indexSome, pauseMs);
    } catch (error) {
      indexing = false;
      fail(error);
    }
  };
  const tick = () => {
    try {
      db.pragma("wal_checkpoint(PASSIVE)");
      if (indexing) return;
      const latest = lastTurn.get().id;
      const lag = latest - q.watermark.get().id;
      if (lag > 0 && (latest === seen || lag >= maxLag)) indexSome();
      // Idle (no turn since the last tick) and indexed: shrink the WAL file once, so it does not only ever grow.
      else if (lag === 0 && latest === seen && truncatedAt !== latest) {
        db.pragma("wal_checkpoint(TRUNCATE)");
        truncatedAt = latest;
      }
      seen = latest;
    } catch (error) {
      fail(error);
    }
  };
  const timer = setInterval(tick, intervalMs);
  parentPort.on("message", () => {
    stopped = true;
    clearInterval(timer);
    try {
      while (step.immediate());
      db.pragma("wal_checkpoint(PASSIVE)");
    } catch (error) {
      fail(error);
    }
    db.close();
    parentPort.close();
  });
})();
`;

/** A running background worker. */
export interface StoreWorker {
  /** Runs a last catch-up and checkpoint, closes the worker's connection and ends the worker. */
  stop(): void;
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
 * Runs SQLite WAL checkpoints and text indexing on a worker thread with its own connection, so the connection that
 * commits turns never stalls on them (a checkpoint copies ~1,000 pages and fsyncs twice: tens of ms, which otherwise
 * lands inside the turn whose commit crosses `wal_autocheckpoint`). PASSIVE checkpoints never block writers; indexing
 * waits for a quiet tick, so it rarely holds the write lock while turns are committing. `onError` hears a worker that
 * cannot open the file or fails (once: the worker then ends); the caller decides the fallback. The worker does not keep the process alive.
 */
export function startStoreWorker(
  path: string,
  opts: { intervalMs: number; onError: (error: Error) => void },
): StoreWorker {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      path,
      driver: driverPath(),
      intervalMs: opts.intervalMs,
      sql: TEXT_INDEX_SQL,
      batch: TEXT_INDEX_BATCH,
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
  return {
    stop() {
      worker.postMessage("stop");
    },
  };
}
