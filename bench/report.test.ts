import { describe, expect, it } from "vitest";
import { type Figure, renderTable, versus } from "./report";

const fig = (value: number, target?: Figure["target"]): Figure => ({
  section: "S",
  label: "x",
  value,
  unit: "ms",
  target,
});

describe("versus", () => {
  it.each([
    [fig(40, { max: 50 }), { ratio: 0.8, met: true }],
    [fig(50, { max: 50 }), { ratio: 1, met: true }],
    [fig(60, { max: 50 }), { ratio: 1.2, met: false }],
    [fig(300, { min: 270 }), { ratio: 300 / 270, met: true }],
    [fig(200, { min: 270 }), { ratio: 200 / 270, met: false }],
    [fig(1), null],
  ])("%#", (f, want) => expect(versus(f)).toEqual(want));
});

describe("renderTable", () => {
  it("prints sections once, verdicts per target, and names the missed targets", () => {
    const out = renderTable(
      [
        { section: "A", label: "fast", value: 40, unit: "ms", target: { max: 50 } },
        { section: "A", label: "slow", value: 60, unit: "ms", target: { max: 50 } },
        { section: "B", label: "plain", value: 3, unit: "s" },
      ],
      ["head"],
    );
    expect(out.split("\n").filter((l) => l === "A" || l === "B")).toEqual(["A", "B"]);
    expect(out).toMatch(/fast .* met/);
    expect(out).toMatch(/slow .* MISSED/);
    expect(out).toContain("Targets missed (1): slow");
  });

  it("says all targets are met when none is missed", () => {
    expect(renderTable([fig(1, { max: 2 })], [])).toContain("All targets met.");
  });
});
