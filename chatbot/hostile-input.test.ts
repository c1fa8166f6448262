import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openTraceStore } from "../traces/index";
import { createRuntime } from "./create-runtime";

const Case = z.object({
  name: z.string(),
  turns: z.array(z.string()).min(1),
  expect: z.object({
    error: z.string().optional(),
    reply: z.string().optional(),
    notReply: z.string().optional(),
    noBooking: z.boolean().optional(),
  }),
});
const corpus = z.array(Case).parse(JSON.parse(readFileSync("tests/corpus/chat-inputs.json", "utf8")));
const expand = (t: string) => (t === "@@100KB@@" ? "a".repeat(100 * 1024) : t);

describe("hostile and malformed chat input (tests/corpus/chat-inputs.json)", () => {
  it.each(corpus.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const store = openTraceStore(":memory:");
    const rt = createRuntime({ store, tracing: false, env: { LLM_PROVIDER: "offline" } });
    let conversationId: string | undefined;
    let last = "";
    for (const message of c.turns) {
      const r = await rt.runTurn({
        conversationId,
        message: expand(message),
        now: "2026-11-23T09:00:00-08:00",
        source: "cli",
      });
      if (!r.ok) {
        expect(r.error.code).toBe(c.expect.error);
        return;
      }
      conversationId = r.turn.conversationId;
      last = r.turn.reply;
    }
    expect(c.expect.error).toBeUndefined();
    if (c.expect.reply) expect(last).toMatch(new RegExp(c.expect.reply));
    if (c.expect.notReply) expect(last).not.toMatch(new RegExp(c.expect.notReply));
    if (c.expect.noBooking)
      expect(
        store
          .getTurns(conversationId!)
          .flatMap((t) => (t.context as { effects: { bookings: unknown[] } }).effects.bookings),
      ).toEqual([]);
    await rt.close();
  });
});
