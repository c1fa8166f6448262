import assert from "node:assert/strict";
import { nextBookableFriday } from "../harness/booking-date";
import { sendChat } from "../harness/chat";
import type { Scenario } from "../harness/scenario";
import { signInPage } from "../harness/team";
import { text } from "../harness/text";

export const scenarios: Scenario[] = [
  {
    name: "ui chat: a thumb click saves feedback at once; a reload shows it; a second click updates, never duplicates",
    async run(ctx) {
      const page = await ctx.newPage("wide");
      await page.goto(`${ctx.baseUrl}/`);
      await sendChat(page, "How much is a flat repair?");
      const reply = page.locator('[data-role="assistant"]').last();
      const saved = page.waitForResponse((r) => r.url().endsWith("/api/feedback"));
      await reply.getByRole("button", { name: "Not helpful", exact: true }).click();
      assert.equal((await saved).status(), 201, "the thumb click alone sends the feedback");
      await reply.getByText("Thanks for the feedback!").waitFor();
      assert.equal(await reply.getByRole("button", { name: "Send comment" }).count(), 1, "a comment is offered after");
      await ctx.screenshot(page, "ui-chat-feedback-wide");

      await page.reload();
      const restored = page.locator('[data-role="assistant"]').last();
      await restored.getByRole("button", { name: "Not helpful", exact: true }).waitFor();
      assert.equal(
        await restored.getByRole("button", { name: "Not helpful", exact: true }).getAttribute("aria-pressed"),
        "true",
      );
      assert.equal(
        await restored.getByRole("button", { name: "Helpful", exact: true }).getAttribute("aria-pressed"),
        "false",
      );

      // Change of mind, then a comment: both update the one stored feedback.
      const again = page.waitForResponse((r) => r.url().endsWith("/api/feedback"));
      await restored.getByRole("button", { name: "Helpful", exact: true }).click();
      assert.equal((await again).status(), 201);
      await restored.getByLabel("Anything to add? (optional)").fill("clear price, thanks");
      await restored.getByRole("button", { name: "Send comment" }).click();
      await restored.getByText("Comment saved.").waitFor();
      await page.reload();
      const last = page.locator('[data-role="assistant"]').last();
      await last.getByText("clear price, thanks").waitFor();
      assert.equal(
        await last.getByRole("button", { name: "Helpful", exact: true }).getAttribute("aria-pressed"),
        "true",
      );

      // The trace shows exactly one feedback for the turn: the latest.
      const id = new URL(page.url()).searchParams.get("c");
      assert.ok(id, "the conversation id is in the URL");
      const team = await ctx.newPage("wide");
      await signInPage(team, ctx.baseUrl);
      await team.goto(`${ctx.baseUrl}/traces/${encodeURIComponent(id)}`);
      const region = team.getByRole("region", { name: "Customer feedback, turn 1" });
      assert.equal(await region.locator("li").count(), 1, "one feedback row, not three");
      assert.match(await text(region), /clear price, thanks/);
    },
  },
  {
    name: "ui chat: on a phone the conversation keeps the screen; the booking summary is one line that opens",
    async run(ctx) {
      const phone = await ctx.newPage("phone");
      await phone.goto(`${ctx.baseUrl}/`);
      await sendChat(phone, "I'd like to book a tune-up");
      await sendChat(phone, nextBookableFriday().phrase);
      await sendChat(phone, "10:30am");
      const line = phone.getByTestId("booking-line");
      await line.waitFor();
      const lineText = await text(line.locator('[data-part="line-text"]'));
      assert.match(lineText, /^Collecting details · [^·]*tune-up · [^·]+ · 10:30am$/i);
      const panel = await phone.getByTestId("booking-panel").boundingBox();
      const log = await phone.getByRole("log", { name: "Conversation" }).boundingBox();
      assert.ok(panel && log);
      assert.ok(panel.height <= 48, `the booking summary is one line (${panel.height}px tall)`);
      assert.ok(log.height >= 844 * 0.55, `the conversation keeps most of the screen (${log.height}px of 844)`);
      assert.equal(await phone.locator('[data-field="time"]').isVisible(), false, "details stay folded");
      await ctx.screenshot(phone, "ui-chat-phone-booking");
      await line.click();
      assert.equal(await line.getAttribute("aria-expanded"), "true");
      assert.equal(((await phone.locator('[data-field="time"]').textContent()) ?? "").trim(), "10:30am");
      await ctx.screenshot(phone, "ui-chat-phone-booking-open");

      // At laptop width the panel stays beside the chat with every field shown; no one-line form.
      const wide = await ctx.newPage("wide");
      await wide.context().addCookies(await phone.context().cookies());
      await wide.goto(phone.url());
      await wide.locator('[data-field="time"]').waitFor();
      assert.equal(await wide.getByTestId("booking-line").isVisible(), false);
      await ctx.screenshot(wide, "ui-chat-booking-wide");
    },
  },
];
