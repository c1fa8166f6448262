import "server-only";
import {
  type FailingConversation,
  failingConversations,
  openRunFailureReader,
  type RunFailureReader,
} from "../../../evals/index";
import { getStore } from "../../_server/runtime";
import type { CellParams } from "../_lib/cell-params";

// On globalThis like the chat runtime: one read connection per process, whatever Next re-evaluates.
const KEY = Symbol.for("jos-bike-shop.app.run-failures");
type Holder = { [KEY]?: RunFailureReader };

function reader(): RunFailureReader {
  const holder = globalThis as Holder;
  holder[KEY] ??= openRunFailureReader(getStore().path);
  return holder[KEY];
}

/** The conversations behind one number of /evals: a run's failures of a mode, at the state of the first failure. */
export function loadCellConversations(p: CellParams): FailingConversation[] {
  const store = getStore();
  const turns = new Map<string, string[]>();
  const stateAfter = (id: string, turn: number) => {
    if (!turns.has(id))
      turns.set(
        id,
        store.getTurns(id).map((t) => t.stateAfter),
      );
    return turns.get(id)?.[turn - 1] ?? null;
  };
  return failingConversations(reader().failures(p.run), p.mode, stateAfter, p.state);
}
