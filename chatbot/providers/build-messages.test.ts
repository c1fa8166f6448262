import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../schema";
import { buildReplyMessages, buildUnderstandMessages, formatFacts, HISTORY_LIMIT } from "./build-messages";
import { UNDERSTAND_PROMPT } from "./prompts";

const history: ChatMessage[] = Array.from({ length: 10 }, (_, i) => ({
  role: i % 2 === 0 ? "user" : "assistant",
  content: `m${i}`,
}));
const now = "2026-03-10T10:00:00-07:00";

describe("buildUnderstandMessages", () => {
  it("gives prompt, context, the last few history messages and the message, without the current time", () => {
    const messages = buildUnderstandMessages({
      message: "tomorrow",
      state: "booking.collecting",
      expecting: "date",
      history,
      now,
    });
    expect(messages).toHaveLength(2 + HISTORY_LIMIT + 1);
    expect(messages[1]).toEqual({
      role: "system",
      content: "Conversation state: booking.collecting\nThe assistant last asked for: date",
    });
    expect(messages.slice(2, -1).map((m) => m.content)).toEqual(["m4", "m5", "m6", "m7", "m8", "m9"]);
    expect(messages.at(-1)).toEqual({ role: "user", content: "tomorrow" });
    expect(JSON.stringify(messages)).not.toContain(now);
  });

  it("tells the model to copy dates and times verbatim and lists the service ids", () => {
    expect(UNDERSTAND_PROMPT).toMatch(/NEVER resolve it to a calendar date/);
    expect(UNDERSTAND_PROMPT).toContain('dateText "next Saturday", timeText "9:30am"');
    expect(UNDERSTAND_PROMPT).toContain("- tune_up: standard tune-up");
  });
});

describe("buildReplyMessages", () => {
  it("grounds the reply in the decision, the facts with ids and the current time", () => {
    const messages = buildReplyMessages({
      message: "hi",
      decision: { parts: [{ kind: "greet" }], factIds: [] },
      facts: [{ id: "shop.phone", section: "contact", text: "Phone: 555-0100." }],
      history: [],
      now,
    });
    expect(messages[1]?.content).toContain(`Current time (shop time zone): ${now}`);
    expect(messages[1]?.content).toContain('"kind": "greet"');
    expect(messages[1]?.content).toContain("[shop.phone] Phone: 555-0100.");
  });

  it("says so when there are no facts", () => expect(formatFacts([])).toBe("(none)"));
});
