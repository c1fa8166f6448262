import type { Locator } from "playwright-core";

/** The text content of the first element a locator matches ("" when it has none). */
export async function text(locator: Locator): Promise<string> {
  return (await locator.first().textContent()) ?? "";
}
