import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import type { E2EContext, Scenario, ViewportName } from "../harness/scenario";
import { signInPage, teamFetch } from "../harness/team";

/**
 * Screenshots of every page at 1440×900 and 390×844 (what one screen shows, not the full page), for a person to look
 * at. They go to tests/e2e/screenshots/pages/ (git-ignored); `SCREENSHOTS_DIR=docs/screenshots pnpm e2e --only
 * screenshots` refreshes the committed set.
 */
const OUT = process.env.SCREENSHOTS_DIR ?? fileURLToPath(new URL("../screenshots/pages", import.meta.url));
const SIZES: [ViewportName, string][] = [
  ["wide", "1440x900"],
  ["phone", "390x844"],
];

async function chatTurns(base: string, messages: string[]): Promise<string> {
  let conversationId: string | undefined;
  let cookie = "";
  for (const message of messages) {
    const res = await fetch(`${base}/api/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json", cookie },
      body: JSON.stringify({ conversationId, message }),
    });
    const issued = res.headers.getSetCookie().find((c) => c.startsWith("jbs_chat="));
    if (issued) cookie = issued.split(";")[0]!;
    const last = (await res.text()).split("\n").filter(Boolean).at(-1)!;
    conversationId = (JSON.parse(last) as { turn: { conversationId: string } }).turn.conversationId;
  }
  return conversationId!;
}

async function shoot(ctx: E2EContext, name: string, path: string, ready: (p: Page) => Promise<unknown>) {
  for (const [viewport, size] of SIZES) {
    const page = await ctx.newPage(viewport);
    if (path !== "/sign-in" && path !== "/") await signInPage(page, ctx.baseUrl);
    await page.goto(`${ctx.baseUrl}${path}`);
    await ready(page);
    // The header's team links arrive after a client fetch (/api/team/me): wait for them on team pages.
    if (path !== "/sign-in" && path !== "/")
      await page.getByRole("link", { name: "Evals", exact: true }).first().waitFor();
    const file = join(OUT, `${name}-${size}.png`);
    await page.screenshot({ path: file });
    ctx.note(`screenshot: ${file}`);
  }
}

export const scenarios: Scenario[] = [
  {
    name: "screenshots: every page at 1440×900 and 390×844",
    timeoutMs: 240_000,
    async run(ctx) {
      mkdirSync(OUT, { recursive: true });
      const base = ctx.baseUrl;
      const booking = await chatTurns(base, [
        "Hi! I'd like to book a tune-up (screenshots)",
        "next Tuesday at 10am",
        "Sam Rivera, sam@example.com",
      ]);
      for (const q of ["Are you open on Sunday? (screenshots)", "Do you fix e-bike motors? (screenshots)"])
        await chatTurns(base, [q]);
      const queue = await teamFetch(base, "/api/traces/queue", {
        method: "POST",
        body: JSON.stringify({ query: "q=screenshots", title: "Screenshots: this run's conversations" }),
      });
      const queueId = ((await queue.json()) as { queue: { id: string } }).queue.id;
      const heading = (name: string) => (p: Page) => p.getByRole("heading", { name, exact: true }).first().waitFor();
      await shoot(ctx, "traces", "/traces", heading("Traces"));
      await shoot(ctx, "trace", `/traces/${encodeURIComponent(booking)}`, async (p) => {
        await p.getByTestId("turn").first().waitFor();
      });
      await shoot(ctx, "trace-span-detail", `/traces/${encodeURIComponent(booking)}`, async (p) => {
        const turn = p.getByTestId("turn").first();
        await turn.getByTestId("span-section").locator("summary").click();
        await turn
          .getByRole("list", { name: "Spans" })
          .getByRole("button")
          .filter({ hasText: "chat understand" })
          .click();
        await turn.getByTestId("llm-call").scrollIntoViewIfNeeded();
        await turn.getByTestId("span-section").evaluate((el) => el.scrollIntoView({ block: "start" }));
      });
      await shoot(ctx, "annotate", "/annotate", (p) => p.locator("main h1").first().waitFor());
      await shoot(ctx, "annotate-axial", "/annotate/axial", (p) => p.locator("main h1").first().waitFor());
      await shoot(ctx, "annotate-queue", `/annotate/q/${encodeURIComponent(queueId)}`, (p) =>
        p.locator("main h1").first().waitFor(),
      );
      await shoot(ctx, "evals", "/evals", (p) => p.locator("main h1").first().waitFor());
      await shoot(ctx, "team", "/team", (p) => p.locator("main h1").first().waitFor());
      await shoot(ctx, "sign-in", "/sign-in", (p) => p.locator("main h1").first().waitFor());
      await shoot(ctx, "chat", "/", async (p) => {
        await p.locator("#chat-input").fill("Do you do wheel truing?");
        await p.locator("#chat-input").press("Enter");
        await p.locator('[role="log"][aria-busy="false"] [data-role="assistant"]').first().waitFor();
      });
    },
  },
];
