import { describe, expect, it } from "vitest";
import { parseCellParams } from "./cell-params";
import { runFailuresHref } from "./trace-links";

const query = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("parseCellParams", () => {
  it("reads what runFailuresHref writes", () => {
    expect(parseCellParams(query(runFailuresHref("20260603T101500Z", "bad_data", "booking.collecting")))).toEqual({
      run: "20260603T101500Z",
      mode: "bad_data",
      state: "booking.collecting",
    });
    expect(parseCellParams(query(runFailuresHref("r1", "any")))).toEqual({ run: "r1", mode: "any" });
  });
  it("refuses a missing or malformed run or mode", () => {
    expect(parseCellParams({ mode: "bad_data" })).toBeNull();
    expect(parseCellParams({ run: "r1" })).toBeNull();
    expect(parseCellParams({ run: "r1; drop", mode: "x" })).toBeNull();
    expect(parseCellParams({ run: ["r1", "r2"], mode: "x" })).toEqual({ run: "r1", mode: "x" });
  });
});
