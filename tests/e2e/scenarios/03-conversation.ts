import assert from "node:assert/strict";
import { sendChat } from "../harness/chat";
import type { Scenario } from "../harness/scenario";
import { signInPage } from "../harness/team";
import { text } from "../harness/text";

export const scenarios: Scenario[] = [
  {
    name: "chat: thumbs down with a comment is stored on the trace; new conversation starts over",
    async run(ctx) {
      const page = await ctx.newPage("desktop");
      await signInPage(page, ctx.baseUrl); // a team member: the debug drawer links to the trace
      await page.goto(`${ctx.baseUrl}/`);
      const sent = await sendChat(page, "What are your opening hours?");
      assert.match(sent.reply, /Tuesday/);

      const reply = page.locator('[data-role="assistant"]').last();
      await reply.getByRole("button", { name: "Not helpful" }).click();
      await reply.getByText("Thanks for the feedback!").waitFor();
      assert.equal(await reply.getByRole("button", { name: "Not helpful" }).getAttribute("aria-pressed"), "true");
      await reply.getByLabel("Anything to add? (optional)").fill("Please mention holiday hours first");
      const saved = page.waitForResponse((r) => r.url().endsWith("/api/feedback"));
      await reply.getByRole("button", { name: "Send comment" }).click();
      assert.equal((await saved).status(), 201);
      await reply.getByText("Comment saved.").waitFor();

      // The debug drawer's "view trace" link opens the trace, which shows the feedback on that turn.
      await page.locator('[data-part="debug"] summary').click();
      await Promise.all([page.waitForURL(/\/traces\/c_/), page.getByRole("link", { name: "View trace" }).click()]);
      const feedback = page
        .getByTestId("turn")
        .first()
        .getByRole("region", { name: /Customer feedback/ });
      assert.match(await text(feedback), /Please mention holiday hours first/);
      await page.goBack();

      // Reload keeps the conversation; "New conversation" clears it and the URL.
      await page.reload();
      await page.locator('[data-role="assistant"]').first().waitFor();
      assert.ok(page.url().includes("?c="));
      await page.getByRole("button", { name: "New conversation" }).click();
      assert.equal(await page.locator('[data-role="assistant"]').count(), 0);
      assert.equal(new URL(page.url()).search, "");
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        "chat-input",
        "focus returns to the message box",
      );
      const next = await sendChat(page, "hello");
      assert.equal(next.turn.turn, 1, "a new conversation starts at turn 1");
      assert.notEqual(next.turn.conversationId, sent.turn.conversationId);

      // An unknown ?c= shows a notice and starts fresh rather than failing.
      await page.goto(`${ctx.baseUrl}/?c=c_unknown_conversation`);
      await page.getByRole("alert").filter({ hasText: "couldn't find that conversation" }).waitFor();
    },
  },
];
