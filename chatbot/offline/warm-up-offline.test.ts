import { describe, expect, it } from "vitest";
import { handbook, recognizeEntities } from "../../knowledge-base/index";
import { createOfflineProvider } from "./offline-provider";
import { WARM_UP_SAMPLES } from "./warm-up-offline";

const opts = { now: "2026-01-06T09:00:00-08:00", timeZone: handbook.shop.timeZone };

describe("warmUpOffline", () => {
  it("reaches every lazily loaded recogniser: dates and times, money, contacts, an explicit and a tagged name", () => {
    const all = WARM_UP_SAMPLES.map((s) => recognizeEntities(s, opts));
    expect(all.some((e) => e.when.some((w) => w.times.length > 0))).toBe(true);
    expect(all.some((e) => e.money.length > 0)).toBe(true);
    expect(all.some((e) => e.contacts.some((c) => c.kind === "phone"))).toBe(true);
    expect(all.some((e) => e.contacts.some((c) => c.kind === "email"))).toBe(true);
    // The compromise tagger only runs for a name with no cue, mid-sentence.
    expect(all.flatMap((e) => e.names.map((n) => n.cue))).toEqual(expect.arrayContaining(["explicit", "tagger"]));
  });

  it("is the offline provider's warmUp, and the provider answers afterwards as before", async () => {
    const provider = createOfflineProvider(handbook);
    expect(provider.warmUp).toBeTypeOf("function");
    expect(() => provider.warmUp!()).not.toThrow();
    const { understanding } = await provider.understand({
      message: "Can I book a tune-up for Friday at 10am?",
      state: "idle",
      expecting: null,
      history: [],
      now: "2026-06-01T09:00:00-07:00",
    });
    expect(understanding.intent).toBe("book");
  });
});
