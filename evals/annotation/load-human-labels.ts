import { defaultDatabasePath } from "../../traces/index";
import type { HumanLabels } from "./human-labels";
import { openAnnotationStore } from "./store";

/**
 * The human labels stored in a database file (default: DATABASE_PATH), for the evaluators' alignment: opens the
 * annotation tables, reads, closes.
 */
export function loadHumanLabels(path: string = defaultDatabasePath()): HumanLabels {
  const store = openAnnotationStore(path);
  try {
    return store.humanLabels();
  } finally {
    store.close();
  }
}
