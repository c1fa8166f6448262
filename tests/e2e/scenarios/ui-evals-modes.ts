import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { type ChatRequestBody, type FakeStep, startFakeOpenAI } from "../../support/fake-openai";
import { careless } from "../harness/careless-model";
import type { Scenario } from "../harness/scenario";
import { signInPage, teamFetch } from "../harness/team";

const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
/** Where the page's documented screenshots go when retaken (`SCREENSHOTS_DIR=$PWD/docs/screenshots`); else nowhere extra. */
const DOCS = process.env.SCREENSHOTS_DIR;
const MODE = "Ignores frame size";
const FAILING = 12;
const PASSING = 8;

/** A judge model that fails exactly the conversations about frame sizes (the marker is in the transcript only). */
function judgeModel(body: ChatRequestBody): FakeStep {
  const transcript = String(body.messages?.at(-1)?.content ?? "").split("\n\nCalendar")[0] ?? "";
  const fail = /frame size/i.test(transcript);
  return {
    kind: "json",
    content: JSON.stringify({
      critique: fail ? "Sized a frame without the height." : "ok",
      verdict: fail ? "fail" : "pass",
      turn: fail ? 1 : null,
    }),
  };
}

/** Starts a conversation through the chat API (offline bot) and returns its id. */
async function conversation(baseUrl: string, message: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/chat`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ message }),
  });
  assert.equal(res.status, 200);
  const lines = (await res.text()).split("\n").filter(Boolean);
  return (JSON.parse(lines.at(-1)!) as { turn: { conversationId: string } }).turn.conversationId;
}

/** `pnpm eval --limit 8` on the app's database with the offline bot and no judge (a run for the charts). */
function runEval(databasePath: string, reports: string, botURL?: string): Promise<number | null> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: databasePath,
    OPENAI_API_KEY: "",
    JUDGE_MODEL: "off",
  };
  delete env.OPENAI_BASE_URL;
  delete env.LLM_PROVIDER;
  if (botURL)
    Object.assign(env, {
      LLM_PROVIDER: "openai",
      OPENAI_BASE_URL: botURL,
      OPENAI_API_KEY: "sk-e2e-fake",
      LLM_MAX_RETRIES: "0",
    });
  const child = spawn("node", ["--import", "tsx", "evals/cli.ts", "--limit", "8", "--reports", reports], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  return new Promise((done) => child.on("close", done));
}

const row = (page: Page, modeId: string) => page.locator(`[data-testid=human-modes] tr[data-mode="${modeId}"]`);

export const scenarios: Scenario[] = [
  {
    name: "ui evals modes: a mode made on the axial board shows on /evals with its rate, interval and 'no evaluator yet'; Create LLM judge measures it",
    timeoutMs: 240_000,
    async run(ctx) {
      const dir = mkdtempSync(join(tmpdir(), "bikeshop-e2e-modes-"));
      const databasePath = join(dir, "bikeshop.db");
      const fake = await startFakeOpenAI({ respond: judgeModel });
      const bot = await startFakeOpenAI({ respond: careless() });
      try {
        // The bot stays offline; judges go to the fake OpenAI-compatible server.
        const base = await ctx.startApp({
          DATABASE_PATH: databasePath,
          LLM_PROVIDER: "offline",
          OPENAI_BASE_URL: fake.baseURL,
          OPENAI_API_KEY: "sk-e2e-fake",
          JUDGE_MODEL: "judge-e2e",
        });
        // Two eval runs first, so the charts have a history: the offline bot passes, a careless model fails checks.
        assert.equal(await runEval(databasePath, join(dir, "reports")), 0);
        const page = await ctx.newPage("wide");
        await signInPage(page, base);
        await page.goto(`${base}/evals#trends`);
        await page.getByTestId("one-run").waitFor(); // one run: said in words, no line chart yet
        assert.equal(await page.getByTestId("rates-over-runs").count(), 0);
        assert.equal(await runEval(databasePath, join(dir, "reports"), bot.baseURL), 1);

        // 20 conversations labelled by hand: 12 fail (all about frame sizes), 8 pass.
        const failing: string[] = [];
        for (let i = 0; i < FAILING + PASSING; i++) {
          const bad = i < FAILING;
          const id = await conversation(
            base,
            bad ? `Which frame size should I ride? (modes ${i})` : `What are your Saturday hours? (modes ${i})`,
          );
          if (bad) failing.push(id);
          const label = {
            traceId: id,
            verdict: bad ? "fail" : "pass",
            note: bad ? "suggested a frame size without asking my height" : "",
            firstFailTurn: bad ? 1 : null,
            factIds: [],
          };
          const r = await teamFetch(base, "/api/annotate/labels", { method: "POST", body: JSON.stringify(label) });
          assert.equal(r.status, 200, await r.text());
        }

        // On the axial board: M on the first failure's note, the new mode's name, Enter.
        await page.goto(`${base}/annotate/axial`);
        await page.getByRole("heading", { name: "Axial coding" }).waitFor();
        await page.locator(`[data-note="${failing[0]}"]`).focus();
        await page.keyboard.press("m");
        await page.getByRole("combobox", { name: `Assign a mode to ${failing[0]}` }).waitFor();
        await page.keyboard.type(MODE);
        await page.keyboard.press("Enter");
        await page.getByRole("heading", { name: MODE, exact: true }).waitFor();
        // The other failures join it in one taxonomy change (the board's own API).
        const board = (await (await teamFetch(base, "/api/annotate/taxonomy")).json()) as {
          taxonomy: { version: number; taxonomy: { modes: { id: string; name: string }[] } };
        };
        const modeId = board.taxonomy.taxonomy.modes.find((m) => m.name === MODE)?.id;
        assert.ok(modeId, `the board created "${MODE}"`);
        const assign = await teamFetch(base, "/api/annotate/taxonomy", {
          method: "POST",
          body: JSON.stringify({
            baseVersion: board.taxonomy.version,
            change: { kind: "assign", modeId, traceIds: failing.slice(1) },
          }),
        });
        assert.equal(assign.status, 201, await assign.text());

        // /evals: the mode with its human rate (12 of 20 = 60.0%, Wilson 38.7–78.1%) and no evaluator yet.
        await page.goto(`${base}/evals`);
        const mine = row(page, modeId);
        await mine.waitFor();
        const before = (await mine.textContent()) ?? "";
        assert.match(before, /60\.0%/, before);
        assert.match(before, /CI 38\.7–78\.1%/, before);
        assert.match(before, /12 of 20/, before);
        assert.match(before, /no evaluator yet/, before);
        assert.match(before, /axial/);
        assert.equal(
          (await mine.locator(`a[href="/traces?label=fail&mode=${modeId}"]`).count()) > 0,
          true,
          "the rate opens its traces in the trace browser",
        );
        assert.match((await row(page, "bad_data").textContent()) ?? "", /code checks/);
        await ctx.screenshot(page, "evals-modes-before-judge");

        // Create LLM judge: built from the mode and its train examples, measured on dev against the fake model.
        const asked = fake.requests.length;
        await page.getByTestId(`create-judge-${modeId}`).click();
        await mine
          .getByRole("status")
          .filter({ hasText: /Created judge-/ })
          .waitFor({ timeout: 60_000 });
        await mine.locator("[data-evaluator^='judge-']").waitFor();
        const after = (await mine.textContent()) ?? "";
        assert.match(after, /LLM judge \(judge-e2e\)/, after);
        assert.match(after, /✓ validated/, after);
        assert.match(after, /TPR 100% · TNR 100%/, after);
        assert.doesNotMatch(after, /no evaluator yet/);
        assert.ok(fake.requests.length > asked, "the judge was measured through the OpenAI-compatible server");
        assert.ok(
          fake.requests.slice(asked).every((r) => String(r.body?.messages?.[0]?.content ?? "").includes(MODE)),
          "every judge call states the mode",
        );

        // Charts: two runs → a line chart; heat-map cells with failures open the conversations behind them.
        await page.getByTestId("rates-over-runs").waitFor();
        const cell = page.locator("[data-testid=heat-map] td[data-step] a").first();
        const cellText = (await cell.textContent()) ?? "";
        const behind = Number(/(\d+) \/ \d+/.exec(cellText)?.[1]);
        assert.ok(behind > 0, `a heat-map cell with failures is a link: ${cellText}`);
        const overflowWide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflowWide <= 0, `no horizontal scroll at 1440 px (${overflowWide}px)`);
        if (DOCS) mkdirSync(DOCS, { recursive: true });
        await page.locator("#human-modes").scrollIntoViewIfNeeded();
        const wideShot = await ctx.screenshot(page, "evals-1440x900");
        if (DOCS) copyFileSync(wideShot, join(DOCS, "evals-1440x900.png"));
        // The cell opens exactly the conversations it counts, each linking to its trace.
        await cell.click();
        await page.getByTestId("cell-conversations").waitFor();
        assert.equal(await page.locator("[data-testid=cell-conversations] tbody tr").count(), behind);
        const first = page.locator("[data-testid=cell-conversations] tbody tr a[href^='/traces/']").first();
        assert.ok(await first.count(), "each conversation links to its trace");
        const cellShot = await ctx.screenshot(page, "evals-cell-1440x900");
        if (DOCS) copyFileSync(cellShot, join(DOCS, "evals-cell-1440x900.png"));

        const phone = await ctx.newPage("phone");
        await signInPage(phone, base);
        await phone.goto(`${base}/evals`);
        await row(phone, modeId).waitFor();
        // A mobile viewport widens itself to fit overflowing content, so check its width as well as the scroll width.
        const { overflow, width, wide } = await phone.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          width: window.innerWidth,
          wide: [...document.querySelectorAll("body *")]
            .filter((e) => {
              if (e.getBoundingClientRect().right <= 392) return false;
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                if (getComputedStyle(a).overflowX !== "visible") return false;
              return true;
            })
            .slice(0, 6)
            .map(
              (e) =>
                `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 40)} → ${Math.round(e.getBoundingClientRect().right)}`,
            ),
        }));
        assert.ok(
          overflow <= 0 && width === 390,
          `the page fits a phone's width (${width}px, overflow ${overflow}px): ${wide.join("; ")}`,
        );
        const narrow = await ctx.screenshot(phone, "evals-390x844");
        if (DOCS) copyFileSync(narrow, join(DOCS, "evals-390x844.png"));
      } finally {
        await fake.close();
        await bot.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
