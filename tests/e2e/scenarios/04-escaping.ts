import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { sendChat } from "../harness/chat";
import type { Scenario } from "../harness/scenario";
import { signInPage } from "../harness/team";

const HOSTILE = [
  "<script>window.__xss=1</script>",
  "![x](http://127.0.0.1:1/beacon.png)",
  '<img src="http://127.0.0.1:1/img.png" onerror="window.__xss=2">',
];

/** Records any request to the beacon host (port 1 on loopback: nothing listens, but the attempt is visible). */
function watchBeacons(page: Page): string[] {
  const hits: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith("http://127.0.0.1:1/")) hits.push(r.url());
  });
  return hits;
}

async function assertInert(page: Page, hits: string[], where: string) {
  assert.equal(
    await page.evaluate(() => (window as { __xss?: unknown }).__xss),
    undefined,
    `no script ran on the ${where}`,
  );
  assert.deepEqual(hits, [], `nothing was loaded from the beacon host on the ${where}`);
  assert.equal(await page.locator('main img[src*="127.0.0.1:1"]').count(), 0, `no image element on the ${where}`);
}

export const scenarios: Scenario[] = [
  {
    name: "security: script tags and markdown image links show as text and never run or load",
    async run(ctx) {
      const page = await ctx.newPage("desktop");
      const hits = watchBeacons(page);
      await page.goto(`${ctx.baseUrl}/`);
      let conversationId = "";
      for (const text of HOSTILE) {
        const sent = await sendChat(page, text);
        conversationId = sent.turn.conversationId;
        const bubble = page.locator('[data-role="user"] [data-part="bubble"]').last();
        assert.equal(await bubble.textContent(), text, "the message is shown verbatim, as text");
      }
      await assertInert(page, hits, "chat page");

      await page.reload();
      await page
        .locator('[data-role="user"]')
        .nth(HOSTILE.length - 1)
        .waitFor();
      assert.deepEqual(
        await page.locator('[data-role="user"] [data-part="bubble"]').allTextContents(),
        HOSTILE,
        "restored history is text too",
      );
      await assertInert(page, hits, "reloaded chat page");

      const trace = await ctx.newPage("desktop");
      await signInPage(trace, ctx.baseUrl);
      const traceHits = watchBeacons(trace);
      await trace.goto(`${ctx.baseUrl}/traces/${conversationId}`);
      await trace
        .getByTestId("turn")
        .nth(HOSTILE.length - 1)
        .waitFor();
      assert.deepEqual(
        await trace.getByTestId("turn-user").allTextContents(),
        HOSTILE,
        "the trace shows the messages as text",
      );
      await trace.locator("details").evaluateAll((all) => {
        for (const d of all) (d as HTMLDetailsElement).open = true;
      });
      await assertInert(trace, traceHits, "trace page");

      await trace.goto(`${ctx.baseUrl}/traces?q=${encodeURIComponent("<script>")}`);
      await trace.locator("tbody tr").first().waitFor();
      await assertInert(trace, traceHits, "trace list");
    },
  },
];
