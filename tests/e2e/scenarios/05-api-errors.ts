import assert from "node:assert/strict";
import type { Scenario } from "../harness/scenario";

type Case = { name: string; path: string; method?: "GET" | "POST"; body?: string; status: number; code: string };

const json = (v: unknown) => JSON.stringify(v);

export const scenarios: Scenario[] = [
  {
    name: "api: bad input gets a clear JSON 4xx, never a 500",
    async run(ctx) {
      const first = await fetch(`${ctx.baseUrl}/api/chat`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: json({ message: "hi" }),
      });
      // The chat-key cookie that started the conversation: continuing, reading and rating it need it.
      const chatKey = first.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const conversationId = (
        JSON.parse((await first.text()).trim().split("\n").at(-1)!) as { turn: { conversationId: string } }
      ).turn.conversationId;

      const cases: Case[] = [
        {
          name: "100 KB message",
          path: "/api/chat",
          body: json({ message: "a".repeat(100_000) }),
          status: 413,
          code: "body_too_large",
        },
        {
          name: "4,001-character message",
          path: "/api/chat",
          body: json({ message: "a".repeat(4001) }),
          status: 413,
          code: "message_too_long",
        },
        {
          name: "empty message",
          path: "/api/chat",
          body: json({ message: "   " }),
          status: 422,
          code: "empty_message",
        },
        { name: "missing message", path: "/api/chat", body: json({}), status: 422, code: "invalid_request" },
        {
          name: "message of the wrong type",
          path: "/api/chat",
          body: json({ message: 42 }),
          status: 422,
          code: "invalid_request",
        },
        { name: "body that is not JSON", path: "/api/chat", body: "{message:", status: 400, code: "invalid_json" },
        {
          name: "unknown conversation",
          path: "/api/chat",
          body: json({ conversationId: "c_nope", message: "hi" }),
          status: 404,
          code: "unknown_conversation",
        },
        {
          name: "malformed percent-encoding in an id",
          path: "/api/conversations/%zz",
          method: "GET",
          status: 400,
          code: "invalid_path",
        },
        {
          name: "history of an unknown conversation",
          path: "/api/conversations/c_nope",
          method: "GET",
          status: 404,
          code: "unknown_conversation",
        },
        {
          name: "feedback with a bad rating",
          path: "/api/feedback",
          body: json({ conversationId, turnIndex: 1, rating: "meh" }),
          status: 422,
          code: "invalid_request",
        },
        {
          name: "feedback on an unknown conversation",
          path: "/api/feedback",
          body: json({ conversationId: "c_nope", turnIndex: 1, rating: "up" }),
          status: 404,
          code: "unknown_conversation",
        },
        {
          name: "feedback on a turn that does not exist",
          path: "/api/feedback",
          body: json({ conversationId, turnIndex: 99, rating: "up" }),
          status: 404,
          code: "unknown_turn",
        },
      ];
      for (const c of cases) {
        const res = await fetch(`${ctx.baseUrl}${c.path}`, {
          method: c.method ?? "POST",
          headers: { "Content-Type": "application/json", cookie: chatKey },
          body: c.body,
        });
        const text = await res.text();
        assert.equal(res.status, c.status, `${c.name}: expected ${c.status}, got ${res.status} ${text.slice(0, 200)}`);
        const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
        assert.equal(body.error?.code, c.code, `${c.name}: error code`);
        assert.ok((body.error?.message ?? "").length > 0, `${c.name}: a readable message`);
      }

      const history = await fetch(`${ctx.baseUrl}/api/conversations/${conversationId}`, {
        headers: { cookie: chatKey },
      });
      assert.equal(history.status, 200);
      const restored = (await history.json()) as { turns: { user: string }[] };
      assert.deepEqual(
        restored.turns.map((t) => t.user),
        ["hi"],
      );
    },
  },
];
