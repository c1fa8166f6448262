/** The longest customer message the bot accepts, in characters. */
export const MAX_MESSAGE_CHARS = 4000;

/** Why a turn was refused before it ran: the one refusal type of the runtime, the CLI and the app. */
export type TurnRefusal = { code: "unknown_conversation" | "empty_message" | "message_too_long"; message: string };

/** The refusal of a message of `chars` characters, over `MAX_MESSAGE_CHARS`: the one wording of it. */
export function messageTooLong(chars: number): TurnRefusal & { code: "message_too_long" } {
  const n = (x: number) => x.toLocaleString("en-US");
  return {
    code: "message_too_long",
    message: `Your message is too long: ${n(chars)} characters; the limit is ${n(MAX_MESSAGE_CHARS)}. Please shorten it.`,
  };
}

/** The refusal of a turn on a conversation id the store does not have: the one wording of it. */
export function unknownConversation(id: string): TurnRefusal & { code: "unknown_conversation" } {
  return { code: "unknown_conversation", message: `No conversation with id "${id}".` };
}

/** Checks a customer message at the boundary: not empty, not huge, control characters stripped. */
export function checkMessage(
  raw: string,
): { ok: true; text: string } | { ok: false; error: TurnRefusal & { code: "empty_message" | "message_too_long" } } {
  if (raw.length > MAX_MESSAGE_CHARS) return { ok: false, error: messageTooLong(raw.length) };
  const text = raw
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\uFFFD/g, "")
    .trim();
  if (text.length === 0) return { ok: false, error: { code: "empty_message", message: "Message is empty." } };
  return { ok: true, text };
}
