import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it, vi } from "vitest";
import { aConversation, aTurn } from "../../../traces/fixtures";
import { chatKeyHash, newChatKey } from "../../_lib/chat-key";

vi.mock("server-only", () => ({}));
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "chat-route-")), "t.db");
process.env.LLM_PROVIDER = "offline";

it("a conversation is closed at 200 turns: the customer is told to start a new one, nothing more is stored", async () => {
  const { getStore } = await import("../../_server/runtime");
  const { POST } = await import("./route");
  const store = getStore();
  const key = newChatKey();
  store.createConversation(aConversation({ id: "c_long", metadata: { chatKeyHash: chatKeyHash(key) } }));
  for (let index = 1; index <= 200; index++) store.commitTurn(aTurn({ conversationId: "c_long", index }), []);
  const r = await POST(
    new Request("http://shop.test/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `jbs_chat=${key}` },
      body: JSON.stringify({ conversationId: "c_long", message: "one more thing" }),
    }),
    { params: Promise.resolve({}) },
  );
  expect(r.status).toBe(422);
  expect(((await r.json()) as { error: { code: string } }).error.code).toBe("conversation_full");
  expect(store.getConversation("c_long")?.turnCount).toBe(200);
});
