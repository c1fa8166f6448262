import "server-only";
import { getVerdictStore } from "../../evals/_server/verdict-store";
import { type UncertainQueueItem, uncertainQueue } from "../_lib/uncertain-queue";
import { getAnnotationDeps } from "./annotation-deps";

/** Uncertain verdicts read per request: enough for a queue page many times over, bounded whatever the store holds. */
const VERDICTS_READ = 2000;

/** "Needs review: uncertain": traces a code check abstained on that no human has labelled pass or fail yet. */
export function loadUncertainQueue(limit = 100): { items: UncertainQueueItem[]; total: number } {
  const labels = getAnnotationDeps().labels.currentLabels();
  const all = uncertainQueue(
    getVerdictStore().uncertainVerdicts(VERDICTS_READ),
    (id) => labels.get(id)?.verdict,
    VERDICTS_READ,
  );
  return { items: all.slice(0, limit), total: all.length };
}
