import { describe, expect, it } from "vitest";
import { wellFormed } from "./well-formed";

describe("wellFormed", () => {
  it("replaces lone surrogates, removes NUL, keeps pairs and everything else", () => {
    expect(wellFormed({ a: ["x\uD800y", "\uDC00", "🚲", "a\u0000b"], "k\uD800": 1, n: null, b: true })).toEqual({
      a: ["x\uFFFDy", "\uFFFD", "🚲", "ab"],
      "k\uFFFD": 1,
      n: null,
      b: true,
    });
  });

  it("leaves a string that round-trips through UTF-8 unchanged", () => {
    const s = "héllo \uD83D\uDEB2";
    expect(wellFormed(s)).toBe(s);
    expect(Buffer.from(wellFormed("\uD800") as string, "utf8").toString("utf8")).toBe("\uFFFD");
  });
});
