// The background worker thread of store-worker.ts, on its own connection, every `intervalMs`: a PASSIVE checkpoint,
// then (when no turn was committed since the last tick, or the index lags by `maxLag` turns) the text-index catch-up,
// batch by batch. Plain JavaScript: Node runs a worker file without the TypeScript step the rest of the code gets.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { createIndexStep, TEXT_INDEX_BATCH } from "./text-index-step.mjs";

const { path, driver, intervalMs, maxLag, pauseMs } = workerData;

/** Opens the database; the driver path the main thread resolved, else better-sqlite3 from the working directory. */
function open() {
  // Bundlers such as Next's rewrite require.resolve in the main thread to a module id, so `driver` may be missing.
  const require = createRequire(driver ?? `${process.cwd()}/`);
  const Database = require(driver ?? "better-sqlite3");
  const db = new Database(path, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

function run(db) {
  const step = createIndexStep(db);
  const watermark = db.prepare("SELECT indexed_turn_id AS id FROM conversation_text_state");
  const lastTurn = db.prepare("SELECT coalesce(max(id), 0) AS id FROM turns");
  const fail = (error) => parentPort.postMessage({ error: `background work failed: ${error.message}` });
  let seen = -1;
  let truncatedAt = -1;
  let indexing = false;
  let stopped = false;
  // One batch, then a pause: a turn commit waiting on the write lock (SQLite's busy handler sleeps 1, 2, 5… ms)
  // gets in between batches instead of starving behind back-to-back ones.
  const indexSome = () => {
    try {
      indexing = !stopped && step.immediate(TEXT_INDEX_BATCH);
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
      const lag = latest - watermark.get().id;
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
      while (step.immediate(TEXT_INDEX_BATCH));
      db.pragma("wal_checkpoint(PASSIVE)");
    } catch (error) {
      fail(error);
    }
    db.close();
    parentPort.close();
  });
}

let db = null;
try {
  db = open();
} catch (error) {
  parentPort.postMessage({ error: `cannot open the database: ${error.message}` });
}
if (db) run(db);
