/** Security, output: hostile chat text, feedback, notes and names show as text on every screen, never run or load. */
import assert from "node:assert/strict";
import { sendChat } from "../harness/chat";
import { assertInertScreen, inspectDom, startTinyServer, watchConsole } from "../harness/inert-page";
import type { Scenario } from "../harness/scenario";
import { ANNOTATOR, chatKeys, chatTurn, get, post, teamPage } from "../harness/security-client";

/** The hostile strings: each must show as text and never run, load or become a link. */
const hostile = (beacon: string) => [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=2">',
  "[click](javascript:window.__pwned=3)",
  "javascript:window.__pwned=4",
  `![beacon](${beacon}/b.png)`,
  `[our other shop](${beacon}/link)`,
];
const MODE_NAME = '<img src=x onerror="window.__pwned=5">';

export const scenarios: Scenario[] = [
  {
    name: "security: hostile chat messages, feedback and annotation notes are inert on every screen",
    timeoutMs: 180_000,
    async run(ctx) {
      // Its own app and database, so the labels and taxonomy written here do not disturb the annotation scenario.
      const base = await ctx.startApp({});
      const beacon = await startTinyServer();
      try {
        const H = hostile(beacon.url);
        const page = await ctx.newPage("desktop");
        const chatErrors = watchConsole(page);
        await page.goto(`${base}/`);
        // Conversation A through the chat window, one hostile string per message.
        let a = "";
        for (const s of H) {
          const sent = await sendChat(page, s);
          a = sent.turn.conversationId;
          const key = (await page.context().cookies()).find((c) => c.name === "jbs_chat");
          if (key) chatKeys.set(base, `jbs_chat=${key.value}`);
          assert.equal(await page.locator('[data-role="user"] [data-part="bubble"]').last().textContent(), s);
        }
        // Feedback through the chat window (a same-origin browser POST must pass the CSRF check).
        await page.getByRole("button", { name: "Not helpful" }).last().click();
        await page.getByText("Thanks for the feedback!").waitFor();
        await page.getByLabel("Anything to add? (optional)").fill(H.join(" "));
        await page.getByRole("button", { name: "Send comment" }).click();
        await page.getByText("Comment saved.").waitFor();
        assert.deepEqual(chatErrors, [], "no console errors while chatting");
        // Conversation B through the API, every hostile string in one message; feedback per turn of A via the API,
        // except the last turn: one feedback per reply (upsert), so it keeps the chat window's comment.
        const b = await chatTurn(base, H.join("\n"));
        for (const [i, s] of H.slice(0, -1).entries()) {
          const r = await post(
            `${base}/api/feedback`,
            { conversationId: a, turnIndex: i + 1, rating: "down", comment: s },
            base,
          );
          assert.equal(r.status, 201, r.text);
        }
        // Annotation: hostile notes, a hostile annotator name, a hostile mode and a hostile queue title.
        for (const [traceId, note] of [
          [a, H.join("\n")],
          [b, H[1]!],
        ] as const) {
          const label = { traceId, verdict: "fail", note, firstFailTurn: 1, factIds: [] };
          const r = await post(`${base}/api/annotate/labels`, label, base);
          assert.equal(r.status, 200, r.text);
        }
        const mode = { name: MODE_NAME, definition: H.join(" "), factIds: [] };
        const tax = await post(
          `${base}/api/annotate/taxonomy`,
          { baseVersion: 0, change: { kind: "create_mode", mode, traceIds: [b] } },
          base,
        );
        assert.equal(tax.status, 201, tax.text);
        const modeId = (
          JSON.parse(tax.text) as { taxonomy: { taxonomy: { modes: { id: string; name: string }[] } } }
        ).taxonomy.taxonomy.modes.find((m) => m.name === MODE_NAME)!.id;
        const queue = await post(
          `${base}/api/annotate/queues`,
          { title: H[1], spec: { filter: { unlabelledOnly: false } } },
          base,
        );
        assert.equal(queue.status, 201, queue.text);
        const queueId = (JSON.parse(queue.text) as { queue: { id: string } }).queue.id;

        const screens: { path: string; shows: string[]; ready?: string; triage?: boolean }[] = [
          { path: "/", shows: [] },
          { path: `/?c=${a}`, shows: H, ready: '[data-role="user"]' },
          { path: `/?c=${b}`, shows: H, ready: '[data-role="user"]' },
          { path: "/traces", shows: [H[0]!] },
          { path: `/traces?q=${encodeURIComponent("<script>")}`, shows: [H[0]!], ready: "tbody tr" },
          { path: `/traces?q=${encodeURIComponent("javascript:")}`, shows: [H[0]!], ready: "tbody tr" },
          { path: `/traces/${a}`, shows: [...H, H.join(" ")] },
          { path: `/traces/${b}`, shows: H },
          { path: "/annotate", shows: [H[1]!] },
          { path: `/annotate/q/${queueId}?at=1`, shows: [...H, H.join("\n")], ready: "[data-turn]" },
          {
            path: `/annotate/q/${queueId}?at=1`,
            shows: [...H, H.join("\n"), "Evaluator verdicts"],
            ready: "[data-turn]",
            triage: true,
          },
          { path: `/annotate/t/${b}`, shows: [...H, H[1]!], ready: "[data-turn]" },
          { path: "/annotate/axial", shows: [...H, MODE_NAME, ANNOTATOR], ready: "[data-note]" },
          { path: `/annotate/axial?mode=${modeId}#traces`, shows: [MODE_NAME] },
        ];
        if ((await get(`${base}/evals`)).status === 200) screens.push({ path: "/evals", shows: [] });
        for (const s of screens) {
          const p = await ctx.newPage("desktop");
          await teamPage(p, base);
          if (s.triage)
            await p.addInitScript(() => localStorage.setItem("annotate.settings", JSON.stringify({ triage: true })));
          await assertInertScreen(p, `${base}${s.path}`, { beacon, shows: s.shows, ready: s.ready });
          await p.close();
        }
        ctx.note(`security: ${screens.length} screens checked with hostile content, beacon hits ${beacon.hits.length}`);

        // Control: the same strings rendered as HTML (what a markdown or innerHTML renderer would do) are caught.
        const control = await ctx.newPage("desktop");
        await control.setContent(
          `<div>${H[0]}${H[1]}<a href="javascript:window.__pwned=3">click</a><img src="${beacon.url}/b.png"></div>`,
        );
        await control.waitForFunction(() => (window as { __pwned?: unknown }).__pwned !== undefined);
        const caught = await inspectDom(control, beacon.url.replace(/^http:\/\//, ""));
        assert.notEqual(caught.pwned, null, "control: the detector sees a script run");
        assert.equal(caught.bad.length, 3, `control: the detector sees the handler, link and beacon: ${caught.bad}`);
        assert.ok(beacon.hits.length > 0, "control: the beacon server counts a load");
      } finally {
        await beacon.close();
      }
    },
  },
];
