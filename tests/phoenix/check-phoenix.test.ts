import { describe, expect, it } from "vitest";
import { checkPhoenix, type PhoenixSession, type PhoenixSpan, type SentConversation } from "./check-phoenix";

const span = (
  name: string,
  trace: string,
  kind: string,
  attributes: Record<string, unknown>,
  parent: string | null = null,
): PhoenixSpan => ({
  name,
  context: { trace_id: trace, span_id: `${trace}-${name}` },
  span_kind: kind,
  parent_id: parent,
  attributes,
});
const turn = (i: number, message: string, reply: string) =>
  span("chat.turn", `t${i}`, "CHAIN", {
    "session.id": "c1",
    "chat.turn.index": i,
    "input.value": message,
    "output.value": reply,
  });
const llm = (i: number) => span("chat reply", `t${i}`, "LLM", { "gen_ai.provider.name": "openai" }, `t${i}-chat.turn`);
const sent: SentConversation = {
  conversationId: "c1",
  turns: [
    { message: "hi", reply: "hello" },
    { message: "bye", reply: "ciao" },
  ],
  viaServer: false,
};
const spans = [turn(1, "hi", "hello"), llm(1), turn(2, "bye", "ciao"), llm(2)];
const sessions: PhoenixSession[] = [{ session_id: "c1", traces: [{ trace_id: "t1" }, { trace_id: "t2" }] }];

describe("checkPhoenix", () => {
  it("passes when every turn, its text, its model call and the session arrived", () => {
    expect(checkPhoenix(spans, sessions, sent)).toEqual([]);
  });

  it.each([
    ["a turn missing", spans.slice(0, 2), sessions, /1 turn spans, expected 2/],
    [
      "reply text missing",
      [
        turn(1, "hi", "hello"),
        llm(1),
        span("chat.turn", "t2", "CHAIN", { "session.id": "c1", "chat.turn.index": 2, "input.value": "bye" }),
        llm(2),
      ],
      sessions,
      /turn 2: output.value is undefined/,
    ],
    [
      "turn not a CHAIN",
      [turn(1, "hi", "hello"), llm(1), { ...turn(2, "bye", "ciao"), span_kind: "UNKNOWN" }, llm(2)],
      sessions,
      /span kind UNKNOWN/,
    ],
    ["no LLM span", [turn(1, "hi", "hello"), llm(1), turn(2, "bye", "ciao")], sessions, /turn 2: no LLM span/],
    [
      "LLM span without provider",
      [turn(1, "hi", "hello"), llm(1), turn(2, "bye", "ciao"), span("chat reply", "t2", "LLM", {})],
      sessions,
      /without gen_ai.provider.name/,
    ],
    [
      "LLM spans sharing the model's name",
      [turn(1, "hi", "hello"), llm(1), turn(2, "bye", "ciao"), { ...llm(2), name: "chat gpt-4o-mini" }],
      sessions,
      /turn 2: LLM spans not named after their job: chat gpt-4o-mini/,
    ],
    ["no session", spans, [], /no Phoenix session/],
    [
      "session missing a trace",
      spans,
      [{ session_id: "c1", traces: [{ trace_id: "t1" }] }],
      /session holds 1 traces, 1 turn traces missing/,
    ],
  ])("reports %s", (_name, s, sess, message) => {
    expect(checkPhoenix(s, sess, sent).join("\n")).toMatch(message);
  });

  it("a server turn must nest under the request span", () => {
    expect(checkPhoenix(spans, sessions, { ...sent, viaServer: true })).toHaveLength(2);
  });
});
