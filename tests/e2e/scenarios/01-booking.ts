import assert from "node:assert/strict";
import { nextBookableFriday } from "../harness/booking-date";
import { panelField, sendChat } from "../harness/chat";
import type { Scenario } from "../harness/scenario";
import { signInPage } from "../harness/team";

type Step = { message: string; stateBefore: string; state: string };

export const scenarios: Scenario[] = [
  {
    name: "chat: a tune-up booking streams every reply and fills the booking panel",
    async run(ctx) {
      const page = await ctx.newPage("desktop");
      await signInPage(page, ctx.baseUrl);
      await page.goto(`${ctx.baseUrl}/`);
      await page.getByRole("heading", { name: "Chat with JO's Bike Shop" }).waitFor();
      assert.equal(
        await page.locator('[data-testid="booking-panel"]').count(),
        0,
        "no booking panel before a booking starts",
      );

      const friday = nextBookableFriday();
      const steps: Step[] = [];
      const say = async (message: string) => {
        const sent = await sendChat(page, message);
        // A confirmation is held back until the booking is committed, then sent whole; every other reply streams.
        if (message === "yes")
          assert.equal(sent.tokenEvents, 1, "the confirmation arrives in one piece, after the booking is stored");
        else
          assert.ok(
            sent.tokenEvents > 1,
            `the reply to ${JSON.stringify(message)} was streamed in pieces (got ${sent.tokenEvents} token events)`,
          );
        steps.push({ message, stateBefore: sent.turn.stateBefore, state: sent.turn.state });
        return sent;
      };

      let sent = await say("I'd like to book a tune-up");
      assert.equal(sent.turn.state, "booking.collecting");
      await page.locator('[data-testid="booking-panel"]').waitFor();
      assert.match(await panelField(page, "service"), /tune-up/i);
      assert.equal(await page.getByTestId("machine-state").textContent(), "booking.collecting");

      sent = await say(friday.phrase);
      assert.match(sent.reply, /what time/i);
      assert.equal(await panelField(page, "date"), friday.phrase);

      sent = await say("10:30am");
      assert.equal(await panelField(page, "time"), "10:30am");

      sent = await say("Sarah Lee");
      assert.equal(await panelField(page, "name"), "Sarah Lee");

      sent = await say("sarah@example.com");
      assert.equal(sent.turn.state, "booking.confirming");
      assert.equal(await panelField(page, "contact"), "sarah@example.com");
      assert.equal(await page.getByTestId("machine-state").textContent(), "booking.confirming");
      assert.match(sent.reply, /shall i book it/i);

      sent = await say("yes");
      assert.equal(sent.turn.state, "booked");
      assert.equal(sent.turn.bookingIds.length, 1);
      const reference = sent.turn.bookingIds[0]!;
      assert.ok(sent.reply.includes(reference), "the confirmation quotes the booking reference");
      assert.equal(await panelField(page, "reference"), reference);
      assert.equal(await page.getByTestId("machine-state").textContent(), "booked");

      const conversationId = new URL(page.url()).searchParams.get("c");
      assert.equal(conversationId, sent.turn.conversationId, "the conversation id is kept in the URL");
      await ctx.screenshot(page, "chat-desktop");

      // A reload restores the whole conversation and the panel from the server.
      await page.reload();
      await page.locator('[data-role="assistant"]').nth(5).waitFor();
      assert.equal(await page.locator('[data-role="user"]').count(), 6);
      assert.equal(await panelField(page, "reference"), reference);

      // The same customer's browser at phone size: it carries their chat-key cookie (an id alone opens nothing).
      const phone = await ctx.newPage("phone");
      await phone.context().addCookies(await page.context().cookies());
      await phone.goto(`${ctx.baseUrl}/?c=${conversationId}`);
      await phone.locator('[data-testid="booking-panel"]').waitFor();
      await ctx.screenshot(phone, "chat-phone");
    },
  },
];
