import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { startFakeOpenAI } from "../../support/fake-openai";
import { careless } from "../harness/careless-model";
import type { E2EContext, Scenario } from "../harness/scenario";
import { signInPage, teamFetch } from "../harness/team";
import { text } from "../harness/text";

const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
/** Where the documented screenshots go when retaken (`SCREENSHOTS_DIR=$PWD/docs/screenshots`); else nowhere extra. */
const DOCS = process.env.SCREENSHOTS_DIR;
/** A time open on some days only, with no day named: check-closed-time-booking abstains (its own table test). */
const UNSURE_REPLY = "Sure — see you at 6:30pm!";
/** Two questions with no day in them ("can I come by after work?"), so nothing ties the bot's time to a day. */
const DATASET = "e2e-uncertain";
const CONVERSATIONS = 2;

/** `pnpm eval --dataset e2e-uncertain --json` on the app's database, the bot answering through the fake model. */
function runEval(databasePath: string, reports: string, botURL: string): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: databasePath,
    JUDGE_MODEL: "off",
    LLM_PROVIDER: "openai",
    OPENAI_BASE_URL: botURL,
    OPENAI_API_KEY: "sk-e2e-fake",
    LLM_MAX_RETRIES: "0",
  };
  const args = ["--import", "tsx", "evals/cli.ts", "--dataset", DATASET, "--reports", reports, "--json"];
  const child = spawn("node", args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (b: Buffer) => (out += b.toString()));
  return new Promise((done) => child.on("close", (code) => done({ code, out })));
}

/** The whole page with the run's screenshots; what one screen shows (like the other documented ones) when asked. */
async function shot(ctx: E2EContext, page: Page, name: string): Promise<void> {
  await ctx.screenshot(page, name);
  if (DOCS) await page.screenshot({ path: join(DOCS, `${name}.png`) });
}

