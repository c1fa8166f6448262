import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../tests/support/fake-openai";
import { openTraceStore, type TraceStore } from "../traces/index";
import { createRuntime } from "./create-runtime";
import { createOpenAIProvider } from "./providers/index";

const NOW = "2026-11-23T09:00:00-08:00";
const tmpDb = () => join(mkdtempSync(join(tmpdir(), "rt-")), "t.db");
let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function converse(rt: ReturnType<typeof createRuntime>, messages: string[], conversationId?: string) {
  const out = [];
  let id = conversationId;
  for (const message of messages) {
    const r = await rt.runTurn({ conversationId: id, message, now: NOW, source: "cli" });
    if (!r.ok) throw new Error(r.error.message);
    id = r.turn.conversationId;
    out.push(r.turn);
  }
  return out;
}

describe("runtime over SQLite (offline engine)", () => {
  it("persists every turn with its states and spans, stores the booking, and resumes after a restart", async () => {
    const path = tmpDb();
    const rt1 = createRuntime({ databasePath: path, tracing: false, env: { LLM_PROVIDER: "offline" } });
    const first = await converse(rt1, ["I'd like to book a tune-up", "Friday", "10:30am"]);
    await rt1.close();
    const id = first[0]!.conversationId;
    // A new runtime (as after a process restart) continues from the stored snapshot.
    const rt2 = createRuntime({ databasePath: path, tracing: false, env: { LLM_PROVIDER: "offline" } });
    const rest = await converse(rt2, ["Sarah Lee", "503-555-0199", "yes"], id);
    expect(rest.map((t) => t.state)).toEqual(["booking.collecting", "booking.confirming", "booked"]);
    await rt2.close();
    const store: TraceStore = openTraceStore(path);
    const turns = store.getTurns(id);
    expect(turns.map((t) => [t.index, t.stateBefore, t.stateAfter])).toEqual([
      [1, "idle", "booking.collecting"],
      [2, "booking.collecting", "booking.collecting"],
      [3, "booking.collecting", "booking.collecting"],
      [4, "booking.collecting", "booking.collecting"],
      [5, "booking.collecting", "booking.confirming"],
      [6, "booking.confirming", "booked"],
    ]);
    expect(store.getConversation(id)).toMatchObject({
      turnCount: 6,
      finalState: "booked",
      source: "cli",
      model: "offline-rules-v1",
    });
    expect(store.findBookings("sarah lee", "(503) 555-0199")).toEqual([
      expect.objectContaining({
        service: "tune_up",
        date: "2026-11-27",
        time: "10:30",
        status: "booked",
        priceUsd: 89,
      }),
    ]);
    store.close();
  });

  it("records a root span per turn with GenAI child spans and machine transitions, committed with the turn", async () => {
    const path = tmpDb();
    const rt = createRuntime({ databasePath: path, env: { LLM_PROVIDER: "offline" } });
    const [t] = await converse(rt, ["What time do you close on Saturday?"]);
    await rt.close();
    const store = openTraceStore(path);
    const spans = store.getTurns(t!.conversationId)[0]!.spans;
    const root = spans.find((s) => s.name === "chat.turn")!;
    expect(root.attributes).toMatchObject({
      "gen_ai.conversation.id": t!.conversationId,
      "chat.state.before": "idle",
      "chat.state.after": "browsing",
    });
    const llm = spans.filter((s) => s.attributes["gen_ai.operation.name"] === "chat");
    expect(llm.map((s) => [s.name, s.attributes["chat.job"]])).toEqual([
      ["chat understand", "understand"],
      ["chat reply", "reply"],
    ]);
    expect(
      llm.every((s) => s.parentSpanId === root.spanId && s.attributes["gen_ai.request.model"] === "offline-rules-v1"),
    ).toBe(true);
    expect(
      spans.some(
        (s) =>
          s.name === "chatbot.decide" && (s.attributes["chat.decision.fact_ids"] as string[]).includes("hours.sat"),
      ),
    ).toBe(true);
    store.close();
  });

  it("refuses unknown conversations, empty and oversized messages with clear errors", async () => {
    const rt = createRuntime({ databasePath: tmpDb(), tracing: false, env: { LLM_PROVIDER: "offline" } });
    expect(await rt.runTurn({ conversationId: "nope", message: "hi", source: "cli" })).toMatchObject({
      ok: false,
      error: { code: "unknown_conversation" },
    });
    expect(await rt.runTurn({ message: "   ", source: "cli" })).toMatchObject({
      ok: false,
      error: { code: "empty_message" },
    });
    const big = await rt.runTurn({ message: "x".repeat(100_000), source: "cli" });
    expect(big).toMatchObject({ ok: false, error: { code: "message_too_long" } });
    if (!big.ok) expect(big.error.message).toMatch(/100,000 characters; the limit is 4,000/);
    await rt.close();
  });

  it("serialises concurrent turns of one conversation (no duplicate turn index)", async () => {
    const path = tmpDb();
    const rt = createRuntime({ databasePath: path, tracing: false, env: { LLM_PROVIDER: "offline" } });
    const [first] = await converse(rt, ["hi"]);
    const id = first!.conversationId;
    const results = await Promise.all(
      ["hours?", "prices?", "where are you?"].map((m) =>
        rt.runTurn({ conversationId: id, message: m, now: NOW, source: "ui" }),
      ),
    );
    expect(results.map((r) => r.ok && r.turn.turn).sort()).toEqual([2, 3, 4]);
    await rt.close();
  });
});

