/** Security, cross-origin writes: every state-changing route refuses another site's Origin and writes nothing. */
import assert from "node:assert/strict";
import { startTinyServer } from "../harness/inert-page";
import type { Scenario } from "../harness/scenario";
import { chatTurn, get, post, teamPage } from "../harness/security-client";

const EVIL = "http://evil.example";

export const scenarios: Scenario[] = [
  {
    name: "security: cross-origin writes to chat, feedback, labels and taxonomy get 403 and write nothing",
    timeoutMs: 120_000,
    async run(ctx) {
      const base = ctx.baseUrl;
      const marker = `csrf-probe-${Date.now().toString(36)}`;
      const a = await chatTurn(base, "What time do you open on Saturday?");
      const note = "first note (same origin)";
      const label = { traceId: a, verdict: "fail", note, firstFailTurn: 1, factIds: [] };
      assert.equal((await post(`${base}/api/annotate/labels`, label, base)).status, 200);
      const taxonomyBefore = await (await get(`${base}/api/annotate/taxonomy`)).json();
      const version = (taxonomyBefore as { taxonomy: { version: number } }).taxonomy.version;

      const attempts: { what: string; path: string; body: unknown; headers?: Record<string, string> }[] = [
        { what: "a new chat", path: "/api/chat", body: { message: marker } },
        { what: "a turn in an existing chat", path: "/api/chat", body: { conversationId: a, message: marker } },
        {
          what: "feedback",
          path: "/api/feedback",
          body: { conversationId: a, turnIndex: 1, rating: "down", comment: marker },
        },
        { what: "a label", path: "/api/annotate/labels", body: { ...label, note: marker } },
        {
          what: "a taxonomy change",
          path: "/api/annotate/taxonomy",
          body: {
            baseVersion: version,
            change: { kind: "create_mode", mode: { name: marker, definition: marker, factIds: [] }, traceIds: [a] },
          },
        },
      ];
      for (const t of attempts) {
        for (const [how, origin, headers] of [
          [`Origin ${EVIL}`, EVIL, {}],
          ["Origin: null", "null", {}],
          ["Sec-Fetch-Site: cross-site", null, { "sec-fetch-site": "cross-site" }],
        ] as const) {
          const r = await post(`${base}${t.path}`, t.body, origin, headers);
          assert.equal(r.status, 403, `${t.what} with ${how}: ${r.status} ${r.text.slice(0, 200)}`);
          const body = JSON.parse(r.text) as { error?: { code?: string; message?: string } };
          assert.equal(body.error?.code, "cross_origin", `${t.what} with ${how}: error code`);
          assert.match(body.error?.message ?? "", /another site/, `${t.what} with ${how}: a clear message`);
        }
      }

      // A real browser on the attacker's site: a text/plain form whose body parses as JSON, auto-submitted.
      const field = (name: string, value: string) => `<input type="hidden" name='${name}' value='${value}'>`;
      const evil = await startTinyServer(
        `<!doctype html><form id="f" method="POST" action="${base}/api/chat" enctype="text/plain">` +
          `${field(`{"message":"${marker}","x":"`, '"}')}</form><script>document.getElementById("f").submit()</script>`,
      );
      try {
        const page = await ctx.newPage("desktop");
        const answered = page.waitForResponse((r) => r.url() === `${base}/api/chat`);
        await page.goto(evil.url);
        assert.equal((await answered).status(), 403, "the browser's cross-site form POST is refused");
      } finally {
        await evil.close();
      }
      // The same body from the shop's own origin is accepted: the Origin check is what stops the form above.
      const control = await fetch(`${base}/api/chat`, {
        method: "POST",
        headers: { "content-type": "text/plain", origin: base },
        body: `{"message":"csrf control","x":"="}`,
      });
      assert.equal(control.status, 200, "a same-origin text/plain JSON body is a normal chat turn");
      await control.text();

      // Nothing was written: the conversation, its trace page, the label and the taxonomy are as before.
      const conv = (await (await get(`${base}/api/conversations/${a}`)).json()) as { turns: { user: string }[] };
      assert.deepEqual(
        conv.turns.map((t) => t.user),
        ["What time do you open on Saturday?"],
      );
      assert.ok(!(await (await get(`${base}/traces/${a}`)).text()).includes(marker), "no feedback or turn stored");
      const review = (await (await get(`${base}/api/annotate/traces/${a}`)).json()) as { label: { note: string } };
      assert.equal(review.label.note, note, "the label is unchanged");
      assert.deepEqual(await (await get(`${base}/api/annotate/taxonomy`)).json(), taxonomyBefore);
      const list = await ctx.newPage("desktop");
      await teamPage(list, base);
      await list.goto(`${base}/traces?q=${marker}`);
      await list.getByRole("heading", { level: 1 }).first().waitFor();
      assert.equal(await list.locator("tbody tr").count(), 0, "no conversation holds the probe text");
    },
  },
];
