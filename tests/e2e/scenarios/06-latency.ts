import assert from "node:assert/strict";
import { percentile } from "../../../bench/stats";
import { FAQ_QUESTIONS as QUESTIONS } from "../../support/streaming-fixtures";
import type { Scenario } from "../harness/scenario";

const MESSAGES = 50;

export const scenarios: Scenario[] = [
  {
    name: `latency: time from send to the first streamed token, over ${MESSAGES} messages`,
    timeoutMs: 180_000,
    async run(ctx) {
      const page = await ctx.newPage("desktop");
      await page.bringToFront();
      await page.goto(`${ctx.baseUrl}/`);
      await page.locator("#chat-input").waitFor();
      const samples: number[] = [];
      for (let i = 0; i < MESSAGES; i++) {
        const text = QUESTIONS[i % QUESTIONS.length]!;
        const which = `message ${i + 1}/${MESSAGES} (${JSON.stringify(text)})`;
        // The draft goes in first and the Send button must be enabled (React has the draft) before the clock starts.
        await page.locator("#chat-input").fill(text);
        await page
          .waitForFunction(
            () => document.querySelector<HTMLButtonElement>('form button[type="submit"]')?.disabled === false,
          )
          .catch(() => assert.fail(`${which}: the Send button never became enabled`));
        // Measured in the page: from submitting the form to the first reply text in the DOM. A reply that never shows
        // text (an error, a lost stream) ends the wait with what the page shows instead of hanging the scenario.
        const result = await page.evaluate(
          async ({ limitMs }) => {
            const form = document.querySelector<HTMLTextAreaElement>("#chat-input")!.form!;
            const before = document.querySelectorAll('[data-role="assistant"]').length;
            const log = document.querySelector('[role="log"]')!;
            return await new Promise<{ ms: number } | { error: string }>((resolve) => {
              let t0 = 0;
              const seen = () => {
                const all = document.querySelectorAll('[data-role="assistant"]');
                const bubble =
                  all.length > before
                    ? all[all.length - 1]!.querySelector('[data-part="bubble"]:not([data-typing])')
                    : null;
                return Boolean(bubble?.textContent);
              };
              const observer = new MutationObserver(() => {
                if (!seen()) return;
                observer.disconnect();
                clearTimeout(timer);
                resolve({ ms: performance.now() - t0 });
              });
              const timer = setTimeout(() => {
                observer.disconnect();
                const alert = document.querySelector('[role="alert"]')?.textContent ?? "none";
                resolve({
                  error: `no reply text after ${limitMs} ms (log aria-busy=${log.getAttribute("aria-busy")}, alert: ${alert})`,
                });
              }, limitMs);
              observer.observe(log, { subtree: true, childList: true, characterData: true });
              t0 = performance.now();
              form.requestSubmit();
            });
          },
          { limitMs: 20_000 },
        );
        if ("error" in result) assert.fail(`${which}: ${result.error}`);
        samples.push(result.ms);
        // The log is aria-busy until the reply is complete and the next message can be sent.
        await page.locator('[role="log"][aria-busy="false"]').waitFor({ timeout: 20_000 });
      }
      const sorted = [...samples].sort((a, b) => a - b);
      const p50 = percentile(sorted, 50);
      const p90 = percentile(sorted, 90);
      ctx.note(
        `first-token latency over ${MESSAGES} messages (offline engine, send → first token in the DOM): p50 ${p50.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
      );
      // Behaviour only: every message got its first token in the page. The 50 ms target is a figure of
      // `pnpm bench --only stream`, where machine load cannot fail a behaviour test.
      assert.equal(samples.length, MESSAGES);
      assert.ok(samples.every(Number.isFinite), "every message showed a first token");
    },
  },
];
