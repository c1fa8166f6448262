import "server-only";
import { type AnnotationDeps, createAnnotationDeps } from "../../../evals/annotation/index";
import { getRuntime } from "../../_server/runtime";

// On globalThis like the chat runtime: one annotation connection per process, whatever Next re-evaluates.
const KEY = Symbol.for("jos-bike-shop.app.annotation");
type Holder = { [KEY]?: AnnotationDeps };

/** The process-wide annotation deps (created on first use): the runtime's trace store and handbook, plus the annotation tables. */
export function getAnnotationDeps(): AnnotationDeps {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const { store, kb } = getRuntime().deps;
    holder[KEY] = createAnnotationDeps(store, kb);
  }
  return holder[KEY];
}
