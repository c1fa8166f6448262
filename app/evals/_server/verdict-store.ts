import "server-only";
import { openVerdictStore, type VerdictStore } from "../../../evals/index";
import { getStore } from "../../_server/runtime";

// On globalThis like the chat runtime: one verdict-store connection per process, whatever Next re-evaluates.
const KEY = Symbol.for("jos-bike-shop.app.verdicts");
type Holder = { [KEY]?: VerdictStore };

/**
 * The process-wide eval verdict store (opened on first use, never at import) on the same SQLite file as the trace
 * store, so the app sees the runs and verdicts `pnpm eval` wrote to DATABASE_PATH.
 */
export function getVerdictStore(): VerdictStore {
  const holder = globalThis as Holder;
  holder[KEY] ??= openVerdictStore(getStore().path);
  return holder[KEY];
}
