import { describe, expect, it } from "vitest";
import { paletteOptions } from "./palette-options";

const modes = [
  { id: "hours", name: "Wrong opening hours" },
  { id: "price", name: "Price without parts" },
  { id: "walk", name: "Walk-in rules wrong" },
];

describe("paletteOptions", () => {
  it("lists every mode for an empty query, and offers no create", () => {
    expect(paletteOptions("", modes, true).map((o) => o.kind === "mode" && o.id)).toEqual(["hours", "price", "walk"]);
  });
  it("filters by substring, names starting with the query first, then offers to create it", () => {
    expect(paletteOptions("wr", modes, true)).toEqual([
      { kind: "mode", id: "hours", name: "Wrong opening hours" },
      { kind: "mode", id: "walk", name: "Walk-in rules wrong" },
      { kind: "create", name: "wr" },
    ]);
  });
  it("offers create alone when nothing matches; not when a name matches exactly or creating is off", () => {
    expect(paletteOptions(" Tone too curt ", modes, true)).toEqual([{ kind: "create", name: "Tone too curt" }]);
    expect(paletteOptions("price without parts", modes, true)).toEqual([
      { kind: "mode", id: "price", name: "Price without parts" },
    ]);
    expect(paletteOptions("zzz", modes, false)).toEqual([]);
  });
});
