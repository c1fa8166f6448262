import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import type { Scenario } from "../harness/scenario";
import { signInPage, teamFetch } from "../harness/team";
import { text } from "../harness/text";

let chatKey = "";
/** Viewport-only screenshots (what fits one screen) beside the harness's full-page ones. */
const SHOTS = fileURLToPath(new URL("../screenshots", import.meta.url));

/** One chat turn through the API (the customer's chat-key cookie carried along); returns the finished turn. */
async function chat(baseUrl: string, message: string, conversationId?: string) {
  const res = await fetch(`${baseUrl}/api/chat`, {
    method: "POST",
    headers: { "Content-Type": "application/json", cookie: chatKey },
    body: JSON.stringify({ conversationId, message }),
  });
  assert.equal(res.status, 200);
  const issued = res.headers.getSetCookie().find((c) => c.startsWith("jbs_chat="));
  if (issued) chatKey = issued.split(";")[0]!;
  const lines = (await res.text()).split("\n").filter(Boolean);
  return (JSON.parse(lines.at(-1)!) as { turn: { conversationId: string; state: string } }).turn;
}

const ids = async (page: import("playwright-core").Page) =>
  (
    await page
      .locator('tbody tr td[data-label="Conversation"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")))
  ).map((h) => decodeURIComponent(String(h).replace("/traces/", "")));

export const scenarios: Scenario[] = [
  {
    name: "ui traces: filters by state (several), intent, decision, feedback, human label and mode; sorts; compact rows; saved view → queue; LLM messages",
    async run(ctx) {
      const base = ctx.baseUrl;
      for (let i = 0; i < 16; i++) await chat(base, `What are your opening hours? (ui-traces ${i})`);
      const collecting = await chat(base, "I'd like to book a tune-up (ui-traces)");
      assert.equal(collecting.state, "booking.collecting");
      const disliked = await chat(base, "How much is a flat repair? (ui-traces)");
      const fb = await fetch(`${base}/api/feedback`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: chatKey, origin: base },
        body: JSON.stringify({ conversationId: disliked.conversationId, turnIndex: 1, rating: "down" }),
      });
      assert.equal(fb.status, 201);
      // A human labels the disliked one "fail" and codes it into a new failure mode.
      const label = {
        traceId: disliked.conversationId,
        verdict: "fail",
        note: "price without tube size",
        firstFailTurn: 1,
        factIds: [],
      };
      assert.equal(
        (await teamFetch(base, "/api/annotate/labels", { method: "POST", body: JSON.stringify(label) })).status,
        200,
      );
      const taxonomy = (await (await teamFetch(base, "/api/annotate/taxonomy")).json()) as {
        taxonomy: { version: number };
      };
      const created = await teamFetch(base, "/api/annotate/taxonomy", {
        method: "POST",
        body: JSON.stringify({
          baseVersion: taxonomy.taxonomy.version,
          change: {
            kind: "create_mode",
            mode: { name: "Price missing detail", definition: "A price without the parts it depends on.", factIds: [] },
            traceIds: [disliked.conversationId],
          },
        }),
      });
      assert.equal(created.status, 201, await created.text());

      const page = await ctx.newPage("wide");
      await signInPage(page, base);
      await page.goto(`${base}/traces`);
      await page.getByRole("heading", { name: "Traces", exact: true }).waitFor();
      const visible = await page
        .locator("tbody tr")
        .evaluateAll((rows) => rows.filter((r) => r.getBoundingClientRect().bottom <= window.innerHeight).length);
      ctx.note(`traces list at 1440×900: ${visible} rows fully visible without scrolling`);
      assert.ok(visible >= 15, `at least 15 rows fit a 1440×900 screen (got ${visible})`);
      await ctx.screenshot(page, "ui-traces-wide");
      await page.screenshot({ path: `${SHOTS}/ui-traces-wide-viewport.png` });

      // Several final states at once, through the multi-select; the URL carries both.
      await page.locator('[data-filter="state"] summary').click();
      const states = page.getByRole("group", { name: "Final state" });
      await states.getByLabel("booking.collecting", { exact: true }).check();
      await states.getByLabel("handoff", { exact: true }).check();
      await ctx.screenshot(page, "ui-traces-multi-select");
      await Promise.all([
        page.waitForURL(/state=booking\.collecting&state=handoff/),
        page.getByRole("button", { name: "Apply" }).click(),
      ]);
      // Other scenarios may share the store: every row must be in one of the two states, ours among them.
      assert.ok((await ids(page)).includes(collecting.conversationId));
      const shownStates = await page.locator('td[data-label="Final state"]').allTextContents();
      assert.ok(
        shownStates.every((st) => st === "booking.collecting" || st === "handoff"),
        shownStates.join(","),
      );

      // Thumbs down; human label fail; a human failure mode: each finds the disliked conversation alone.
      for (const q of ["feedback=down&q=ui-traces", "label=fail&q=ui-traces"]) {
        await page.goto(`${base}/traces?${q}`);
        assert.deepEqual(await ids(page), [disliked.conversationId], q);
      }
      await page.goto(`${base}/traces?label=fail&q=ui-traces`);
      assert.match(await text(page.getByTestId("cell-human")), /fail: Price missing detail/);
      await page.goto(`${base}/traces?q=ui-traces`);
      await page.locator('[data-filter="mode"] summary').click();
      await page.getByRole("group", { name: "Mode (human)" }).getByLabel("Price missing detail").check();
      await Promise.all([page.waitForURL(/mode=/), page.getByRole("button", { name: "Apply" }).click()]);
      assert.deepEqual(await ids(page), [disliked.conversationId]);
      await page.goto(`${base}/traces?label=unlabelled&q=ui-traces`);
      assert.equal((await ids(page)).length, 17, "every other ui-traces conversation is unlabelled");

      // Intent (a multi-select: "book" alone finds the booking, not the questions) and decision kind, in the URL.
      await page.goto(`${base}/traces?q=ui-traces`);
      await page.locator('[data-filter="intent"] summary').click();
      await page.getByRole("group", { name: "Intent" }).getByLabel("book", { exact: true }).check();
      await Promise.all([page.waitForURL(/intent=book/), page.getByRole("button", { name: "Apply" }).click()]);
      assert.deepEqual(await ids(page), [collecting.conversationId]);
      await page.goto(`${base}/traces?q=ui-traces&intent=book&intent=question`);
      assert.equal((await ids(page)).length, 18, "any of several intents");
      await page.goto(`${base}/traces?q=ui-traces&decision=answer`);
      const answered = await ids(page);
      assert.ok(answered.length >= 16, answered.join(","));
      // A booking that starts asks for the next detail (beside it, the service's price is an answer part too).
      await page.goto(`${base}/traces?q=ui-traces&decision=ask`);
      assert.deepEqual(await ids(page), [collecting.conversationId]);
      await page.goto(`${base}/traces?q=ui-traces&latmin=60000`);
      assert.deepEqual(await ids(page), [], "no offline turn takes a minute");

      // Sortable headers: Turns sorts by most turns; Last activity flips between newest and oldest.
      await page.goto(`${base}/traces`);
      await Promise.all([page.waitForURL(/sort=turns_desc/), page.getByRole("link", { name: /^Turns/ }).click()]);
      assert.equal(await page.locator('th[aria-sort="descending"]').textContent(), "Turns ↓");
      await page.getByRole("link", { name: /^Last activity/ }).click();
      await page.waitForURL((u) => !u.search.includes("sort="));
      await Promise.all([
        page.waitForURL(/sort=updated_asc/),
        page.getByRole("link", { name: /^Last activity/ }).click(),
      ]);

      // A named view is kept on the server for this member (it survives a reload); opening it restores the filters;
      // one click beside it turns it into a queue.
      await page.goto(`${base}/traces?q=ui-traces&state=browsing`);
      await page.getByPlaceholder("Name this view").fill("Hours questions");
      await page.getByRole("button", { name: "Save view" }).click();
      const views = page.getByRole("navigation", { name: "Saved views" });
      await views.getByRole("link", { name: "Hours questions" }).waitFor();
      const stored = (await (await teamFetch(base, "/api/traces/views")).json()) as { views: { name: string }[] };
      assert.ok(
        stored.views.some((v) => v.name === "Hours questions"),
        "the view is stored on the server",
      );
      await page.goto(`${base}/traces`);
      await Promise.all([
        page.waitForURL(/q=ui-traces&state=browsing|state=browsing&q=ui-traces/),
        views.getByRole("link", { name: "Hours questions" }).click(),
      ]);
      const shown = await ids(page);
      assert.equal(shown.length, 17);
      await page.goto(`${base}/traces`);
      await Promise.all([
        page.waitForURL(/\/annotate\/q\//),
        views.getByRole("button", { name: "Review view Hours questions in a queue" }).click(),
      ]);
      const queueId = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1)!);
      ctx.note(`queue from the saved view: ${queueId}`);
      await page.getByText(/of 17/).first().waitFor();
      await ctx.screenshot(page, "ui-traces-queue");

      // The trace page: the human label with its mode, jump to turn, expand/collapse all, "Label this trace".
      await page.goto(`${base}/traces/${encodeURIComponent(disliked.conversationId)}`);
      const human = page.getByRole("region", { name: "Human label" });
      assert.match(await text(human), /fail · Price missing detail · first fails at turn 1/);
      assert.match(await text(human), /price without tube size/);
      await page.getByTestId("human-first-fail").waitFor();
      await page.getByRole("navigation", { name: "Turns" }).getByRole("link", { name: "1", exact: true }).click();
      await page.waitForURL(/#turn-1$/);
      await page.getByRole("button", { name: "Expand all" }).click();
      const details = page.locator("[data-timeline] details");
      assert.ok((await details.count()) > 0);
      assert.equal(await details.evaluateAll((ds) => ds.every((d) => (d as HTMLDetailsElement).open)), true);
      // The span tree selects a span into the detail pane beside it.
      const turn1 = page.getByTestId("turn").first();
      const spanRows = turn1.getByRole("list", { name: "Spans" }).getByRole("button");
      assert.ok((await spanRows.count()) >= 2, "a turn has a root span and children");
      const child = ((await spanRows.nth(1).getByTestId("span-name").textContent()) ?? "").trim();
      await spanRows.nth(1).click();
      assert.equal(await spanRows.nth(1).getAttribute("aria-pressed"), "true");
      assert.equal(await text(turn1.getByTestId("span-detail").locator("h5")), `Span ${child}`);
      // A model call reads as messages: the customer's text, then the structured reading, with model and tokens.
      const understandRow = spanRows.filter({ hasText: "chat understand" }).first();
      await understandRow.click();
      const call = turn1.getByTestId("span-detail").getByTestId("llm-call");
      assert.match(await text(call), /model\s*\S+/);
      assert.match(await text(call.locator('[data-role="user"]')), /How much is a flat repair\? \(ui-traces\)/);
      assert.match(await text(call.locator('[data-role="assistant"]')), /"intent": "question"/);
      assert.match(await text(call.locator('[data-role="system"]')), /prompt version/);
      await ctx.screenshot(page, "ui-trace-page-wide");
      await page.getByRole("button", { name: "Collapse all" }).click();
      assert.equal(await details.evaluateAll((ds) => ds.some((d) => (d as HTMLDetailsElement).open)), false);
      await Promise.all([
        page.waitForURL(/\/annotate\/t\//),
        page.getByRole("link", { name: "Label this trace" }).click(),
      ]);

      const phone = await ctx.newPage("phone");
      await signInPage(phone, base);
      await phone.goto(`${base}/traces?q=ui-traces`);
      await phone.getByRole("heading", { name: "Traces", exact: true }).waitFor();
      await ctx.screenshot(phone, "ui-traces-phone");
      await phone.screenshot({ path: `${SHOTS}/ui-traces-phone-viewport.png` });
      await phone.goto(`${base}/traces/${encodeURIComponent(disliked.conversationId)}`);
      await phone.getByRole("region", { name: "Human label" }).waitFor();
      await ctx.screenshot(phone, "ui-trace-page-phone");
      await phone.screenshot({ path: `${SHOTS}/ui-trace-page-phone-viewport.png` });
    },
  },
];
