import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { TappedResponse } from "./page-scripts";

/** What one message through the chat window produced. */
export interface SentMessage {
  reply: string;
  /** Number of `token` events in the NDJSON response (a streamed reply has more than one). */
  tokenEvents: number;
  turn: {
    conversationId: string;
    turn: number;
    state: string;
    stateBefore: string;
    booking: Record<string, string | null>;
    bookingIds: string[];
  };
}

/** Types a message into the chat window, sends it with Enter, and waits until the streamed reply is complete. */
export async function sendChat(page: Page, text: string): Promise<SentMessage> {
  const replies = page.locator('[data-role="assistant"]');
  const before = await replies.count();
  const tapped = await page.evaluate(() => (window as unknown as { __chatTap: TappedResponse[] }).__chatTap.length);
  await page.locator("#chat-input").fill(text);
  await page.locator("#chat-input").press("Enter");
  await page.waitForFunction(
    (n) => (window as unknown as { __chatTap: TappedResponse[] }).__chatTap[n]?.done === true,
    tapped,
  );
  const res = await page.evaluate((n) => (window as unknown as { __chatTap: TappedResponse[] }).__chatTap[n]!, tapped);
  assert.equal(res.status, 200, `POST /api/chat answered ${res.status}: ${res.text}`);
  assert.match(res.contentType, /application\/x-ndjson/);
  const events = res.text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; delta?: string; turn?: SentMessage["turn"] & { reply: string } });
  const done = events.find((e) => e.type === "done")?.turn;
  assert.ok(done, `no "done" event in the stream for ${JSON.stringify(text)}`);
  const streamed = events
    .filter((e) => e.type === "token")
    .map((e) => e.delta)
    .join("");
  assert.equal(streamed, done.reply, "the token deltas add up to the final reply");
  await page.waitForFunction((n) => {
    const all = document.querySelectorAll('[data-role="assistant"]');
    return all.length > n && !all[all.length - 1]?.hasAttribute("data-streaming");
  }, before);
  const shown = (await replies.nth(before).locator('[data-part="bubble"]').textContent()) ?? "";
  assert.equal(shown, done.reply, "the chat window shows the whole reply");
  return { reply: done.reply, tokenEvents: events.filter((e) => e.type === "token").length, turn: done };
}

/** The text of a field in the booking panel (data-field = service | date | time | name | contact | reference). */
export async function panelField(page: Page, field: string): Promise<string> {
  return ((await page.locator(`[data-testid="booking-panel"] [data-field="${field}"]`).textContent()) ?? "").trim();
}
