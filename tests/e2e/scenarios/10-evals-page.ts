import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { startFakeOpenAI } from "../../support/fake-openai";
import { CARELESS_REPLIES, careless } from "../harness/careless-model";
import type { Scenario } from "../harness/scenario";
import { signInPage } from "../harness/team";

const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const LIMIT = "20";

/** What `pnpm eval --json` prints (the parts this scenario checks). */
interface Summary {
  runId: string;
  exitCode: number;
  modes: { mode: string; rate: number; failures: number; n: number; uncertain: number }[];
  matrix: { states: string[]; modes: string[]; counts: Record<string, Record<string, number>> };
  worst: { conversationId: string; failures: { mode: string; turn: number; evaluator: string }[] }[];
}

/** Runs `pnpm eval` (as `node --import tsx evals/cli.ts`) against a database and returns its exit code and summary. */
function runEval(env: NodeJS.ProcessEnv, dir: string): Promise<{ code: number | null; summary: Summary }> {
  const args = ["--import", "tsx", "evals/cli.ts", "--json", "--limit", LIMIT, "--reports", join(dir, "reports")];
  const child = spawn("node", args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const out: string[] = [];
  const err: string[] = [];
  child.stdout.on("data", (d) => out.push(String(d)));
  child.stderr.on("data", (d) => err.push(String(d)));
  return new Promise((done, fail) =>
    child.on("close", (code) => {
      try {
        done({ code, summary: JSON.parse(out.join("")) as Summary });
      } catch (error) {
        fail(new Error(`pnpm eval printed no summary (exit ${code}):\n${err.join("")}`, { cause: error }));
      }
    }),
  );
}

/** The environment of an eval run: the app's database, no judge, and no provider settings inherited from the shell. */
function evalEnv(databasePath: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: databasePath,
    OPENAI_API_KEY: "",
    JUDGE_MODEL: "off",
  };
  delete env.OPENAI_BASE_URL;
  delete env.LLM_PROVIDER;
  return { ...env, ...extra };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** WCAG contrast of each heat-map cell's text against its own background. */
function heatContrasts(page: Page): Promise<number[]> {
  return page.$$eval("[data-testid=heat-map] td[data-step]", (cells) =>
    cells.map((el) => {
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const style = getComputedStyle(el);
      const [a, b] = [lum(style.color), lum(style.backgroundColor)];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }),
  );
}

export const scenarios: Scenario[] = [
  {
    name: "evals: the /evals page shows eval runs, per-mode rates, the first-failure heat map and alignment; traces show verdicts",
    timeoutMs: 180_000,
    async run(ctx) {
      // The app gets a database of its own, so the eval conversations do not disturb the other scenarios' traces.
      const dir = mkdtempSync(join(tmpdir(), "bikeshop-e2e-evals-"));
      const databasePath = join(dir, "bikeshop.db");
      const fake = await startFakeOpenAI({ respond: careless() });
      try {
        const baseUrl = await ctx.startApp({ DATABASE_PATH: databasePath });
        const page = await ctx.newPage("desktop");
        await signInPage(page, baseUrl);

        await page.goto(`${baseUrl}/evals`);
        await page.getByTestId("evals-empty").waitFor();
        assert.match(
          (await page.getByTestId("evals-empty").textContent()) ?? "",
          /Run pnpm eval to create the first report/,
        );

        // Run 1: the offline bot, which passes the gate. Run 2: a careless model, which fails it.
        const first = await runEval(evalEnv(databasePath), dir);
        assert.equal(first.code, 0, "the offline bot passes the gate");
        const second = await runEval(
          evalEnv(databasePath, {
            LLM_PROVIDER: "openai",
            OPENAI_BASE_URL: fake.baseURL,
            OPENAI_API_KEY: "sk-e2e-fake",
            LLM_MAX_RETRIES: "0",
          }),
          dir,
        );
        assert.equal(second.code, 1, "the careless model fails the gate");
        const s = second.summary;
        assert.ok(
          s.modes.some((m) => m.failures > 0),
          "the careless model's replies fail some checks",
        );

        // The newest run in detail: gate, one row per mode with the CLI's rates, the heat map with its counts.
        await page.goto(`${baseUrl}/evals`);
        await page.getByTestId("eval-run").waitFor();
        assert.match((await page.getByTestId("gate").textContent()) ?? "", /Gate failed/);
        assert.match((await page.locator("#run-title").textContent()) ?? "", new RegExp(s.runId));
        const rows = page.locator("[data-testid=mode-rates] tbody tr");
        assert.deepEqual(
          await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-mode"))),
          s.modes.map((m) => m.mode),
        );
        for (const m of s.modes) {
          const text = (await page.locator(`[data-testid=mode-rates] tr[data-mode="${m.mode}"]`).textContent()) ?? "";
          assert.ok(text.includes(pct(m.rate)), `${m.mode} shows ${pct(m.rate)}: ${text}`);
          // Over decided conversations: an uncertain one (a check abstained) is counted apart.
          const counts = m.uncertain
            ? `${m.failures} of ${m.n - m.uncertain} decided conversations`
            : `${m.failures} of ${m.n} conversations`;
          assert.ok(text.includes(counts), `${m.mode} shows its counts (${counts}): ${text}`);
        }
        const heat = page.getByTestId("heat-map");
        assert.equal(await heat.locator("tbody tr").count(), s.matrix.states.length, "one heat-map row per state");
        assert.equal(
          await heat.locator("td[data-step]").count(),
          s.matrix.states.length * s.matrix.modes.length,
          "one cell per state and mode",
        );
        const [state, mode] = [s.matrix.states[0]!, s.matrix.modes[0]!];
        const cell = heat.locator(`tr[data-state="${state}"] td[data-step]`).first();
        assert.match((await cell.textContent()) ?? "", new RegExp(`%${s.matrix.counts[state]![mode]} / \\d+`));
        for (const ratio of await heatContrasts(page))
          assert.ok(ratio >= 4.5, `heat-map text contrast ${ratio.toFixed(2)}`);

        // Runs over time: two runs, a line per mode; alignment per evaluator with its confusion matrix.
        assert.equal(await page.locator("[data-testid=runs-table] tbody tr").count(), 2);
        assert.equal(await page.getByTestId("sparkline").count(), s.modes.length);
        assert.equal(await page.getByTestId("sparkline").first().locator("circle").count(), 3, "two runs + a ring");
        const alignRows = page.locator("[data-testid=alignment] tr[data-evaluator]");
        assert.ok((await alignRows.count()) >= 4, "alignment rows for each mode and check");
        assert.match((await alignRows.first().textContent()) ?? "", /code:bad_data.*%/);
        // A disagreeing labelled transcript opens in one click.
        const labelled = page.locator("[data-testid=alignment] a[href^='#labelled-']").first();
        const anchor = ((await labelled.getAttribute("href")) ?? "").slice(1);
        await labelled.click();
        await page.waitForFunction((id) => (document.getElementById(id) as HTMLDetailsElement | null)?.open, anchor);
        await ctx.screenshot(page, "evals-desktop");

        // An earlier run opens from the runs table.
        await page.locator(`[data-testid=runs-table] a[href*="${first.summary.runId}"]`).click();
        await page.waitForURL(/\?run=/);
        assert.match((await page.getByTestId("gate").textContent()) ?? "", /Gate passed/);

        const phone = await ctx.newPage("phone");
        await signInPage(phone, baseUrl);
        await phone.goto(`${baseUrl}/evals`);
        await phone.getByTestId("heat-map").waitFor();
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page fits a phone's width (overflow ${overflow}px)`);
        await ctx.screenshot(phone, "evals-phone");

        // The trace browser: a Verdicts column; the worst conversation of run 2 shows its failures.
        await page.goto(`${baseUrl}/traces?source=eval`);
        await page.getByRole("columnheader", { name: "Verdicts" }).waitFor();
        assert.ok(
          (await page.locator("[data-testid=conversations] [data-verdict=pass]").count()) > 0,
          "passing conversations say ✓ pass",
        );
        // Every conversation in which the careless model offered motor diagnostics fails the over_eager checks.
        await page.goto(`${baseUrl}/traces?q=${encodeURIComponent(CARELESS_REPLIES[3]!.slice(0, 28))}`);
        // (Scenario set-up conversations, such as a booking made before a cancellation, are not evaluated.)
        const cells = await page.locator("[data-testid=conversations] td[data-label=Verdicts]").allTextContents();
        const evaluated = cells.filter((text) => !text.includes("not evaluated"));
        assert.ok(evaluated.length > 0, "the careless replies are found among evaluated conversations");
        for (const text of evaluated) assert.match(text, /✗ \d+ failures?:.*over_eager/);

        // The trace page: verdicts with evaluator, mode, turn, reason and fact ids; the failing turns are marked.
        const worst = s.worst[0]!;
        await page.goto(`${baseUrl}/traces/${encodeURIComponent(worst.conversationId)}`);
        const panel = page.getByTestId("verdicts");
        await panel.waitFor();
        for (const f of worst.failures) {
          const item = panel.locator(`li[data-evaluator="${f.evaluator}"]`);
          assert.match((await item.textContent()) ?? "", new RegExp(`${f.mode}.*turn ${f.turn}`));
          assert.equal(await page.locator(`li[data-turn="${f.turn}"][data-failing="true"]`).count(), 1);
        }
      } finally {
        await fake.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
