import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Scenario } from "../harness/scenario";
import { signInPage, teamFetch } from "../harness/team";
import { text } from "../harness/text";

let chatKey = "";

/** Starts a conversation through the chat API (carrying the chat-key cookie) and returns its id. */
async function conversation(baseUrl: string, message: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/chat`, {
    method: "POST",
    headers: { "Content-Type": "application/json", cookie: chatKey },
    body: JSON.stringify({ message }),
  });
  assert.equal(res.status, 200);
  const issued = res.headers.getSetCookie().find((c) => c.startsWith("jbs_chat="));
  if (issued) chatKey = issued.split(";")[0]!;
  const lines = (await res.text()).split("\n").filter(Boolean);
  return (JSON.parse(lines.at(-1)!) as { turn: { conversationId: string } }).turn.conversationId;
}

/** The mode card (its keyboard group) named `name`. */
const modeGroup = (page: Page, name: string) =>
  page.locator("[data-mode-keys]", { has: page.getByRole("heading", { name, exact: true }) });

/** Opens the palette on a note with one key, types, and presses Enter. */
async function paletteOnNote(page: Page, traceId: string, typed: string) {
  await page.locator(`[data-note="${traceId}"]`).focus();
  await page.keyboard.press("m");
  const box = page.getByRole("combobox", { name: `Assign a mode to ${traceId}` });
  await box.waitFor();
  await page.keyboard.type(typed);
  await page.keyboard.press("Enter");
  await box.waitFor({ state: "detached" });
}

const LONG = "Quotes a price without the parts it depends on";

export const scenarios: Scenario[] = [
  {
    name: "ui axial: keyboard only — create, assign (type to search), rename and merge modes; pareto with % axis; hide unused seed modes",
    async run(ctx) {
      const base = ctx.baseUrl;
      const notes = ["answer felt curt", "curt again, no greeting", "price given without tube size"];
      const ids: string[] = [];
      for (const [i, note] of notes.entries()) {
        const id = await conversation(base, `How much is a flat repair? (ui-axial ${i})`);
        ids.push(id);
        const label = { traceId: id, verdict: "fail", note, firstFailTurn: 1, factIds: [] };
        const r = await teamFetch(base, "/api/annotate/labels", { method: "POST", body: JSON.stringify(label) });
        assert.equal(r.status, 200, await r.text());
      }
      const page = await ctx.newPage("wide");
      await signInPage(page, base);
      await page.goto(`${base}/annotate/axial`);
      await page.getByRole("heading", { name: "Axial coding" }).waitFor();

      // M on a note, a name, Enter: a new mode holding that note.
      await paletteOnNote(page, ids[0]!, "Tone too curt");
      await modeGroup(page, "Tone too curt").waitFor();
      // M, a few letters to find it, Enter: assigned to the existing mode.
      await paletteOnNote(page, ids[1]!, "too c");
      await modeGroup(page, "Tone too curt").locator('[data-testid^="mode-count-"]').filter({ hasText: "2" }).waitFor();
      await paletteOnNote(page, ids[2]!, LONG);
      await modeGroup(page, LONG).waitFor();

      // R on a focused mode renames it; G merges it into another found by typing.
      await modeGroup(page, "Tone too curt").focus();
      await page.keyboard.press("r");
      const rename = page.getByRole("combobox", { name: "Rename “Tone too curt”" });
      await rename.waitFor();
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("Curt tone");
      await page.keyboard.press("Enter");
      await modeGroup(page, "Curt tone").waitFor();
      await paletteOnNote(page, ids[2]!, "Friendly greeting missing");
      await modeGroup(page, "Friendly greeting missing").waitFor();
      await modeGroup(page, "Friendly greeting missing").focus();
      await page.keyboard.press("g");
      await page.getByRole("combobox", { name: "Merge “Friendly greeting missing” into" }).waitFor();
      await page.keyboard.type("curt");
      await page.keyboard.press("Enter");
      await modeGroup(page, "Friendly greeting missing").waitFor({ state: "detached" });
      await modeGroup(page, "Curt tone").locator('[data-testid^="mode-count-"]').filter({ hasText: "3" }).waitFor();
      assert.match(await text(page.getByTestId("taxonomy-version")), /merge by E2E Admin/);

      // The pareto chart: whole labels, a % axis for the cumulative line, the line right of every bar and value.
      const chart = page.getByTestId("pareto-chart");
      await page.waitForFunction(
        (long) =>
          document.querySelector('[data-testid="pareto-chart"]')?.textContent?.includes(long.split(" ").at(-1)!),
        LONG,
      );
      const labels = await chart
        .locator("a text:first-child")
        .evaluateAll((ts) => ts.map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" ")));
      assert.ok(labels.includes(LONG), `the long mode name is shown whole: ${JSON.stringify(labels)}`);
      assert.deepEqual(await chart.getByTestId("percent-axis").locator("text").allTextContents(), [
        "0%",
        "50%",
        "100%",
        "cumulative share",
      ]);
      const ticks = (await chart.getByTestId("count-axis").locator("text").allTextContents()).slice(0, -1);
      assert.ok(ticks.length >= 2 && ticks.every((t) => /^\d+$/.test(t)), `count ticks: ${ticks.join(",")}`);
      const overlap = await page.evaluate(() => {
        const svg = document.querySelector('[data-testid="pareto-chart"]')!;
        const right = Math.max(...[...svg.querySelectorAll("a text")].map((t) => t.getBoundingClientRect().right));
        const left = Math.min(...[...svg.querySelectorAll("circle")].map((c) => c.getBoundingClientRect().left));
        const labelLeft = Math.min(
          ...[...svg.querySelectorAll("a text:first-child")].map((t) => t.getBoundingClientRect().left),
        );
        return { right, left, labelLeft, svgLeft: svg.getBoundingClientRect().left };
      });
      assert.ok(
        overlap.left > overlap.right,
        `cumulative points start right of every bar label (${JSON.stringify(overlap)})`,
      );
      assert.ok(overlap.labelLeft >= overlap.svgLeft, `no label is clipped at the left (${JSON.stringify(overlap)})`);
      await page.locator("#counts").scrollIntoViewIfNeeded();
      await ctx.screenshot(page, "ui-axial-counts-wide");

      // Seed modes nobody used can be hidden from the chart and the board.
      const before = await chart.locator("rect[data-count]").count();
      const cardsBefore = await page.locator("[data-mode-keys]").count();
      await Promise.all([page.waitForURL(/empty=hide/), page.getByTestId("toggle-empty-modes").click()]);
      const counts = await page
        .getByTestId("pareto-chart")
        .locator("rect[data-count]")
        .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("data-count"))));
      assert.ok(counts.length < before, "unused seed modes left the chart");
      assert.ok(counts.every((n) => n > 0));
      // The board re-renders after the chart: wait until it has dropped as many cards as the chart dropped bars.
      const cardsLeft = cardsBefore - (before - counts.length);
      await page
        .waitForFunction((n) => document.querySelectorAll("[data-mode-keys]").length === n, cardsLeft, {
          timeout: 5000,
        })
        .catch(() => undefined);
      assert.equal(
        cardsBefore - (await page.locator("[data-mode-keys]").count()),
        before - counts.length,
        "the same modes left the board",
      );
      await ctx.screenshot(page, "ui-axial-wide");

      const phone = await ctx.newPage("phone");
      await signInPage(phone, base);
      await phone.goto(`${base}/annotate/axial?empty=hide`);
      await phone.getByRole("heading", { name: "Axial coding" }).waitFor();
      await phone.locator("#counts").scrollIntoViewIfNeeded();
      await ctx.screenshot(phone, "ui-axial-phone");
    },
  },
];
