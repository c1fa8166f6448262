import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./harness/browser";
import { PAGE_INIT_SCRIPT } from "./harness/page-scripts";
import { type E2EContext, type Scenario, VIEWPORTS } from "./harness/scenario";
import { type AppServer, buildApp, freePort, startApp } from "./harness/server";

/**
 * `pnpm e2e`: builds the app, starts it on a free loopback port with a throwaway database, and runs every scenario in
 * tests/e2e/scenarios/ (file-name order) in headless Chromium. Options: `--skip-build` (or E2E_SKIP_BUILD=1) reuses
 * the last build; `--only <text>` runs scenarios whose name contains the text; `--reverse` runs them in reverse order
 * (no scenario may depend on another having run: each makes the data it needs).
 */
const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const SCENARIOS_DIR = fileURLToPath(new URL("./scenarios", import.meta.url));
const SCREENSHOTS_DIR = fileURLToPath(new URL("./screenshots", import.meta.url));

function parseArgs(argv: string[]) {
  const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
  return {
    skipBuild: argv.includes("--skip-build") || process.env.E2E_SKIP_BUILD === "1",
    only,
    reverse: argv.includes("--reverse"),
  };
}

async function loadScenarios(only: string | undefined, reverse: boolean): Promise<Scenario[]> {
  const files = readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort();
  const all: Scenario[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(SCENARIOS_DIR, file)).href)) as { scenarios?: Scenario[] };
    if (!Array.isArray(mod.scenarios)) throw new Error(`${file} must export \`scenarios: Scenario[]\``);
    all.push(...mod.scenarios);
  }
  const chosen = only ? all.filter((s) => s.name.includes(only)) : all;
  return reverse ? chosen.reverse() : chosen;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = mkdtempSync(join(tmpdir(), "bikeshop-e2e-"));
  // No API key: the app must work with the offline engine. The database is a fresh temporary file.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: join(dataDir, "bikeshop.db"),
    OPENAI_API_KEY: "",
    NEXT_TELEMETRY_DISABLED: "1",
    // Scenarios sign in often from one address; the sign-in limit itself is checked on its own server (13-team).
    SIGN_IN_ATTEMPTS_PER_MINUTE: "1000",
  };
  const scenarios = await loadScenarios(args.only, args.reverse);
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });

  let server: AppServer | null = null;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | null = null;
  const notes: string[] = [];
  let passed = 0;
  let failed = 0;
  try {
    if (!args.skipBuild) {
      const t = performance.now();
      process.stdout.write("e2e: next build … ");
      await buildApp(ROOT, env);
      process.stdout.write(`done in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    }
    server = await startApp(ROOT, await freePort(), env);
    process.stdout.write(`e2e: app on ${server.baseUrl} (DATABASE_PATH=${env.DATABASE_PATH})\n`);
    browser = await launchBrowser();

    for (const scenario of scenarios) {
      const contexts: BrowserContext[] = [];
      const extraServers: AppServer[] = [];
      const ctx: E2EContext = {
        baseUrl: server.baseUrl,
        browser,
        async newPage(viewport = "desktop"): Promise<Page> {
          if (!browser) throw new Error("browser is not running");
          const context = await browser.newContext({
            viewport: VIEWPORTS[viewport],
            deviceScaleFactor: viewport === "phone" ? 2 : 1,
            isMobile: viewport === "phone",
            hasTouch: viewport === "phone",
          });
          contexts.push(context);
          await context.addInitScript(PAGE_INIT_SCRIPT);
          const page = await context.newPage();
          page.setDefaultTimeout(15_000);
          return page;
        },
        async screenshot(page, name) {
          const path = join(SCREENSHOTS_DIR, `${name}.png`);
          await page.screenshot({ path, fullPage: true });
          notes.push(`screenshot: ${path.slice(ROOT.length + 1)}`);
          return path;
        },
        note: (line) => notes.push(line),
        async startApp(extraEnv) {
          const dir = mkdtempSync(join(dataDir, "app-"));
          const extra = await startApp(ROOT, await freePort(), {
            ...env,
            DATABASE_PATH: join(dir, "bikeshop.db"),
            ...extraEnv,
          });
          extraServers.push(extra);
          return extra.baseUrl;
        },
      };
      const started = performance.now();
      try {
        await withTimeout(scenario.run(ctx), scenario.timeoutMs ?? 120_000, scenario.name);
        passed++;
        process.stdout.write(`  ✓ ${scenario.name} (${Math.round(performance.now() - started)} ms)\n`);
      } catch (error) {
        failed++;
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        process.stdout.write(`  ✗ ${scenario.name}\n${message.replace(/^/gm, "      ")}\n`);
      } finally {
        await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
        await Promise.all(extraServers.map((s) => s.stop()));
      }
    }
  } catch (error) {
    failed++;
    process.stdout.write(`\ne2e: setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) {
      if (failed > 0) process.stdout.write(`\n--- server log ---\n${server.log().slice(-8000)}\n------------------\n`);
      await server.stop();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (notes.length) process.stdout.write(`\n${notes.join("\n")}\n`);
  process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed\n`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.stdout.write("e2e: 0 passed, 1 failed\n");
    process.exit(1);
  },
);
