import { describe, expect, it } from "vitest";
import { readBounded } from "./read-bounded";

/** A stream of `chunks` chunks of `size` bytes that records how many were pulled. */
function endless(size: number, chunks: number) {
  const pulled = { count: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled.count >= chunks) return c.close();
      pulled.count++;
      c.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { stream, pulled };
}

describe("readBounded", () => {
  it("reads a body within the limit, multi-byte characters split across chunks included", async () => {
    const bytes = new TextEncoder().encode("héllo 🚲");
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of bytes) c.enqueue(new Uint8Array([b]));
        c.close();
      },
    });
    expect(await readBounded(stream, 100)).toEqual({ ok: true, text: "héllo 🚲" });
  });

  it("stops and cancels as soon as a chunked body passes the limit, without pulling the rest", async () => {
    // 256 MiB offered in 64 KiB chunks; the limit is 64 KiB.
    const { stream, pulled } = endless(64 * 1024, 4096);
    const r = await readBounded(stream, 64 * 1024);
    expect(r.ok).toBe(false);
    expect(pulled.count).toBeLessThanOrEqual(3);
    expect(pulled.cancelled).toBe(true);
  });

  it("accepts exactly the limit", async () => {
    const { stream } = endless(10, 3);
    expect(await readBounded(stream, 30)).toEqual({ ok: true, text: "a".repeat(30) });
  });

  it("treats no body as empty", async () => {
    expect(await readBounded(null, 10)).toEqual({ ok: true, text: "" });
  });
});
