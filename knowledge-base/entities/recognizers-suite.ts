import { createRequire } from "node:module";
import type * as Suite from "@microsoft/recognizers-text-suite";

let suite: typeof Suite | null = null;

/**
 * Microsoft Recognizers-Text, loaded on first use (~0.4 s of CPU): processes that never read a date, a phone number
 * or money (`pnpm eval score`, the trace browser) do not pay for it. A failure to load is thrown, not hidden.
 */
export function recognizersSuite(): typeof Suite {
  suite ??= createRequire(import.meta.url)("@microsoft/recognizers-text-suite") as typeof Suite;
  return suite;
}
