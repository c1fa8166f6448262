import type { Database, Transaction } from "better-sqlite3";

/** The text-index catch-up statements, by step (see text-index-step.mjs). */
export declare const TEXT_INDEX_SQL: Readonly<
  Record<"watermark" | "until" | "removeOld" | "insertNew" | "advance", string>
>;
/** Turns indexed per write transaction. */
export declare const TEXT_INDEX_BATCH: number;
/** One catch-up batch as a transaction; true while turns remain. */
export declare function createIndexStep(db: Database): Transaction<(batch: number) => boolean>;
