import assert from "node:assert/strict";
import { startFakeOpenAI } from "../../support/fake-openai";
import { SLOW_CHUNKS as CHUNKS, slowModel as respond } from "../../support/streaming-fixtures";
import type { Scenario } from "../harness/scenario";

/** The streaming check for one bot variant (`BOT` for the server): the machine bot, and the prompt-only bot. */
function streamingScenario(bot: "machine" | "prompt", name: string): Scenario {
  return {
    name,
    async run(ctx) {
      const fake = await startFakeOpenAI({ respond });
      try {
        const baseUrl = await ctx.startApp({
          LLM_PROVIDER: "openai",
          OPENAI_BASE_URL: fake.baseURL,
          OPENAI_API_KEY: "sk-e2e-fake",
          LLM_MAX_RETRIES: "0",
          BOT: bot,
        });
        const page = await ctx.newPage("desktop");
        await page.goto(`${baseUrl}/`);
        await page.locator("#chat-input").fill("hello");
        // Record every text the reply bubble shows, with the time, from the moment the message is sent.
        const frames = page.evaluate(
          () =>
            new Promise<{ t: number; text: string }[]>((resolve) => {
              const seen: { t: number; text: string }[] = [];
              const t0 = performance.now();
              const observer = new MutationObserver(() => {
                const bubble = document.querySelector(
                  '[data-role="assistant"] [data-part="bubble"]:not([data-typing])',
                );
                const text = bubble?.textContent ?? "";
                if (text && text !== seen.at(-1)?.text) seen.push({ t: performance.now() - t0, text });
                if (document.querySelector('[data-role="assistant"]:not([data-streaming])')) {
                  observer.disconnect();
                  resolve(seen);
                }
              });
              observer.observe(document.querySelector('[role="log"]')!, {
                subtree: true,
                childList: true,
                characterData: true,
              });
            }),
        );
        await page.locator("#chat-input").press("Enter");
        const seen = await frames;
        const final = CHUNKS.join("");
        assert.equal(seen.at(-1)?.text, final, "the whole reply is shown at the end");
        const partial = seen.filter((f) => f.text.length < final.length);
        assert.ok(
          partial.length >= CHUNKS.length / 2,
          `the page showed the reply growing (${partial.length} partial states: ${JSON.stringify(seen.map((f) => f.text))})`,
        );
        // Growth, not timing: each partial state extends the one before (one buffer would show no partial state).
        // How long the stream takes is a `pnpm bench --only stream` figure, not an assertion that load can fail.
        for (const [i, f] of seen.entries())
          if (i > 0) assert.ok(f.text.startsWith(seen[i - 1]!.text), `partial states grow: ${JSON.stringify(seen)}`);
        const spread = seen.at(-1)!.t - seen[0]!.t;
        // The machine bot asks the model twice (understanding, then the reply); the prompt-only bot once, with the
        // handbook facts in its system prompt.
        const calls = fake.requests.filter((r) => r.path.endsWith("/chat/completions"));
        if (bot === "prompt") {
          assert.equal(calls.length, 1, "the prompt-only bot makes one model call per turn");
          assert.match(String(calls[0]!.body?.messages?.[0]?.content), /FACTS:\n\[shop\.name\]/);
        } else assert.equal(calls.length, 2, "the machine bot makes an understanding call and a reply call");
        ctx.note(
          `streaming (${bot} bot) with a fake slow model: ${partial.length} partial renders over ${spread.toFixed(0)} ms, first text at ${seen[0]!.t.toFixed(0)} ms`,
        );
      } finally {
        await fake.close();
      }
    },
  };
}

export const scenarios: Scenario[] = [
  streamingScenario(
    "machine",
    "streaming: with a slow model, the reply appears in the page word by word, before it is finished",
  ),
  streamingScenario("prompt", "streaming: BOT=prompt streams the prompt-only bot's reply word by word in the page too"),
];
