import { describe, expect, it } from "vitest";
import { warmUpSoon } from "./warm-up";

describe("warmUpSoon (the app warms the engine once at start-up, without blocking)", () => {
  it("does not run the warm-up inside the call, then runs it once on the next macrotask", async () => {
    let calls = 0;
    const done = warmUpSoon({ name: "offline", warmUp: () => void calls++ }, () => {});
    expect(calls).toBe(0);
    const r = await done;
    expect(calls).toBe(1);
    expect(r).toMatchObject({ ok: true });
  });

  it("reports a failed warm-up as a value and does not throw", async () => {
    const seen: unknown[] = [];
    const r = await warmUpSoon(
      {
        name: "offline",
        warmUp: () => {
          throw new Error("artifact malformed");
        },
      },
      (x) => seen.push(x),
    );
    expect(r).toMatchObject({ ok: false, error: { message: "artifact malformed" } });
    expect(seen).toEqual([r]);
  });

  it("does nothing for an engine with no set-up to pay (a hosted model)", async () => {
    expect(await warmUpSoon({ name: "openai" }, () => {})).toBeNull();
  });

  it("warms the real offline provider", async () => {
    const { createOfflineProvider } = await import("../../chatbot/offline/offline-provider");
    const { handbook } = await import("../../knowledge-base/index");
    const r = await warmUpSoon(createOfflineProvider(handbook), () => {});
    expect(r).toMatchObject({ ok: true });
  });
});
