import "server-only";
import { createRuntime } from "../../chatbot/index";

type AppRuntime = ReturnType<typeof createRuntime>;

// On globalThis, not in module scope: Next may evaluate this module once per bundle (instrumentation, routes, pages)
// and dev hot reload re-evaluates it, but the process must hold exactly one runtime and one SQLite connection.
const KEY = Symbol.for("jos-bike-shop.app.runtime");
type Holder = { [KEY]?: AppRuntime };

/**
 * The process-wide chat runtime (created on first use, never at import): the same code path as `pnpm chat`, with the
 * SQLite trace store from DATABASE_PATH and OTel registered by `createRuntime` → `startTracing`.
 * `instrumentation.ts` creates it at server start. That order matters: in page (RSC) bundles Turbopack turns
 * `new URL("./handbook.md", import.meta.url)` in knowledge-base/load.ts into a non-file URL, so the handbook can only
 * be loaded from the instrumentation or route-handler layers until that loader stops relying on it.
 */
export function getRuntime(): AppRuntime {
  const holder = globalThis as Holder;
  holder[KEY] ??= createRuntime();
  return holder[KEY];
}

/** The trace store behind the runtime: the app's only database connection. */
export function getStore() {
  return getRuntime().deps.store;
}
