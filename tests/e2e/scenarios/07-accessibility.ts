import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Scenario } from "../harness/scenario";
import { signInPage } from "../harness/team";

/** Form controls without an accessible name (label, aria-label or aria-labelledby). */
async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("input, select, textarea, button")]
      .filter((el) => {
        const labelled =
          (el as HTMLInputElement).labels?.length ||
          el.getAttribute("aria-label") ||
          el.getAttribute("aria-labelledby");
        const text = el.tagName === "BUTTON" ? el.textContent?.trim() : "";
        return !labelled && !text && (el as HTMLInputElement).type !== "hidden";
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** Tabs through the page and returns, for each focused element, its label and whether a focus outline is drawn. */
async function tabThrough(page: Page, steps: number) {
  const seen: { name: string; outline: boolean }[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press("Tab");
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? el.id ?? el.tagName)
          .trim()
          .replace(/\s+/g, " ")
          .slice(0, 40);
        return {
          name: name || el.tagName,
          outline: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2,
        };
      }),
    );
  }
  return seen;
}

/** WCAG contrast ratio of an element's text against its nearest opaque background. */
async function contrast(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const ch = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
      };
      let bgEl: Element | null = el;
      let bg = "rgb(255, 255, 255)";
      while (bgEl) {
        const c = getComputedStyle(bgEl).backgroundColor;
        const parts = rgb(c);
        if (parts.length >= 3 && (parts.length < 4 || parts[3]! > 0.9)) {
          bg = c;
          break;
        }
        bgEl = bgEl.parentElement;
      }
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(bg))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
}

export const scenarios: Scenario[] = [
  {
    name: "accessibility: labelled controls, keyboard focus order with a visible focus ring, text contrast",
    async run(ctx) {
      const page = await ctx.newPage("desktop");
      await signInPage(page, ctx.baseUrl);
      await page.goto(`${ctx.baseUrl}/`);
      assert.equal(await page.getAttribute("html", "lang"), "en");
      assert.deepEqual(await unlabelledControls(page), [], "every control on the chat page has a label");

      const order = await tabThrough(page, 6);
      assert.equal(order[0]?.name, "Skip to content", "the skip link comes first");
      assert.deepEqual(
        order.slice(1, 4).map((o) => o.name),
        ["JO's Bike Shop, home", "Chat", "Traces"],
      );
      for (const o of order) assert.ok(o.outline, `"${o.name}" shows a focus outline`);

      // Keyboard-only chat: focus the box, type, Enter sends.
      await page.locator("#chat-input").focus();
      await page.keyboard.type("What are your opening hours?");
      await page.keyboard.press("Enter");
      await page.locator('[data-role="assistant"] [data-part="bubble"]:not([data-typing])').first().waitFor();

      for (const [selector, min] of [
        ['[data-part="subtitle"]', 4.5],
        ['[data-role="user"] [data-part="bubble"]', 4.5],
        ['[data-role="assistant"] [data-part="bubble"]', 4.5],
        ["#composer-hint", 4.5],
        [".site-header nav a", 4.5],
      ] as const) {
        const ratio = await contrast(page, selector);
        assert.ok(ratio >= min, `${selector} contrast ${ratio.toFixed(2)} ≥ ${min}`);
      }

      await page.goto(`${ctx.baseUrl}/traces`);
      assert.deepEqual(await unlabelledControls(page), [], "every control on the trace list has a label");
      for (const selector of [
        // The trace screens' class names are module-local: find their parts by role, test id and data attributes.
        "main header p",
        "main [role=status]",
        "[data-testid=conversations] thead th",
        "[data-testid=conversations] td[data-label=Source] span",
        '[data-testid=conversations] td[data-label="Final state"] span',
      ]) {
        const ratio = await contrast(page, selector);
        assert.ok(ratio >= 4.5, `${selector} contrast ${ratio.toFixed(2)} ≥ 4.5`);
      }
    },
  },
];
