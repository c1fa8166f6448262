import "server-only";
import { redirect } from "next/navigation";
import { redactSecrets } from "../../traces/index";
import { safeNext } from "../_lib/safe-next";
import { codeForThrown } from "./errors";

/** Where a team page sends the browser when the database cannot be used: a 503 page (`app/unavailable/route.ts`). */
export const unavailableHref = (from: string) => `/unavailable?from=${encodeURIComponent(safeNext(from))}`;

/**
 * Runs a team page's loading and rendering; a database that cannot be read or written (read-only, full disk, cannot
 * be opened: the error table's `store_unavailable`) sends the browser to the 503 page with a clear message instead of
 * a 500 (a page cannot set its own status in the App Router; a route handler can). Anything else is rethrown.
 */
export async function orStoreUnavailable<T>(from: string, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    if (codeForThrown(error) !== "store_unavailable") throw error;
    console.error(`[app] ${from}: the database is unavailable:`, redactSecrets(String((error as Error).message)));
    redirect(unavailableHref(from));
  }
}