export const scenarios: Scenario[] = [
  {
    name: "ui uncertain: a check abstains in a real eval run → counted apart on /evals, queued in 'Needs review: uncertain', labelled, gone (screenshots)",
    timeoutMs: 240_000,
    async run(ctx) {
      const dir = mkdtempSync(join(tmpdir(), "bikeshop-e2e-uncertain-"));
      const databasePath = join(dir, "bikeshop.db");
      const bot = await startFakeOpenAI({ respond: careless([UNSURE_REPLY]) });
      try {
        const base = await ctx.startApp({ DATABASE_PATH: databasePath, LLM_PROVIDER: "offline" });
        if (DOCS) mkdirSync(DOCS, { recursive: true });

        // A real eval run over the two-conversation fixture dataset; every bot reply is one the checks cannot decide.
        const run = await runEval(databasePath, join(dir, "reports"), bot.baseURL);
        const summary = JSON.parse(run.out) as {
          modes: { mode: string; failures: number; uncertain: number }[];
          uncertain: { conversations: number; maxRate: number | null; examples: { conversationId: string }[] };
          reasons: string[];
        };
        // thresholds.json allows at most 5% uncertain: 2 of 2 fails the gate, with the reason.
        assert.equal(run.code, 1, run.out);
        assert.equal(summary.uncertain.conversations, CONVERSATIONS);
        const eagerMode = summary.modes.find((m) => m.mode === "over_eager");
        assert.equal(eagerMode?.failures, 0, run.out);
        assert.equal(eagerMode?.uncertain, CONVERSATIONS, run.out);
        assert.match(summary.reasons.join("\n"), /^uncertain: 2 of 2 conversations/m);
        const ids = summary.uncertain.examples.map((e) => e.conversationId);

        // Signed out: the queue and its API are the team's.
        assert.equal((await fetch(`${base}/api/annotate/uncertain`)).status, 401);
        const api = (await (await teamFetch(base, "/api/annotate/uncertain")).json()) as { total: number };
        assert.equal(api.total, CONVERSATIONS);

        // /evals: uncertain beside pass and fail, never inside the rate.
        const page = await ctx.newPage("wide");
        await signInPage(page, base);
        await page.goto(`${base}/evals`);
        const eager = page.locator('[data-testid=mode-rates] tr[data-mode="over_eager"]');
        await eager.waitFor();
        assert.equal(await eager.locator("td[data-uncertain]").getAttribute("data-uncertain"), String(CONVERSATIONS));
        // Nothing decided: no rate to show (not 0%), the two uncertain ones counted apart.
        assert.match(await text(eager), /—.*0 of 0 decided.*2 uncertain/s);
        const panel = page.getByTestId("run-uncertain");
        assert.match(await text(panel), /2 of 2 conversations \(100\.0%\) left undecided/);
        assert.match(await text(panel), /limit 5\.0%: over/);
        assert.match(await text(panel), /check-closed-time-booking.*6:30pm/s);
        assert.match(await text(page.getByTestId("gate")), /Gate failed/);
        // One screen: the gate's reason, the per-mode table and the uncertain panel.
        await page.evaluate(() => document.getElementById("run")?.scrollIntoView({ block: "start" }));
        await shot(ctx, page, "evals-uncertain-1440x900");

        // The trace browser filters on it, and shows it as uncertain (not as a pass).
        await page.goto(`${base}/traces?verdict=uncertain`);
        await page.locator("[data-verdict=uncertain]").first().waitFor();
        assert.equal(await page.locator("[data-verdict=uncertain]").count(), CONVERSATIONS);
        assert.equal(await page.locator("[data-verdict=pass]").count(), 0);

        // /annotate counts the queue; the queue shows each trace's evaluator, turn and reason.
        await page.goto(`${base}/annotate`);
        assert.match(await text(page.getByTestId("uncertain-stat")), /2\s*needs review: uncertain/);
        await page.getByRole("link", { name: "needs review: uncertain" }).click();
        await page.getByRole("heading", { name: "Needs review: uncertain" }).waitFor();
        const queue = page.getByTestId("uncertain-queue");
        assert.deepEqual(
          (await queue.locator("li[data-trace]").evaluateAll((l) => l.map((e) => e.getAttribute("data-trace")))).sort(),
          [...ids].sort(),
        );
        const first = queue.locator(`li[data-trace="${ids[0]}"]`);
        assert.match(await text(first), /uncertain\s*check-closed-time-booking\s*over_eager · turn 1/);
        assert.match(await text(first), /6:30pm with no day to tie it to/);
        await shot(ctx, page, "annotate-uncertain-1440x900");

        // Label the first one from the queue, as any trace: pass, with a note, by keyboard.
        await first.getByRole("link", { name: `Label ${ids[0]}` }).click();
        await page.waitForURL(/\/annotate\/t\//);
        await page.waitForFunction(() => document.querySelector('[data-keys="write"]') !== null);
        await page.keyboard.press("1");
        await page.waitForFunction(
          () => document.querySelector('[data-testid="current-verdict"]')?.textContent === "pass",
        );
        await page.waitForFunction(() =>
          /^Saved /.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""),
        );

        // It leaves the queue; the other stays.
        await page.goto(`${base}/annotate/uncertain`);
        await queue.waitFor();
        assert.deepEqual(
          await queue.locator("li[data-trace]").evaluateAll((l) => l.map((e) => e.getAttribute("data-trace"))),
          [ids[1]],
        );
        assert.match(await text(page.getByTestId("uncertain-count")), /^1 trace waiting/);
        await page.goto(`${base}/traces?verdict=uncertain&label=unlabelled`);
        await page.locator("[data-verdict=uncertain]").first().waitFor();
        assert.equal(await page.locator("[data-verdict=uncertain]").count(), 1);

        const phone = await ctx.newPage("phone");
        await signInPage(phone, base);
        await phone.goto(`${base}/annotate/uncertain`);
        await phone.getByTestId("uncertain-queue").waitFor();
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the queue fits a phone (${overflow}px overflow)`);
        await shot(ctx, phone, "annotate-uncertain-390x844");
        await phone.goto(`${base}/evals`);
        const phonePanel = phone.getByTestId("run-uncertain");
        await phonePanel.waitFor();
        await phonePanel.evaluate((e) => e.scrollIntoView({ block: "start" }));
        await shot(ctx, phone, "evals-uncertain-390x844");
      } finally {
        await bot.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
