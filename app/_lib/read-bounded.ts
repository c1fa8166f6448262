/**
 * Reads a byte stream as UTF-8 text, at most `maxBytes`: the moment the count passes the limit the stream is
 * cancelled (the sender's remaining bytes are never buffered) and the answer is `{ ok: false }`. Invalid UTF-8
 * becomes U+FFFD, as `Request.text()` does.
 */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; readBytes: number }> {
  if (!body) return { ok: true, text: "" };
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8");
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel("body too large").catch(() => {});
      return { ok: false, readBytes: size };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}
