import { describe, expect, it } from "vitest";
import { checkMessage, MAX_MESSAGE_CHARS, messageTooLong } from "./validate-message";

describe("checkMessage", () => {
  it.each([
    ["hello", { ok: true, text: "hello" }],
    ["  hi\u0007 there\uFFFD  ", { ok: true, text: "hi there" }],
    ["   ", { ok: false, error: { code: "empty_message", message: "Message is empty." } }],
    ["a".repeat(MAX_MESSAGE_CHARS), { ok: true, text: "a".repeat(MAX_MESSAGE_CHARS) }],
    ["a".repeat(MAX_MESSAGE_CHARS + 1), { ok: false, error: messageTooLong(MAX_MESSAGE_CHARS + 1) }],
  ])("%#", (raw, expected) => expect(checkMessage(raw)).toEqual(expected));
});

describe("messageTooLong", () => {
  it("states the length and the limit, with thousands separators", () => {
    expect(messageTooLong(4001)).toEqual({
      code: "message_too_long",
      message: "Your message is too long: 4,001 characters; the limit is 4,000. Please shorten it.",
    });
  });
});
