import type { Browser, Page } from "playwright-core";

/** Viewports the suite renders at: a laptop, a wide laptop (the team pages' target) and a phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  wide: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** What a scenario gets: the running app, a browser, and ways to report. */
export interface E2EContext {
  /** Base URL of the app under test, e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  browser: Browser;
  /** A page in a fresh browser context (own cookies/storage), closed after the scenario. */
  newPage(viewport?: ViewportName): Promise<Page>;
  /** Saves a full-page screenshot to tests/e2e/screenshots/<name>.png and returns the path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** A line for the final report (measurements, paths). */
  note(line: string): void;
  /**
   * Starts another instance of the built app with extra environment (e.g. an LLM provider) and its own empty
   * database; it is stopped after the scenario. Returns its base URL.
   */
  startApp(env: Record<string, string>): Promise<string>;
}

/**
 * One end-to-end check. Files in tests/e2e/scenarios/ export `scenarios: Scenario[]`; they run in file-name order by
 * default, but each must pass alone (`--only`) and in any order (`--reverse`): a scenario makes the data it needs.
 */
export interface Scenario {
  name: string;
  run(ctx: E2EContext): Promise<void>;
  /** Milliseconds before the scenario fails as timed out (default 120 s). */
  timeoutMs?: number;
}
