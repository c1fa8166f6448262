/** The longest customer message the bot accepts, in characters. */
export const MAX_MESSAGE_CHARS = 4000;

/** Checks a customer message at the boundary: not empty, not huge, control characters stripped. */
export function checkMessage(raw: string): { ok: true; text: string } | { ok: false; error: { code: "empty_message" | "message_too_long"; message: string } } {
  if (raw.length > MAX_MESSAGE_CHARS)
    return { ok: false, error: { code: "message_too_long", message: `Message is too long (${raw.length} characters; the limit is ${MAX_MESSAGE_CHARS}). Please shorten it.` } };
  const text = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").replace(/\uFFFD/g, "").trim();
  if (text.length === 0) return { ok: false, error: { code: "empty_message", message: "Message is empty." } };
  return { ok: true, text };
}
