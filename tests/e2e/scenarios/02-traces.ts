import assert from "node:assert/strict";
import { bookThroughApi, chatApi } from "../harness/booking-run";
import type { Scenario } from "../harness/scenario";
import { signInPage } from "../harness/team";
import { text } from "../harness/text";

export const scenarios: Scenario[] = [
  {
    name: "traces: the trace page shows every turn with its states, decision, facts and span tree",
    async run(ctx) {
      const booking = await bookThroughApi(ctx.baseUrl);
      const page = await ctx.newPage("desktop");
      await signInPage(page, ctx.baseUrl);
      const res = await page.goto(`${ctx.baseUrl}/traces/${booking.conversationId}`);
      assert.equal(res?.status(), 200);
      await page.getByRole("heading", { name: "Conversation trace" }).waitFor();

      const turns = page.getByTestId("turn");
      assert.equal(await turns.count(), booking.steps.length, "one timeline entry per turn");
      for (const [i, step] of booking.steps.entries()) {
        const turn = turns.nth(i);
        assert.equal(await turn.getAttribute("data-state-before"), step.stateBefore, `turn ${i + 1} state before`);
        assert.equal(await turn.getAttribute("data-state-after"), step.state, `turn ${i + 1} state after`);
        assert.equal(await text(turn.getByTestId("turn-user")), step.message);
        const transition = (await text(turn.getByTestId("transition"))).replace(/\s+/g, " ");
        assert.ok(
          transition.includes(step.stateBefore) && transition.includes(step.state),
          `turn ${i + 1} shows "${step.stateBefore} → ${step.state}"`,
        );
        await turn.getByRole("heading", { name: `Turn ${i + 1}` }).waitFor();
      }
      const first = turns.first();
      assert.match(await text(first.getByRole("region", { name: /Understanding/ })), /intent\s+book/);
      assert.match(await text(first.getByRole("region", { name: /Handbook facts/ })), /policy\.booking_lead/);

      // Span tree: collapsed at first, then the root span and its children with pretty-printed attributes.
      const spans = first.getByTestId("span-section");
      assert.equal(await spans.getAttribute("open"), null, "the span tree starts collapsed");
      await spans.locator("summary").first().click();
      await spans.getByText("chat.turn", { exact: true }).waitFor();
      assert.match(await text(spans.getByTestId("span-attributes").first()), /"chat\.state\.before": "idle"/);
      // Boilerplate is collapsed but present.
      assert.equal(await first.getByText("Machine snapshot (persisted state)").count(), 1);
      await ctx.screenshot(page, "trace-desktop");

      const phone = await ctx.newPage("phone");
      await signInPage(phone, ctx.baseUrl);
      await phone.goto(`${ctx.baseUrl}/traces/${booking.conversationId}`);
      await phone.getByTestId("turn").first().waitFor();
      await ctx.screenshot(phone, "trace-phone");
    },
  },
  {
    name: "traces: an invalid date shows the validator's reason and alternatives",
    async run(ctx) {
      const t1 = await chatApi(ctx.baseUrl, "I'd like to book a tune-up");
      const t2 = await chatApi(ctx.baseUrl, "this Sunday", t1.conversationId);
      assert.equal(t2.state, "booking.collecting");
      const page = await ctx.newPage("desktop");
      await signInPage(page, ctx.baseUrl);
      await page.goto(`${ctx.baseUrl}/traces/${t1.conversationId}`);
      const invalid = page.getByTestId("turn").nth(1).getByTestId("invalid-slot");
      await invalid.waitFor();
      const shown = await text(invalid);
      assert.match(shown, /invalid_slot/);
      assert.match(shown, /reason/i);
      assert.match(shown, /closed/i);
      assert.match(shown, /alternatives/i);
    },
  },
  {
    name: "traces: the list filters, sorts and pages; an unknown id is a 404 page",
    async run(ctx) {
      const booking = await bookThroughApi(ctx.baseUrl);
      const page = await ctx.newPage("desktop");
      await signInPage(page, ctx.baseUrl);
      await page.goto(`${ctx.baseUrl}/traces`);
      await page.getByRole("heading", { name: "Traces", exact: true }).waitFor();
      const row = page.locator("tbody tr", { has: page.locator(`a[href="/traces/${booking.conversationId}"]`) });
      assert.equal(await row.count(), 1, "the booking conversation is listed");
      const cells = await row.locator("td").allTextContents();
      assert.ok(
        cells.some((c) => c.trim() === "ui"),
        "source column",
      );
      assert.ok(
        cells.some((c) => c.trim() === String(booking.steps.length)),
        "turn count column",
      );
      assert.ok(
        cells.some((c) => c.includes("booked")),
        "final state column",
      );
      assert.ok(
        cells.some((c) => c.includes("offline-rules")),
        "model column",
      );
      await ctx.screenshot(page, "traces-desktop");

      // Filters are a GET form: fill, submit, and the URL carries the query.
      await page.getByLabel("Search messages").fill(booking.contact);
      await page.locator('[data-filter="state"] summary').click();
      await page.getByRole("group", { name: "Final state" }).getByLabel("booked", { exact: true }).check();
      await page.getByLabel("Source").selectOption("ui");
      await Promise.all([page.waitForURL(/q=sarah/), page.getByRole("button", { name: "Apply" }).click()]);
      assert.equal(await page.locator("tbody tr").count(), 1, "only the booking matches");
      await page.goto(`${ctx.baseUrl}/traces?state=handoff&q=sarah`);
      await page.getByText("No conversations match these filters.").waitFor();
      await page.goto(`${ctx.baseUrl}/traces?sort=turns_desc`);
      const firstTurns = await text(page.locator("tbody tr").first().locator('td[data-label="Turns"]'));
      assert.ok(Number(firstTurns) >= booking.steps.length, "sorted by most turns");
      await page.goto(`${ctx.baseUrl}/traces?source=bogus&page=abc&from=yesterday`);
      await page.getByRole("heading", { name: "Traces", exact: true }).waitFor();

      const phone = await ctx.newPage("phone");
      await signInPage(phone, ctx.baseUrl);
      await phone.goto(`${ctx.baseUrl}/traces`);
      await ctx.screenshot(phone, "traces-phone");

      // Paging: make sure there are more conversations than fit on one page (25), then walk to page 2.
      for (let i = 0; i < 26; i++) await chatApi(ctx.baseUrl, `What are your hours? (${i})`);
      await page.goto(`${ctx.baseUrl}/traces?q=What%20are%20your%20hours`);
      await page.getByText(/Page 1 of \d+/).waitFor();
      assert.equal(await page.locator("tbody tr").count(), 25);
      await Promise.all([page.waitForURL(/page=2/), page.getByRole("link", { name: "Next →" }).click()]);
      await page.getByText(/Page 2 of \d+/).waitFor();
      assert.ok((await page.locator("tbody tr").count()) >= 1);

      const missing = await page.goto(`${ctx.baseUrl}/traces/c_does_not_exist`);
      assert.equal(missing?.status(), 404);
      await page.getByRole("heading", { name: "Trace not found" }).waitFor();
    },
  },
];
