import { describe, expect, it } from "vitest";
import { findServices } from "./service-mentions";
import { memoText } from "../../knowledge-base/text-memo";

describe("memoText", () => {
  it("reads a text once and hands every caller the same frozen result", () => {
    let calls = 0;
    const read = memoText((text: string) => {
      calls++;
      return text.split(" ").map((w) => ({ w }));
    });
    const a = read("two words");
    const b = read("two words");
    expect(calls).toBe(1);
    expect(b).toBe(a);
    expect(() => (a as { w: string }[]).push({ w: "x" })).toThrow();
    expect(() => {
      a[0]!.w = "changed";
    }).toThrow();
  });

  it("freezes the arrays inside an object result and stays bounded", () => {
    let calls = 0;
    const read = memoText((text: string) => ({ times: [{ at: text.length }], calls: ++calls }), 2);
    const r = read("a");
    expect(Object.isFrozen(r.times)).toBe(true);
    expect(Object.isFrozen(r.times[0])).toBe(true);
    read("b");
    read("c"); // full: the cache starts over
    read("a");
    expect(calls).toBe(4);
  });

  it("is what the claim readers share: a second reading of a reply costs nothing and agrees", () => {
    const text = "A tune-up is $89 and a flat fix is $24 all in.";
    expect(findServices(text)).toBe(findServices(text));
    expect(findServices(text).map((m) => m.service)).toEqual(["tune_up", "flat_repair"]);
  });
});
