import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Scenario } from "../harness/scenario";
import { signInPage, teamFetch } from "../harness/team";
import { text } from "../harness/text";

/** A word only these scenario conversations contain, so the queue picks exactly them out of a shared database. */
const MARK = "annot-e2e";

/** The five conversations labelled below (the second has two turns, so a first failing turn can be picked). */
const CONVERSATIONS: string[][] = [
  [`What time do you open on Saturday? (${MARK})`],
  [`Are you open on Sundays? (${MARK})`, "And what about Monday?"],
  [`How much is a tune-up? (${MARK})`],
  [`Can you run motor diagnostics on my e-bike? (${MARK})`],
  [`Where is the shop? (${MARK})`],
];

/** The seeding customer's chat-key cookie (continuing a conversation needs it). */
let chatKey = "";

/** Runs one message through POST /api/chat and returns the conversation id from the final NDJSON event. */
async function chat(baseUrl: string, message: string, conversationId?: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/chat`, {
    method: "POST",
    headers: { "Content-Type": "application/json", cookie: chatKey },
    body: JSON.stringify({ conversationId, message }),
  });
  assert.equal(res.status, 200, `POST /api/chat answered ${res.status}`);
  chatKey =
    res.headers
      .getSetCookie()
      .find((c) => c.startsWith("jbs_chat="))
      ?.split(";")[0] ?? chatKey;
  const last = (await res.text()).split("\n").filter(Boolean).at(-1)!;
  return (JSON.parse(last) as { turn: { conversationId: string } }).turn.conversationId;
}

/** Seeds the conversations through the app's own chat API (the same code path as a customer), oldest first. */
async function seed(baseUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (const messages of CONVERSATIONS) {
    let id: string | undefined;
    for (const m of messages) id = await chat(baseUrl, m, id);
    ids.push(id!);
  }
  return ids;
}

const badge = (page: Page) => page.getByTestId("current-verdict");

/** Waits until the label panel shows the verdict and the last auto-save has landed. */
async function expectLabel(page: Page, verdict: string) {
  await page.waitForFunction(
    (v) => document.querySelector('[data-testid="current-verdict"]')?.textContent === v,
    verdict,
  );
  await page.waitForFunction(() =>
    /^Saved /.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""),
  );
}

/** Waits for the workspace to show trace n (1-based) of the queue. */
async function atTrace(page: Page, n: number, id: string) {
  await page.waitForFunction(
    ([n, id]) =>
      document.querySelector('[data-testid="progress"]')?.textContent?.startsWith(`Trace ${n} `) &&
      document.querySelector("h2 code")?.textContent === id &&
      document.querySelector('[data-keys="write"]') !== null,
    [n, id] as const,
  );
}

export const scenarios: Scenario[] = [
  {
    name: "annotate: label five traces by keyboard, reload, group notes on the axial board, see the counts",
    timeoutMs: 180_000,
    async run(ctx) {
      const ids = await seed(ctx.baseUrl);

      // Writes from another origin are refused (CSRF), whatever the body.
      const csrf = await fetch(`${ctx.baseUrl}/api/annotate/labels`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: "https://evil.example" },
        body: JSON.stringify({
          traceId: ids[0],
          annotator: "x",
          verdict: "pass",
          note: "",
          firstFailTurn: null,
          factIds: [],
        }),
      });
      assert.equal(csrf.status, 403);

      // Start page: set the annotator name, build an "all traces" queue of the scenario's conversations.
      const page = await ctx.newPage("desktop");
      await signInPage(page, ctx.baseUrl);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${ctx.baseUrl}/annotate`);
      await page.getByRole("heading", { name: "Annotate", exact: true }).waitFor();
      await page.getByText("All", { exact: true }).click();
      await page.locator('input[name="text"]').fill(MARK);
      await page.getByRole("button", { name: "Start reviewing" }).click();
      await page.waitForURL(/\/annotate\/q\//);
      await atTrace(page, 1, ids[0]!);
      assert.match(await text(page.getByTestId("progress")), /Trace 1\s*of 5/);

      // From here on: keyboard only.
      // 1: pass.
      await page.keyboard.press("1");
      await expectLabel(page, "pass");
      await page.keyboard.press("ArrowRight");

      // 2: fail, a note, the first failing turn (T cycles: none → 1 → 2), then Ctrl+Enter saves and moves on.
      await atTrace(page, 2, ids[1]!);
      await page.keyboard.press("2");
      await expectLabel(page, "fail");
      await page.keyboard.press("/");
      await page.keyboard.type("Said we open on Sundays; handbook says closed (hours.sun)");
      await page.keyboard.press("Escape");
      await page.keyboard.press("t");
      await page.keyboard.press("t");
      await page.waitForFunction(() => document.querySelector('[data-turn="2"] [aria-pressed="true"]') !== null);
      await ctx.screenshot(page, "annotate-open-coding");
      await page.keyboard.press("Control+Enter");

      // 3: defer.
      await atTrace(page, 3, ids[2]!);
      await page.keyboard.press("d");
      await expectLabel(page, "defer");
      await page.keyboard.press("ArrowRight");

      // 4: fail with a note (one turn: the first failing turn defaults to 1).
      await atTrace(page, 4, ids[3]!);
      await page.keyboard.press("2");
      await page.keyboard.press("/");
      await page.keyboard.type("Offered motor diagnostics, which the shop does not do");
      await page.keyboard.press("Control+Enter");

      // 5: pass, then undo back to unlabelled.
      await atTrace(page, 5, ids[4]!);
      await page.keyboard.press("1");
      await expectLabel(page, "pass");
      await page.keyboard.press("u");
      await expectLabel(page, "not labelled");

      // Reload: the position and every label survive.
      await page.reload();
      await atTrace(page, 5, ids[4]!);
      assert.equal(await text(badge(page)), "not labelled");
      assert.match(await text(page.getByTestId("queue-counts")), /3 labelled · 1 deferred · 1 to go/);
      const expected = [
        { verdict: "pass", note: "", turn: "" },
        { verdict: "fail", note: "Said we open on Sundays; handbook says closed (hours.sun)", turn: "2" },
        { verdict: "defer", note: "", turn: "" },
        { verdict: "fail", note: "Offered motor diagnostics, which the shop does not do", turn: "1" },
      ];
      for (let i = 4; i >= 1; i--) {
        await page.keyboard.press("ArrowLeft");
        await atTrace(page, i, ids[i - 1]!);
        const want = expected[i - 1]!;
        assert.equal(await text(badge(page)), want.verdict, `trace ${i} verdict after reload`);
        assert.equal(await page.locator("#note").inputValue(), want.note, `trace ${i} note after reload`);
        assert.equal(await page.locator("#first-fail").inputValue(), want.turn, `trace ${i} first failing turn`);
      }

      // The export has the same labels (and the undone one is not there).
      const exported = (await (await teamFetch(ctx.baseUrl, "/api/annotate/export?format=jsonl")).text())
        .split("\n")
        .filter(Boolean)
        .map(
          (l) => JSON.parse(l) as { traceId: string; verdict: string; firstFailTurn: number | null; annotator: string },
        );
      const mine = new Map(exported.filter((r) => ids.includes(r.traceId)).map((r) => [r.traceId, r]));
      assert.deepEqual(
        ids.map((id) => mine.get(id)?.verdict ?? null),
        ["pass", "fail", "defer", "fail", null],
      );
      assert.equal(mine.get(ids[1]!)?.firstFailTurn, 2);
      assert.equal(mine.get(ids[1]!)?.annotator, "E2E Admin");

      // Axial board: the two failed notes, grouped into two modes with the keys (focus a note, press the mode's number).
      await page.goto(`${ctx.baseUrl}/annotate/axial`);
      await page.getByRole("heading", { name: "Axial coding" }).waitFor();
      const sunday = page.locator(`[data-note="${ids[1]}"]`);
      const motor = page.locator(`[data-note="${ids[3]}"]`);
      await sunday.waitFor();
      await motor.waitFor();
      await page.getByRole("button", { name: /Suggest groups/ }).click();
      await page
        .locator('section[aria-labelledby="suggest-title"]')
        .getByText(/Suggestion ·|No suggestions/)
        .first()
        .waitFor();

      await sunday.focus();
      await page.keyboard.press("1"); // bad_data
      await page.getByTestId("mode-count-bad_data").filter({ hasText: "1" }).waitFor();
      await motor.focus();
      await page.keyboard.press("3"); // over_eager
      await page.getByTestId("mode-count-over_eager").filter({ hasText: "1" }).waitFor();
      assert.match(await text(page.getByTestId("taxonomy-version")), /v2 · assign by E2E Admin/);

      // The counts chart (server-rendered) follows the board: one failure each, sorted, nothing for policy_confusion.
      await page.waitForFunction(() => {
        const counts = [...document.querySelectorAll('[data-testid="pareto-chart"] rect[data-count]')].map((r) =>
          r.getAttribute("data-count"),
        );
        return counts.join(",") === "1,1,0";
      });
      const labels = await page
        .locator('[data-testid="pareto-chart"] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute("aria-label")));
      assert.deepEqual(
        labels.map((l) => l?.split(":")[0]),
        ["bad_data", "over_eager", "policy_confusion"],
      );
      await page.locator("#counts").scrollIntoViewIfNeeded();
      await ctx.screenshot(page, "annotate-axial");

      // Click through from the chart to the traces behind a bar.
      await page.locator('[data-testid="pareto-chart"] a').first().click();
      await page.waitForURL(/mode=bad_data/);
      await page.locator("#traces").getByText(ids[1]!).waitFor();
    },
  },
];
