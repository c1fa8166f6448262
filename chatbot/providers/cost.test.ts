import { describe, expect, it } from "vitest";
import { estimateCostUsd } from "./cost";

describe("estimateCostUsd", () => {
  it.each<[string, number, number, number]>([
    ["gpt-4o-mini", 1_000_000, 1_000_000, 0.75],
    ["gpt-4o-mini", 1000, 200, 0.00027],
    ["gpt-4o", 1_000_000, 0, 2.5],
    ["gpt-4o", 0, 1_000_000, 10],
    ["gpt-4o-mini-2024-07-18", 1_000_000, 0, 0.15],
    ["gpt-4o-2024-08-06", 1_000_000, 0, 2.5],
    ["llama3.1", 1_000_000, 1_000_000, 0],
    ["offline", 500, 500, 0],
  ])("%s, %i in, %i out → $%d", (model, input, output, usd) => {
    expect(estimateCostUsd(model, input, output)).toBeCloseTo(usd, 10);
  });
});
