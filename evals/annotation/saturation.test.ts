import { describe, expect, it } from "vitest";
import { type SaturationItem, saturation } from "./saturation";

const pass = (i: number): SaturationItem => ({ traceId: `p${i}`, verdict: "pass", note: "", modes: [] });
const fail = (i: number, note: string, modes: string[] = []): SaturationItem => ({
  traceId: `f${i}`,
  verdict: "fail",
  note,
  modes,
});

describe("saturation", () => {
  it("counts new kinds of failure in the last 20 traces by note similarity", () => {
    const items = [
      fail(1, "said we open on Mondays"),
      fail(2, "said open Mondays too"), // same kind (open→hour, monday)
      ...Array.from({ length: 17 }, (_, i) => pass(i)),
      fail(3, "offered motor diagnostics for an e-bike"),
    ];
    const s = saturation(items);
    expect(s).toMatchObject({ labelled: 20, failed: 3, window: 20, newInWindow: 2, sinceLastNew: 0, saturated: false });
    expect(s.hint).toMatch(/80 more/);
  });

  it("uses failure modes, once coded, as the kind", () => {
    const s = saturation([
      fail(1, "a", ["bad_data"]),
      fail(2, "completely different words", ["bad_data"]),
      fail(3, "x", ["over_eager"]),
    ]);
    expect(s.newInWindow).toBe(2);
  });

  it("is saturated after ≈100 traces with 20 in a row bringing nothing new", () => {
    const items = [
      fail(0, "invented a price for truing"),
      ...Array.from({ length: 99 }, (_, i) =>
        i % 10 === 0 ? fail(i + 1, "invented a price for truing wheels") : pass(i),
      ),
    ];
    const s = saturation(items);
    expect(s).toMatchObject({ labelled: 100, newInWindow: 0, sinceLastNew: 99, saturated: true });
    expect(saturation(items.slice(0, 99)).saturated).toBe(false);
  });

  it("handles an empty log", () => {
    expect(saturation([])).toMatchObject({ labelled: 0, window: 0, newInWindow: 0, saturated: false });
  });
});
