import { describe, expect, it } from "vitest";
import { normaliseMessage } from "./normalise";

describe("markdown tables", () => {
  it("gives every cell of a wide table its column and row, so a value is read against its own subject", () => {
    const table = "| | Pads | Truing |\n|:--|--:|---|\n| Cost | $25 | $30 |\n| Time | 30 min | same day |\nEnd.";
    expect(normaliseMessage(table)).toBe(
      "Pads Cost: $25.\nTruing Cost: $30.\nPads Time: 30 min.\nTruing Time: same day.\nEnd.",
    );
  });
  it("reads a two-column table as label: value", () => {
    expect(normaliseMessage("| Day | Open |\n|---|---|\n| Thu | 10–7 |\n| Sun | closed |")).toBe(
      "Thu: 10–7.\nSun: closed.",
    );
  });
});
