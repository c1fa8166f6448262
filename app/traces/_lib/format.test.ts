import { describe, expect, it } from "vitest";
import { formatCost, formatDuration, formatResultCount, formatTimestamp } from "./format";

describe("formatDuration", () => {
  it.each([
    [0.01, "<0.1 ms"],
    [0.84, "0.8 ms"],
    [42.4, "42 ms"],
    [1350, "1.35 s"],
  ])("%d → %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe("formatTimestamp", () => {
  it("shows the shop's local time", () => {
    expect(formatTimestamp("2026-11-20T18:30:00.000Z", "America/Los_Angeles")).toBe("Nov 20, 2026, 10:30 AM PST");
  });
  it("passes through text that is not a date", () => {
    expect(formatTimestamp("not a date", "America/Los_Angeles")).toBe("not a date");
  });
});

describe("formatCost", () => {
  it.each([
    [0, "$0"],
    [0.00042, "$0.00042"],
    [1.5, "$1.50"],
  ])("%d → %s", (usd, text) => expect(formatCost(usd)).toBe(text));
});

describe("formatResultCount", () => {
  const base = { page: 1, pageSize: 25, shown: 25, total: 1234, totalIsLowerBound: false };
  it.each([
    [{ shown: 0, total: 0 }, "No conversations"],
    [{ shown: 1, total: 1 }, "Showing 1–1 of 1 conversation"],
    [{ page: 2 }, "Showing 26–50 of 1,234 conversations"],
    [{ page: 50, shown: 9 }, "Showing 1,226–1,234 of 1,234 conversations"],
    [{ total: 1000, totalIsLowerBound: true }, "Showing 1–25 of 1,000+ conversations"],
    [{ page: 45, total: 1000, totalIsLowerBound: true }, "Showing 1,101–1,125 of 1,000+ conversations"],
  ])("%j → %s", (o, text) => expect(formatResultCount({ ...base, ...o })).toBe(text));
});