describe("runtime with the OpenAI provider against a fake server", () => {
  const understanding = JSON.stringify({
    intent: "question",
    topics: ["hours"],
    slots: { service: null, dateText: "Saturday", timeText: null, name: null, contact: null, notOffered: null },
  });

  it("streams the model's reply and records tokens", async () => {
    fake = await startFakeOpenAI([
      { kind: "json", content: understanding, usage: { prompt_tokens: 50, completion_tokens: 20 } },
      {
        kind: "stream",
        chunks: ["We close ", "at 3pm on Saturdays."],
        usage: { prompt_tokens: 80, completion_tokens: 9 },
      },
    ]);
    const provider = createOpenAIProvider({
      baseURL: fake.baseURL,
      apiKey: "sk-test-secret",
      model: "gpt-4o-mini",
      timeoutMs: 2000,
      maxRetries: 0,
    });
    const path = tmpDb();
    const rt = createRuntime({ databasePath: path, tracing: false, provider: { provider, promptVersion: "p1" } });
    const deltas: string[] = [];
    const r = await rt.runTurn({
      message: "When do you close Saturday?",
      now: NOW,
      source: "cli",
      onToken: (d) => deltas.push(d),
    });
    expect(r.ok && r.turn.reply).toBe("We close at 3pm on Saturdays.");
    expect(deltas).toEqual(["We close ", "at 3pm on Saturdays."]);
    await rt.close();
    const store = openTraceStore(path);
    const turn = store.getTurns(r.ok ? r.turn.conversationId : "")[0]!;
    expect([turn.inputTokens, turn.outputTokens]).toEqual([130, 29]);
    expect(JSON.stringify(turn)).not.toContain("sk-test-secret");
    store.close();
  });

  it("falls back to handbook templates when the model fails, keeping a valid state and recording the error", async () => {
    fake = await startFakeOpenAI([
      { kind: "status", status: 500 },
      { kind: "status", status: 500 },
    ]);
    const provider = createOpenAIProvider({
      baseURL: fake.baseURL,
      apiKey: "k",
      model: "gpt-4o-mini",
      timeoutMs: 2000,
      maxRetries: 0,
    });
    const rt = createRuntime({ databasePath: tmpDb(), tracing: false, provider: { provider, promptVersion: "p1" } });
    const r = await rt.runTurn({ message: "What time do you close on Saturdays?", now: NOW, source: "cli" });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.turn.reply).toMatch(/9am to 3pm/);
      expect(r.turn.state).toBe("browsing");
      expect(r.turn.error).toMatch(/understand: .*server.*writeReply: .*server/s);
    }
    await rt.close();
  });
});

describe("TRACE_REDACT_PII=1", () => {
  it("stores traces with emails and phone numbers masked, while the booking keeps the real contact", async () => {
    const path = tmpDb();
    const rt = createRuntime({ databasePath: path, env: { LLM_PROVIDER: "offline", TRACE_REDACT_PII: "1" } });
    const turns = await converse(rt, [
      "I'd like to book a tune-up on Friday at 10:30am",
      "Sam Lee",
      "my email is sam@example.com",
      "yes",
    ]);
    expect(turns.at(-1)!.state).toBe("booked");
    await rt.close();
    const store = openTraceStore(path);
    const stored = JSON.stringify(store.getTurns(turns[0]!.conversationId));
    expect(stored).not.toContain("sam@example.com");
    expect(stored).toContain("[email]");
    expect(store.findBookings("Sam Lee", "sam@example.com")).toHaveLength(1);
    store.close();
  });
});
